package id.crm.channel.social;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.ChannelException;
import id.crm.channel.spi.ReplySender;
import id.crm.channel.spi.ReporterContact;
import id.crm.channel.spi.TextNormalizer;

/**
 * Replies on Facebook the way the report came in: a message gets a message (its external id is a
 * message {@code mid}, which starts with {@code m_} or {@code mid.}); a post or comment gets a
 * comment under it. Comments are public, so a reply must carry only what the public may see.
 *
 * <p>Thread-safe when the graph client is.
 *
 * @since 0.1
 */
public final class FacebookReplySender implements ReplySender {

    /** Code of the error for a message reply to a reporter without a page-scoped id. */
    public static final String NO_PSID = "CRM-CH-FB-NO-PSID";

    private final FacebookGraph graph;

    public FacebookReplySender(FacebookGraph graph) {
        this.graph = requireNonNull(graph, "graph");
    }

    @Override
    public void reply(ReporterContact to, String inReplyTo, String text) {
        requireNonNull(to, "to");
        requireNonNull(inReplyTo, "inReplyTo");
        String body = TextNormalizer.normalize(requireNonNull(text, "text"));
        if (inReplyTo.startsWith("m_") || inReplyTo.startsWith("mid.")) {
            String psid = to.handleValue().orElseThrow(() -> new ChannelException(NO_PSID, "the reporter has no page-scoped id"));
            graph.sendMessage(psid, body);
        } else {
            graph.comment(inReplyTo, body);
        }
    }
}
