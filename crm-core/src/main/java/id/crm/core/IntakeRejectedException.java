package id.crm.core;

import java.util.Optional;

/**
 * A delivery that could not be parsed or whose signature failed. When it could not be parsed, its
 * bytes were kept in quarantine under {@link #quarantineId()}; nothing else was stored.
 *
 * @since 0.1
 */
public class IntakeRejectedException extends CrmException {

    private static final long serialVersionUID = 1L;
    private final String quarantineId;

    public IntakeRejectedException(String code, String message, String quarantineId, Throwable cause) {
        super(code, message, cause);
        this.quarantineId = quarantineId;
    }

    /** Where the payload was kept; empty when it was refused without keeping it (a bad signature). */
    public Optional<String> quarantineId() {
        return Optional.ofNullable(quarantineId);
    }
}
