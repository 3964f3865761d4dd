package id.crm.channel.spi;

/**
 * A delivery whose signature is missing or wrong: it is refused and leaves no report.
 *
 * @since 0.1
 */
public class InvalidSignatureException extends ChannelException {

    private static final long serialVersionUID = 1L;
    public static final String CODE = "CRM-CH-SIGNATURE";

    public InvalidSignatureException(String message) {
        super(CODE, message);
    }
}
