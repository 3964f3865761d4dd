package id.crm.testkit.channel;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.InboundMessage;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real-format delivery for the compatibility kit, with what it must parse into: optionally the
 * exact external ids in order (which also fixes the count) and the instant of some reports (to
 * check that local times such as WIB, UTC+7, are converted correctly).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name a short label used in failure messages, e.g. the resource file name
 * @param message the delivery, with the headers the channel really sends
 * @param externalIds the external ids the delivery must give, in order; empty when not checked
 * @param receivedAt expected {@code receivedAt} instant per external id
 * @since 0.1
 */
public record Sample(String name, InboundMessage message, Optional<List<String>> externalIds,
                     Map<String, Instant> receivedAt) {

    public Sample {
        requireNonNull(name, "name");
        requireNonNull(message, "message");
        externalIds = requireNonNull(externalIds, "externalIds").map(List::copyOf);
        receivedAt = Map.copyOf(receivedAt);
    }

    /** A sample with no expectations beyond the kit's general invariants. */
    public static Sample of(String name, InboundMessage message) {
        return new Sample(name, message, Optional.empty(), Map.of());
    }

    /** This sample, expecting exactly these external ids in this order (none: "nothing to report"). */
    public Sample withIds(String... ids) {
        return new Sample(name, message, Optional.of(List.of(ids)), receivedAt);
    }

    /** This sample, expecting the report with {@code externalId} to carry instant {@code at}. */
    public Sample withReceivedAt(String externalId, Instant at) {
        Map<String, Instant> m = new LinkedHashMap<>(receivedAt);
        m.put(requireNonNull(externalId, "externalId"), requireNonNull(at, "at"));
        return new Sample(name, message, externalIds, m);
    }

    @Override
    public String toString() {
        return "Sample[" + name + "]";
    }
}
