package id.crm.core.access;

/**
 * What an actor may do. Rights are checked together with the actor's unit: an operator acts only
 * on reports that its own unit holds.
 *
 * @since 0.1
 */
public enum Role {
    /** The citizen who filed the report, acting through their private token. */
    REPORTER,
    /** Staff of a unit (a lurah acting as functional admin, a dinas or suku dinas officer). */
    OPERATOR,
    /** Intake desk staff: place reports the engine could not place, link duplicates, reject spam. */
    INTAKE,
    /** Verifies done work and closes reports (Biro Pemerintahan in Jakarta); may reopen. */
    VERIFIER,
    /** Reads everything, changes nothing (inspectors, supervisors). */
    AUDITOR,
    /** The engine itself: routing, duplicate detection, SLA timers. */
    SYSTEM
}
