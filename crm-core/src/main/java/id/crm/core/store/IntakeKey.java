package id.crm.core.store;

import static java.util.Objects.requireNonNull;

import id.crm.core.complaint.ComplaintId;

/**
 * Marks a delivery as accepted: a channel's external id and the complaint it became.
 *
 * @param channelId the channel
 * @param externalId the channel-scoped id of the report
 * @param complaint the complaint created for it
 * @since 0.1
 */
public record IntakeKey(String channelId, String externalId, ComplaintId complaint) {

    public IntakeKey {
        requireNonNull(channelId, "channelId");
        requireNonNull(externalId, "externalId");
        requireNonNull(complaint, "complaint");
    }
}
