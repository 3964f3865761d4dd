package id.crm.channel.spi;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One citizen report as a channel delivered it, normalised: the unit of intake for the engine.
 *
 * <p>{@code (channelId, externalId)} identifies the delivery: the engine uses it to make intake
 * idempotent, so a channel must derive the external id from the payload (a post id, a Message-ID,
 * a gateway message id), never from the time of parsing. Constraint annotations describe what the
 * engine accepts; the engine validates every report and lists all violations at once.
 *
 * <p>Immutable and thread-safe. {@link #toString()} leaves out the reporter's contact.
 *
 * @since 0.1
 */
public final class InboundReport {

    @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "must be a lower-case channel id")
    private final String channelId;
    @NotBlank @Size(max = 200)
    private final String externalId;
    @NotNull
    private final Instant receivedAt;
    @NotBlank @Size(max = 10_000)
    private final String text;
    private final @Nullable GeoPoint point;
    @Size(max = 500)
    private final @Nullable String address;
    @Size(max = 100)
    private final @Nullable String categoryHint;
    @Size(max = 20)
    private final List<@Valid MediaRef> media;
    @Valid @NotNull
    private final ReporterContact reporter;
    @NotNull
    private final Privacy privacy;
    @Size(max = 20)
    private final Map<String, String> attributes;

    private InboundReport(Builder b) {
        this.channelId = requireNonNull(b.channelId, "channelId");
        this.externalId = requireNonNull(b.externalId, "externalId");
        this.receivedAt = requireNonNull(b.receivedAt, "receivedAt");
        this.text = requireNonNull(b.text, "text");
        this.point = b.point;
        this.address = b.address;
        this.categoryHint = b.categoryHint;
        this.media = List.copyOf(b.media);
        this.reporter = b.reporter;
        this.privacy = b.privacy;
        this.attributes = Map.copyOf(b.attributes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this report's values, for adapters and tests that adjust one field. */
    public Builder toBuilder() {
        Builder b = new Builder().channelId(channelId).externalId(externalId).receivedAt(receivedAt)
                .text(text).address(address).categoryHint(categoryHint).reporter(reporter).privacy(privacy);
        b.point = point;
        b.media.addAll(media);
        b.attributes.putAll(attributes);
        return b;
    }

    /** The id of the channel that delivered the report, e.g. {@code qlue}. */
    public String channelId() { return channelId; }

    /** The channel-scoped id of the report, stable across redeliveries. */
    public String externalId() { return externalId; }

    /** When the citizen sent it, as the channel reports it (UTC instant). */
    public Instant receivedAt() { return receivedAt; }

    /** The report text, normalised (Unicode NFC, trimmed, no control characters). */
    public String text() { return text; }

    public Optional<GeoPoint> point() { return Optional.ofNullable(point); }

    /** Free-text address or place description, when the channel has one apart from the text. */
    public Optional<String> address() { return Optional.ofNullable(address); }

    /** The category the reporter or channel chose, in the channel's own words. */
    public Optional<String> categoryHint() { return Optional.ofNullable(categoryHint); }

    public List<MediaRef> media() { return media; }

    public ReporterContact reporter() { return reporter; }

    public Privacy privacy() { return privacy; }

    /**
     * Channel-specific extras that the engine keeps but does not interpret, e.g. {@code desk},
     * {@code paper_reference}, {@code officer} for staff-entered reports.
     */
    public Map<String, String> attributes() { return attributes; }

    @Override
    public boolean equals(Object o) {
        return o instanceof InboundReport r && channelId.equals(r.channelId) && externalId.equals(r.externalId)
                && receivedAt.equals(r.receivedAt) && text.equals(r.text) && Objects.equals(point, r.point)
                && Objects.equals(address, r.address) && Objects.equals(categoryHint, r.categoryHint)
                && media.equals(r.media) && reporter.equals(r.reporter) && privacy == r.privacy
                && attributes.equals(r.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(channelId, externalId, receivedAt, text, point);
    }

    @Override
    public String toString() {
        return "InboundReport[" + channelId + "/" + externalId + " at " + receivedAt
                + (point != null ? " " + point : "") + ", " + text.length() + " chars, " + privacy + "]";
    }

    /** Builds an {@link InboundReport}; not thread-safe. Privacy defaults to {@link Privacy#PUBLIC}. */
    public static final class Builder {
        private @Nullable String channelId;
        private @Nullable String externalId;
        private @Nullable Instant receivedAt;
        private @Nullable String text;
        private @Nullable GeoPoint point;
        private @Nullable String address;
        private @Nullable String categoryHint;
        private final List<MediaRef> media = new ArrayList<>();
        private ReporterContact reporter = ReporterContact.none();
        private Privacy privacy = Privacy.PUBLIC;
        private final Map<String, String> attributes = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder channelId(String v) { this.channelId = v; return this; }

        public Builder externalId(String v) { this.externalId = v; return this; }

        public Builder receivedAt(Instant v) { this.receivedAt = v; return this; }

        public Builder text(String v) { this.text = v; return this; }

        public Builder point(@Nullable GeoPoint v) { this.point = v; return this; }

        public Builder point(double lat, double lon) { this.point = new GeoPoint(lat, lon); return this; }

        public Builder address(@Nullable String v) { this.address = v; return this; }

        public Builder categoryHint(@Nullable String v) { this.categoryHint = v; return this; }

        public Builder addMedia(MediaRef v) { this.media.add(requireNonNull(v)); return this; }

        public Builder reporter(ReporterContact v) { this.reporter = requireNonNull(v); return this; }

        public Builder privacy(Privacy v) { this.privacy = requireNonNull(v); return this; }

        public Builder attribute(String key, String value) {
            this.attributes.put(requireNonNull(key), requireNonNull(value));
            return this;
        }

        /** Builds the report; missing required parts fail with a {@link NullPointerException} naming them. */
        public InboundReport build() {
            return new InboundReport(this);
        }
    }
}
