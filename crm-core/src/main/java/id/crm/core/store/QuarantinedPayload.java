package id.crm.core.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A delivery that could not be parsed, kept with its bytes and the reason so that nothing a citizen
 * sent is silently dropped; staff can inspect and replay it.
 *
 * @param id unique id
 * @param channelId the channel it came from
 * @param receivedAt when it arrived
 * @param reason why it could not be parsed
 * @param headers the delivery's headers
 * @param body the raw bytes
 * @since 0.1
 */
public record QuarantinedPayload(String id, String channelId, Instant receivedAt, String reason,
                                 Map<String, List<String>> headers, byte[] body) {

    public QuarantinedPayload {
        requireNonNull(id, "id");
        requireNonNull(channelId, "channelId");
        requireNonNull(receivedAt, "receivedAt");
        requireNonNull(reason, "reason");
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
