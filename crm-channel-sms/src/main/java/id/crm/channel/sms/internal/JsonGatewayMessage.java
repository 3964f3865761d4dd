package id.crm.channel.sms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import id.crm.channel.spi.MalformedPayloadException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the JSON that Gammu SMSD relay scripts and similar gateways post:
 * {@code {"id", "from", "to", "text", "timestamp"}}, optionally {@code coding} or {@code dcs}
 * (UCS-2 text arrives hex-encoded, see {@link Ucs2}) and, for a long message delivered in one
 * request, {@code parts: [{"seq", "text"}, ...]} with {@code total}. {@code timestamp} is epoch
 * seconds or milliseconds, ISO-8601 with an offset, or Gammu's local {@code yyyy-MM-dd HH:mm:ss},
 * read as WIB (UTC+7).
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonGatewayMessage {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    private JsonGatewayMessage() {
    }

    public static SmsMessage read(JsonNode m) {
        if (!m.isObject()) {
            throw new MalformedPayloadException("an SMS gateway delivery is a JSON object");
        }
        String id = Json.text(m, "id").orElseThrow(() -> new MalformedPayloadException("SMS has no id"));
        String from = Json.text(m, "from").orElseThrow(() -> new MalformedPayloadException("SMS has no from"));
        boolean ucs2 = Ucs2.isUcs2(Json.text(m, "coding"), Json.text(m, "dcs"));
        List<JsonNode> parts = parts(m);
        StringBuilder text = new StringBuilder();
        for (JsonNode p : parts) {
            String t = p.path("text").isTextual() ? p.path("text").asText() : "";
            text.append(ucs2 && !t.isEmpty() ? Ucs2.decodeHex(t) : t);
        }
        Optional<Integer> segments = parts.size() > 1 ? Optional.of(parts.size()) : Optional.empty();
        return new SmsMessage(id, from, Json.text(m, "to"), text.toString(), timestamp(m), segments, List.of());
    }

    /** The parts in order; the message itself when it has no {@code parts}. */
    private static List<JsonNode> parts(JsonNode m) {
        JsonNode parts = m.get("parts");
        if (parts == null || parts.isNull()) {
            return List.of(m);
        }
        if (!parts.isArray() || parts.isEmpty() || parts.size() > 255) {
            throw new MalformedPayloadException("parts must be a non-empty array of at most 255 parts");
        }
        List<JsonNode> list = new ArrayList<>();
        parts.forEach(list::add);
        for (JsonNode p : list) {
            if (!p.isObject() || !p.path("seq").canConvertToInt() || !p.path("seq").isIntegralNumber()) {
                throw new MalformedPayloadException("every part needs a numeric seq");
            }
        }
        list.sort(Comparator.comparingInt(p -> p.path("seq").asInt()));
        int total = m.path("total").isIntegralNumber() ? m.path("total").asInt() : list.size();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).path("seq").asInt() != i + 1) {
                throw new MalformedPayloadException("concatenated SMS is incomplete or has repeated parts");
            }
        }
        if (total != list.size()) {
            throw new MalformedPayloadException("concatenated SMS has " + list.size() + " of " + total + " parts");
        }
        return list;
    }

    private static Optional<Instant> timestamp(JsonNode m) {
        JsonNode t = m.get("timestamp");
        if (t == null || t.isNull()) {
            return Optional.empty();
        }
        try {
            if (t.isIntegralNumber() && t.canConvertToLong()) {
                long v = t.asLong();
                return Optional.of(v > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v));
            }
            if (t.isTextual()) {
                String s = t.asText().strip();
                return Optional.of(s.length() == 19 && s.charAt(10) == ' '
                        ? LocalDateTime.parse(s, LOCAL).toInstant(WIB)
                        : OffsetDateTime.parse(s).toInstant());
            }
        } catch (DateTimeException | ArithmeticException e) {
            throw new MalformedPayloadException("timestamp is not a time: " + e.getMessage(), e);
        }
        throw new MalformedPayloadException("timestamp is neither a number nor a string");
    }
}
