package id.crm.core.store;

import static java.util.Objects.requireNonNull;

import id.crm.core.complaint.ComplaintId;
import java.time.Instant;

/**
 * A notification to a reporter, written in the same transaction as the change it reports and
 * delivered at least once afterwards (transactional outbox).
 *
 * @param id unique id (deliverers use it to de-duplicate)
 * @param complaint the complaint that changed
 * @param recipient the complaint whose reporter is told (the same, or a duplicate linked to it)
 * @param channelId the recipient's channel, for the reply
 * @param kind what happened, e.g. {@code status} or {@code accepted}
 * @param text the message
 * @param createdAt when it was written
 * @since 0.1
 */
public record OutboxMessage(String id, ComplaintId complaint, ComplaintId recipient, String channelId, String kind,
                            String text, Instant createdAt) {

    public OutboxMessage {
        requireNonNull(id, "id");
        requireNonNull(complaint, "complaint");
        requireNonNull(recipient, "recipient");
        requireNonNull(channelId, "channelId");
        requireNonNull(kind, "kind");
        requireNonNull(text, "text");
        requireNonNull(createdAt, "createdAt");
    }
}
