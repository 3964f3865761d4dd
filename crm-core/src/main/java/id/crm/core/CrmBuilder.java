package id.crm.core;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.ChannelRegistry;
import id.crm.core.category.CategoryCatalog;
import id.crm.core.org.OrgDirectory;
import id.crm.core.routing.DuplicateDetector;
import id.crm.core.routing.Router;
import id.crm.core.store.ComplaintStore;
import id.crm.core.store.StoreProvider;
import id.crm.core.workflow.WorkflowRules;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Crm}. The org directory, the categories and the store are required: the store is
 * never chosen silently (see {@link #discoverStore}). Defaults: the system clock, the zone
 * UTC+7 (Western Indonesia Time, WIB), report-number prefix {@code CRM}, routing by the channel's hints, no
 * duplicate detection, {@link WorkflowRules#defaults()}, placement threshold 0.6, and the channels
 * found by {@link ChannelRegistry#discover()}.
 *
 * <p>Not thread-safe; the engine it builds is.
 *
 * @since 0.1
 */
public final class CrmBuilder {

    OrgDirectory directory;
    CategoryCatalog categories;
    ComplaintStore store;
    Clock clock = Clock.systemUTC();
    ZoneId zone = ZoneOffset.ofHours(7);
    String numberPrefix = "CRM";
    Router router;
    DuplicateDetector duplicates = DuplicateDetector.none();
    WorkflowRules rules = WorkflowRules.defaults();
    double placementThreshold = 0.6;
    ChannelRegistry channels;
    final List<Reaction> reactions = new ArrayList<>();

    CrmBuilder() {
    }

    public CrmBuilder directory(OrgDirectory v) { this.directory = requireNonNull(v); return this; }

    public CrmBuilder categories(CategoryCatalog v) { this.categories = requireNonNull(v); return this; }

    /** The store to use, chosen explicitly. */
    public CrmBuilder store(ComplaintStore v) { this.store = requireNonNull(v); return this; }

    /**
     * Chooses the store among the {@link StoreProvider}s found by {@link java.util.ServiceLoader}:
     * the one whose kind is {@code config.get("store")}, or the only one discovered.
     *
     * @throws ConfigurationException (code {@code CRM-CONFIG}) when none, several without a choice,
     *     or an unknown kind is found, naming the options
     */
    public CrmBuilder discoverStore(Map<String, String> config) {
        this.store = StoreProvider.select(config, getClass().getClassLoader());
        return this;
    }

    public CrmBuilder clock(Clock v) { this.clock = requireNonNull(v); return this; }

    /** The deployment's time zone, for report numbers and local times. */
    public CrmBuilder zone(ZoneId v) { this.zone = requireNonNull(v); return this; }

    /** The report-number prefix: one to four capital letters, e.g. {@code JK} in Jakarta. */
    public CrmBuilder numberPrefix(String v) {
        if (!requireNonNull(v).matches("[A-Z]{1,4}")) {
            throw new ConfigurationException("the report-number prefix must be 1-4 capital letters, was '" + v + "'");
        }
        this.numberPrefix = v;
        return this;
    }

    public CrmBuilder router(Router v) { this.router = requireNonNull(v); return this; }

    public CrmBuilder duplicates(DuplicateDetector v) { this.duplicates = requireNonNull(v); return this; }

    public CrmBuilder rules(WorkflowRules v) { this.rules = requireNonNull(v); return this; }

    /** Reports placed with less confidence wait for intake staff instead. */
    public CrmBuilder placementThreshold(double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new ConfigurationException("the placement threshold must be within 0..1, was " + v);
        }
        this.placementThreshold = v;
        return this;
    }

    public CrmBuilder channels(ChannelRegistry v) { this.channels = requireNonNull(v); return this; }

    public CrmBuilder reaction(Reaction v) { this.reactions.add(requireNonNull(v)); return this; }

    /**
     * @throws ConfigurationException listing everything missing
     */
    public Crm build() {
        List<String> missing = new ArrayList<>();
        if (directory == null) missing.add("directory(OrgDirectory): the government's units");
        if (categories == null) missing.add("categories(CategoryCatalog): the complaint categories");
        if (store == null) missing.add("store(ComplaintStore) or discoverStore(config): where complaints are kept");
        if (!missing.isEmpty()) {
            throw new ConfigurationException("the engine cannot start", missing);
        }
        if (router == null) {
            router = Router.byHints(categories, directory);
        }
        if (channels == null) {
            channels = new ChannelRegistry();
            channels.discover(getClass().getClassLoader());
        }
        return new Crm(this);
    }
}
