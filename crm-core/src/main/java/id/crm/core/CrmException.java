package id.crm.core;

import static java.util.Objects.requireNonNull;

/**
 * Root of the engine's unchecked exceptions. Every subclass names what failed and carries a stable
 * {@link #code()} explained in the README, so that callers and scripts can match on it.
 *
 * @since 0.1
 */
public class CrmException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String code;

    public CrmException(String code, String message) {
        super(message);
        this.code = requireNonNull(code, "code");
    }

    public CrmException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = requireNonNull(code, "code");
    }

    /** The stable diagnostic code, e.g. {@code CRM-VALIDATION}. */
    public String code() {
        return code;
    }
}
