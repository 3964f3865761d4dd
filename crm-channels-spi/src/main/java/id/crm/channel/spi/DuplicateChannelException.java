package id.crm.channel.spi;

/**
 * Two adapters with one id: registration fails fast and names both classes.
 *
 * @since 0.1
 */
public class DuplicateChannelException extends ChannelException {

    private static final long serialVersionUID = 1L;
    public static final String CODE = "CRM-CH-DUPLICATE-ID";

    public DuplicateChannelException(String id, Class<?> first, Class<?> second) {
        super(CODE, "two channel adapters share the id '" + id + "': " + first.getName() + " and " + second.getName());
    }
}
