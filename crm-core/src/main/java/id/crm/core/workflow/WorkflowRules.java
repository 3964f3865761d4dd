package id.crm.core.workflow;

import static java.util.Objects.requireNonNull;

import id.crm.core.org.UnitKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The configurable parts of the workflow.
 *
 * @param reopenWindow how long after resolution a report may be reopened
 * @param forwardTargets the kinds of unit a report may be forwarded to (a suku dinas is reached by
 *     disposition from its dinas, not by forwarding; external parties only through a biro)
 * @since 0.1
 */
public record WorkflowRules(Duration reopenWindow, Set<UnitKind> forwardTargets) {

    public WorkflowRules {
        requireNonNull(reopenWindow, "reopenWindow");
        if (reopenWindow.isNegative()) {
            throw new IllegalArgumentException("reopenWindow must not be negative");
        }
        forwardTargets = Set.copyOf(forwardTargets);
    }

    /** Reopen within 7 days; forward to agencies, bureaus, enforcement, other kelurahan and districts. */
    public static WorkflowRules defaults() {
        return new WorkflowRules(Duration.ofDays(7), EnumSet.of(UnitKind.KELURAHAN, UnitKind.KECAMATAN,
                UnitKind.KOTA, UnitKind.DINAS, UnitKind.BADAN, UnitKind.BIRO, UnitKind.SATPOL_PP,
                UnitKind.INSPEKTORAT, UnitKind.UP, UnitKind.BUMD, UnitKind.EXTERNAL));
    }

    public WorkflowRules withReopenWindow(Duration window) {
        return new WorkflowRules(window, forwardTargets);
    }
}
