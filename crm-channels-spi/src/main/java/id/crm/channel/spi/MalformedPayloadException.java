package id.crm.channel.spi;

/**
 * A delivery that cannot be parsed into reports: empty, truncated, not the expected format, too
 * large, wrongly encoded. The engine keeps such payloads in quarantine with this message as reason.
 *
 * @since 0.1
 */
public class MalformedPayloadException extends ChannelException {

    private static final long serialVersionUID = 1L;
    public static final String CODE = "CRM-CH-MALFORMED";

    public MalformedPayloadException(String message) {
        super(CODE, message);
    }

    public MalformedPayloadException(String message, Throwable cause) {
        super(CODE, message, cause);
    }
}
