package id.crm.channel.spi;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One raw delivery from a channel: the body bytes exactly as received, the transport headers, and
 * the time the deployment received it. Header names are matched case-insensitively.
 *
 * <p>Immutable and thread-safe (the body is copied in and out).
 *
 * @since 0.1
 */
public final class InboundMessage {

    private final byte[] body;
    private final Map<String, List<String>> headers;
    private final Instant receivedAt;

    private InboundMessage(byte[] body, Map<String, List<String>> headers, Instant receivedAt) {
        this.body = body.clone();
        TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> h.merge(k, List.copyOf(v), (a, b) -> {
            var all = new java.util.ArrayList<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }));
        this.headers = java.util.Collections.unmodifiableMap(h);
        this.receivedAt = requireNonNull(receivedAt, "receivedAt");
    }

    public static InboundMessage of(byte[] body, Map<String, List<String>> headers, Instant receivedAt) {
        return new InboundMessage(requireNonNull(body, "body"), requireNonNull(headers, "headers"), receivedAt);
    }

    public static InboundMessage of(byte[] body, Instant receivedAt) {
        return of(body, Map.of(), receivedAt);
    }

    public static InboundMessage ofUtf8(String body, Map<String, List<String>> headers, Instant receivedAt) {
        return of(body.getBytes(StandardCharsets.UTF_8), headers, receivedAt);
    }

    /** A copy of the raw body. */
    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    /** The body decoded as UTF-8 (malformed sequences become U+FFFD). */
    public String bodyAsUtf8() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** All headers, with case-insensitive names. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header, matched case-insensitively. */
    public Optional<String> header(String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** The media type of the body without parameters, lower-case, e.g. {@code application/json}. */
    public Optional<String> mediaType() {
        return header("Content-Type").map(ct -> ct.split(";", 2)[0].trim().toLowerCase(Locale.ROOT));
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    @Override
    public String toString() {
        return "InboundMessage[" + body.length + " bytes, headers=" + headers.keySet() + ", at " + receivedAt + "]";
    }
}
