package id.crm.core.sla;

/**
 * What one {@link SlaSweeper#sweep} did.
 *
 * @param complaints complaints whose due clocks were handled
 * @param warnings warnings recorded
 * @param breaches breaches recorded
 * @param failures complaints that could not be updated (logged; retried by the next sweep)
 * @since 0.1
 */
public record SweepResult(int complaints, int warnings, int breaches, int failures) {

    public static final SweepResult EMPTY = new SweepResult(0, 0, 0, 0);

    public SweepResult plus(SweepResult o) {
        return new SweepResult(complaints + o.complaints, warnings + o.warnings, breaches + o.breaches,
                failures + o.failures);
    }
}
