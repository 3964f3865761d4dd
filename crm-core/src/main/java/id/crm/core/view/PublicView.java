package id.crm.core.view;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.MediaRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What anyone may see of a report: its number, status, place, handling unit, timeline and evidence
 * photos. It has no field that could hold the reporter's identity; a confidential report has no
 * public view at all.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the report number
 * @param status the internal status name, e.g. {@code KOORDINASI}
 * @param statusLabel the label citizens know, e.g. {@code Koordinasi}
 * @param receivedAt when it was received
 * @param text the report text
 * @param category the category's name, when known
 * @param kelurahanCode the kelurahan where it happened, when placed
 * @param kelurahanName its name
 * @param handlingUnit the name of the unit handling it now
 * @param masterNumber for a duplicate, the report that is handled instead
 * @param timeline the public steps, oldest first
 * @param evidence every evidence photo
 * @since 0.1
 */
public record PublicView(String number, String status, String statusLabel, Instant receivedAt, String text,
                         @Nullable String category, @Nullable String kelurahanCode, @Nullable String kelurahanName,
                         @Nullable String handlingUnit, @Nullable String masterNumber, List<TimelineEntry> timeline,
                         List<MediaRef> evidence) {

    public PublicView {
        requireNonNull(number, "number");
        requireNonNull(status, "status");
        requireNonNull(text, "text");
        timeline = List.copyOf(timeline);
        evidence = List.copyOf(evidence);
    }

    public Optional<String> master() {
        return Optional.ofNullable(masterNumber);
    }
}
