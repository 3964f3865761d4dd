package id.crm.core.view;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.MediaRef;
import java.time.Instant;
import java.util.List;

/**
 * One public step in a report's life: when, the status after it, what happened, and the photos that
 * came with it. Never names the reporter or an officer, only units.
 *
 * @param at when it happened
 * @param status the status label after the step, e.g. {@code Koordinasi}
 * @param description what happened, in Indonesian, e.g. {@code Diteruskan ke Dinas Perhubungan}
 * @param evidence photos shown to the public (work evidence)
 * @since 0.1
 */
public record TimelineEntry(Instant at, String status, String description, List<MediaRef> evidence) {

    public TimelineEntry {
        requireNonNull(at, "at");
        requireNonNull(status, "status");
        requireNonNull(description, "description");
        evidence = List.copyOf(evidence);
    }
}
