package id.crm.testkit.channel;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.InboundMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Loads sample deliveries from test resources, with a fixed arrival time so that tests are
 * repeatable.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SampleResources {

    /** The arrival time given to loaded samples: 2023-06-18 10:00 WIB. */
    public static final Instant RECEIVED_AT = Instant.parse("2023-06-18T03:00:00Z");

    private SampleResources() {
    }

    /** The bytes of a resource, relative to {@code anchor}'s package unless the path starts with {@code /}. */
    public static byte[] bytes(Class<?> anchor, String path) {
        try (InputStream in = requireNonNull(anchor, "anchor").getResourceAsStream(requireNonNull(path, "path"))) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path + " next to " + anchor.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A delivery with the resource as body and the given Content-Type, received at {@link #RECEIVED_AT}. */
    public static InboundMessage load(Class<?> anchor, String path, String contentType) {
        return InboundMessage.of(bytes(anchor, path), Map.of("Content-Type", List.of(contentType)), RECEIVED_AT);
    }
}
