package id.crm.channel.spi;

import java.util.Collection;
import java.util.List;

/**
 * A channel id that no registered adapter has. The message lists the ids that are registered.
 *
 * @since 0.1
 */
public class NoSuchChannelException extends ChannelException {

    private static final long serialVersionUID = 1L;
    public static final String CODE = "CRM-CH-NO-SUCH-CHANNEL";

    public NoSuchChannelException(String id, Collection<String> known) {
        super(CODE, "no channel with id '" + id + "'; registered channels: "
                + (known.isEmpty() ? "(none)" : String.join(", ", List.copyOf(known).stream().sorted().toList())));
    }
}
