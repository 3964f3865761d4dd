package id.crm.core.sla;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers service-level warnings and breaches to people (a dashboard alert, an e-mail to the head
 * of a unit, a message to the city's command centre). Called by {@link SlaSweeper} after the event
 * was committed, once per warning and per breach; an exception is logged and does not undo the
 * event. Delivery is at most once: a process that dies between the commit and the call loses the
 * notification but never the recorded event, which dashboards show anyway.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface EscalationNotifier {

    void notify(Escalation escalation);

    /** A notifier that logs each escalation through SLF4J, with report numbers and unit codes only. */
    static EscalationNotifier logging() {
        Logger log = LoggerFactory.getLogger(EscalationNotifier.class);
        return e -> log.info("SLA {} on report {}: target {} of unit {} due {}{}; notify {}", e.kind(), e.number(),
                e.target(), e.holder(), e.dueAt(), e.redFlag() ? " (red flag)" : "", e.recipients());
    }

    /** A notifier that does nothing. */
    static EscalationNotifier none() {
        return e -> { };
    }
}
