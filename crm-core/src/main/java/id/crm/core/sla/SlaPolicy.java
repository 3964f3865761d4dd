package id.crm.core.sla;

import static java.util.Objects.requireNonNull;

import id.crm.core.ConfigurationException;
import id.crm.core.category.Category;
import id.crm.core.category.CategoryCatalog;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.Deadline;
import id.crm.core.org.OrgDirectory;
import id.crm.core.org.UnitKind;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A deployment's service-level policy: its targets, the share of a target after which a warning
 * goes out, per-category overrides, the working calendar, the units that run no clocks (external
 * parties) and the top of the escalation chain for provincial agencies. Load one from JSON with
 * {@link #fromJson} or {@link #fromResource} (see {@link SlaPolicyLoader} for the format); a reference
 * deployment ships its own file.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SlaPolicy {

    private final String name;
    private final double warnShare;
    private final WorkingCalendar calendar;
    private final Map<String, TargetRule> targets;
    private final List<TargetRule> order;
    private final Map<String, Map<String, SlaDuration>> categoryOverrides;
    private final Set<UnitKind> unclocked;
    private final Optional<String> topUnit;

    SlaPolicy(String name, double warnShare, WorkingCalendar calendar, List<TargetRule> targets,
              Map<String, Map<String, SlaDuration>> categoryOverrides, Set<UnitKind> unclocked,
              Optional<String> topUnit) {
        this.name = name;
        this.warnShare = warnShare;
        this.calendar = calendar;
        Map<String, TargetRule> byId = new LinkedHashMap<>();
        targets.forEach(t -> byId.put(t.id(), t));
        this.targets = Map.copyOf(byId);
        this.order = List.copyOf(targets);
        Map<String, Map<String, SlaDuration>> o = new LinkedHashMap<>();
        categoryOverrides.forEach((k, v) -> o.put(k, Map.copyOf(v)));
        this.categoryOverrides = Map.copyOf(o);
        this.unclocked = Set.copyOf(unclocked);
        this.topUnit = topUnit;
    }

    /** Reads a policy from JSON. @throws ConfigurationException listing every problem */
    public static SlaPolicy fromJson(InputStream json, String source) {
        return SlaPolicyLoader.load(requireNonNull(json, "json"), requireNonNull(source, "source"));
    }

    /** Reads a policy from a class-path resource, e.g. {@code id/crm/core/sla/sla-jakarta.json}. */
    public static SlaPolicy fromResource(String resource) {
        return SlaPolicyLoader.loadResource(requireNonNull(resource, "resource"), SlaPolicy.class.getClassLoader());
    }

    /** The same policy escalating provincial agencies to another unit (the deployment's regional secretary). */
    public SlaPolicy withTopUnit(String unitCode) {
        return new SlaPolicy(name, warnShare, calendar, order, categoryOverrides, unclocked,
                Optional.of(requireNonNull(unitCode, "unitCode")));
    }

    /** The same policy with another working calendar (a deployment's own holidays, say). */
    public SlaPolicy withCalendar(WorkingCalendar c) {
        return new SlaPolicy(name, warnShare, requireNonNull(c, "c"), order, categoryOverrides, unclocked, topUnit);
    }

    public String name() { return name; }

    /** The share of a target's allowance after which the warning is due, e.g. 0.8. */
    public double warnShare() { return warnShare; }

    public WorkingCalendar calendar() { return calendar; }

    /** The targets, in configuration order. */
    public List<TargetRule> targets() { return order; }

    public Optional<TargetRule> target(String id) { return Optional.ofNullable(targets.get(id)); }

    /** Unit kinds whose holding runs no clock (external parties outside the government's authority). */
    public Set<UnitKind> unclockedKinds() { return unclocked; }

    /** The unit that provincial agencies escalate to (the regional secretary), if configured. */
    public Optional<String> topUnit() { return topUnit; }

    /**
     * The allowance of a target for a report of this category: the category's override, else the
     * tier of its difficulty weight, else the target's default.
     */
    public SlaDuration allowance(TargetRule rule, Optional<Category> category) {
        requireNonNull(rule, "rule");
        if (category.isEmpty()) {
            return rule.within();
        }
        Category c = category.get();
        SlaDuration o = categoryOverrides.getOrDefault(c.code(), Map.of()).get(rule.id());
        return o != null ? o : rule.forWeight(c.weight());
    }

    /** When a clock started at {@code start} with this allowance is due. */
    public Instant dueAt(Instant start, SlaDuration allowance) {
        return calendar.plus(start, allowance.length(calendar), allowance.working());
    }

    /** When a clock started at {@code start} with this allowance warns: the warning share of the way to due. */
    public Instant warnAt(Instant start, SlaDuration allowance) {
        Duration len = allowance.length(calendar);
        Duration part = Duration.ofNanos(Math.round(len.toNanos() * warnShare));
        return calendar.plus(start, part, allowance.working());
    }

    /** Whether the report is flagged red: a running red-flag target has been breached. */
    public boolean isRedFlagged(Complaint c) {
        for (Deadline d : requireNonNull(c, "c").deadlines()) {
            TargetRule r = targets.get(d.target());
            if (d.breached() && r != null && r.redFlag()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks the policy against a deployment's units and categories.
     *
     * @throws ConfigurationException listing every unknown unit and category code
     */
    public void check(OrgDirectory directory, CategoryCatalog categories) {
        List<String> problems = new ArrayList<>();
        topUnit.filter(u -> !directory.contains(u))
                .ifPresent(u -> problems.add("escalation.topUnit names unknown unit " + u));
        categoryOverrides.keySet().stream().filter(c -> categories.find(c).isEmpty()).sorted()
                .forEach(c -> problems.add("categories." + c + " names an unknown category"));
        if (!problems.isEmpty()) {
            throw new ConfigurationException("the SLA policy '" + name + "' does not fit the deployment", problems);
        }
    }

    @Override
    public String toString() {
        return "SlaPolicy[" + name + ", targets " + order.stream().map(t -> t.id() + "=" + t.within()).toList() + "]";
    }
}
