package id.crm.channel.spi;

import static java.util.Objects.requireNonNull;

/**
 * Root of the channel layer's unchecked exceptions. Each carries a stable {@link #code()} that the
 * README explains (for example {@code CRM-CH-MALFORMED}), so scripts and logs can match on it.
 *
 * @since 0.1
 */
public class ChannelException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String code;

    public ChannelException(String code, String message) {
        super(message);
        this.code = requireNonNull(code, "code");
    }

    public ChannelException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = requireNonNull(code, "code");
    }

    /** The stable diagnostic code. */
    public String code() {
        return code;
    }
}
