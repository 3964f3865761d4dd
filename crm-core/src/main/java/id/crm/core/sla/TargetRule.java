package id.crm.core.sla;

import static java.util.Objects.requireNonNull;

import id.crm.core.org.UnitKind;
import java.util.List;
import java.util.Set;

/**
 * One service-level target: what must happen, by which units, within how long. Jakarta's targets
 * (Pergub DKI 128/2017, SE Sekda 61/2018 and 40/2019) are coordination within 6 hours and a
 * lurah's response within 24 hours (both {@link Until#FIRST_ACTION} at a kelurahan), completion
 * within 7 days ({@link Until#RESOLUTION}, kept by the dinas after it disposes to a suku dinas),
 * and a red flag when there is no adequate response within 6 days.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable id used in events, e.g. {@code coordination}, {@code completion}
 * @param until what stops the clock as met
 * @param unitKinds the kinds of holding unit whose clock this is; empty for every kind
 * @param accountable whether a dinas that disposed the report to its suku dinas keeps this clock
 *     running too (it stays accountable for the outcome)
 * @param redFlag whether breaching this target flags the report red
 * @param within the default allowance
 * @param byWeight allowances by the category's difficulty weight (<i>bobot</i>), lightest first;
 *     empty to use {@code within} for every weight
 * @since 0.1
 */
public record TargetRule(String id, Until until, Set<UnitKind> unitKinds, boolean accountable, boolean redFlag,
                         SlaDuration within, List<WeightTier> byWeight) {

    /** What meets a target. */
    public enum Until {
        /**
         * The holder's first action on the report: forwarding, disposing, returning, starting work,
         * resolving, rejecting or merging it.
         */
        FIRST_ACTION,
        /** The report is resolved (Selesai, with photo evidence). */
        RESOLUTION
    }

    public TargetRule {
        requireNonNull(id, "id");
        requireNonNull(until, "until");
        unitKinds = Set.copyOf(unitKinds);
        requireNonNull(within, "within");
        byWeight = List.copyOf(byWeight);
    }

    /** Whether a unit of this kind runs this clock while holding a report. */
    public boolean appliesTo(UnitKind kind) {
        return unitKinds.isEmpty() || unitKinds.contains(kind);
    }

    /** The allowance for a category of this weight: the first tier that covers it, else the last tier. */
    public SlaDuration forWeight(int weight) {
        if (byWeight.isEmpty()) {
            return within;
        }
        for (WeightTier t : byWeight) {
            if (weight <= t.upToWeight()) {
                return t.within();
            }
        }
        return byWeight.get(byWeight.size() - 1).within();
    }

    /**
     * An allowance for categories up to a difficulty weight.
     *
     * @param upToWeight the heaviest weight this tier covers
     * @param within the allowance
     * @since 0.1
     */
    public record WeightTier(int upToWeight, SlaDuration within) {
        public WeightTier {
            requireNonNull(within, "within");
        }
    }
}
