package id.crm.channel.spi;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a photo, video or attachment that came with a report: a URI the channel gave, or
 * a storage key the deployment assigned. The bytes themselves are not part of the report.
 *
 * <p>Immutable and thread-safe.
 *
 * @param uri where the media can be fetched or found
 * @param contentType its MIME type, when the channel said
 * @since 0.1
 */
public record MediaRef(String uri, @Nullable String contentType) {

    public MediaRef {
        requireNonNull(uri, "uri");
        if (uri.isBlank()) {
            throw new IllegalArgumentException("media uri must not be blank");
        }
    }

    public static MediaRef of(String uri) {
        return new MediaRef(uri, null);
    }

    public Optional<String> type() {
        return Optional.ofNullable(contentType);
    }
}
