package id.crm.channel.spi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channels of one deployment, by id. Explicit {@link #register registration} always works;
 * {@link #discover(ClassLoader) discovery} through {@link ServiceLoader} is a convenience with
 * defined outcomes: a provider that fails to load is reported (code {@code CRM-CH-PROVIDER-FAILED})
 * and skipped; two adapters with one id fail fast ({@link DuplicateChannelException}); asking for
 * an unknown id fails with the ids that exist ({@link NoSuchChannelException}).
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class ChannelRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelRegistry.class);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** Diagnostic code logged for a provider that could not be loaded. */
    public static final String PROVIDER_FAILED = "CRM-CH-PROVIDER-FAILED";
    /** Diagnostic code for an adapter without a valid id. */
    public static final String INVALID_ID = "CRM-CH-INVALID-ID";

    private final Map<String, ChannelAdapter> adapters = new ConcurrentHashMap<>();

    /** What a discovery found: the adapters registered and the providers that failed. */
    public record DiscoveryReport(List<String> registered, List<String> failures) {
        public DiscoveryReport {
            registered = List.copyOf(registered);
            failures = List.copyOf(failures);
        }
    }

    /**
     * Registers an adapter.
     *
     * @throws ChannelException with code {@value #INVALID_ID} when the id is missing or malformed
     * @throws DuplicateChannelException when another adapter already has this id
     */
    public ChannelRegistry register(ChannelAdapter adapter) {
        requireNonNull(adapter, "adapter");
        String id = adapter.id();
        if (id == null || !ID.matcher(id).matches()) {
            throw new ChannelException(INVALID_ID, "channel adapter " + adapter.getClass().getName()
                    + " has an invalid id '" + id + "': use 1-64 lower-case letters, digits, '.', '-' or '_'");
        }
        requireNonNull(adapter.descriptor(), () -> "descriptor of channel " + id);
        ChannelAdapter previous = adapters.putIfAbsent(id, adapter);
        if (previous != null) {
            throw new DuplicateChannelException(id, previous.getClass(), adapter.getClass());
        }
        return this;
    }

    /** Discovers adapters on the given class loader and registers them; see the class comment. */
    public DiscoveryReport discover(ClassLoader loader) {
        List<String> registered = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Iterator<ChannelAdapter> it = ServiceLoader.load(ChannelAdapter.class, loader).iterator();
        while (true) {
            ChannelAdapter adapter;
            try {
                if (!it.hasNext()) {
                    break;
                }
                adapter = it.next();
            } catch (ServiceConfigurationError e) {
                String msg = PROVIDER_FAILED + ": a channel provider failed to load and was skipped: " + e.getMessage();
                LOG.warn(msg);
                failures.add(msg);
                continue;
            }
            register(adapter);
            registered.add(adapter.id());
        }
        return new DiscoveryReport(registered, failures);
    }

    /** Discovers adapters on this class's class loader. */
    public DiscoveryReport discover() {
        return discover(ChannelRegistry.class.getClassLoader());
    }

    /** @throws NoSuchChannelException when no adapter has this id */
    public ChannelAdapter get(String id) {
        ChannelAdapter a = adapters.get(requireNonNull(id, "id"));
        if (a == null) {
            throw new NoSuchChannelException(id, adapters.keySet());
        }
        return a;
    }

    public boolean contains(String id) {
        return adapters.containsKey(id);
    }

    /** All adapters, ordered by id. */
    public Collection<ChannelAdapter> all() {
        return List.copyOf(new TreeMap<>(adapters).values());
    }
}
