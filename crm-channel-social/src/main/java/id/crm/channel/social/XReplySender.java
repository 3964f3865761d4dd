package id.crm.channel.social;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.ChannelException;
import id.crm.channel.spi.ReplySender;
import id.crm.channel.spi.ReporterContact;
import id.crm.channel.spi.TextNormalizer;

/**
 * Replies to a reporter's tweet from the city account: {@code @handle text}, cut to X's 280
 * characters. The reply is public, so it must carry only what the public may see (a report
 * number, never personal data).
 *
 * <p>Thread-safe when the client is.
 *
 * @since 0.1
 */
public final class XReplySender implements ReplySender {

    /** The longest tweet. */
    public static final int MAX_CHARS = 280;
    /** Code of the error for a reporter without an X handle. */
    public static final String NO_HANDLE = "CRM-CH-X-NO-HANDLE";

    private final XClient client;

    public XReplySender(XClient client) {
        this.client = requireNonNull(client, "client");
    }

    /**
     * @param inReplyTo the tweet id (the report's external id)
     * @throws ChannelException with code {@value #NO_HANDLE} when the reporter has no X handle
     */
    @Override
    public void reply(ReporterContact to, String inReplyTo, String text) {
        String handle = requireNonNull(to, "to").handleValue()
                .orElseThrow(() -> new ChannelException(NO_HANDLE, "the reporter has no X handle to reply to"));
        String tweet = "@" + handle + " " + TextNormalizer.normalize(requireNonNull(text, "text"));
        if (tweet.codePointCount(0, tweet.length()) > MAX_CHARS) {
            tweet = tweet.substring(0, tweet.offsetByCodePoints(0, MAX_CHARS - 1)) + "\u2026";
        }
        client.postReply(requireNonNull(inReplyTo, "inReplyTo"), tweet);
    }
}
