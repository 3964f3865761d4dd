package id.crm.channel.social.internal;

import com.fasterxml.jackson.databind.JsonNode;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.ReporterContact;
import id.crm.channel.spi.TextNormalizer;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one Facebook Page webhook event into a report, or nothing: a {@code feed} change
 * ({@code item} post, status, photo or comment, {@code verb} add, not written by the page itself)
 * or a {@code messaging} event that carries a message (not an echo of the page's own message).
 * Edits, removals, reactions, deliveries and reads give nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class FacebookEventReader {

    private static final Set<String> ITEMS = Set.of("post", "status", "photo", "comment");

    private final String channelId;

    public FacebookEventReader(String channelId) {
        this.channelId = channelId;
    }

    /** A {@code changes[]} element of an entry of page {@code pageId}. */
    public Optional<InboundReport> change(JsonNode change, String pageId, Instant entryTime) {
        JsonNode v = change.path("value");
        String item = v.path("item").asText("");
        if (!"feed".equals(change.path("field").asText()) || !ITEMS.contains(item) || !"add".equals(v.path("verb").asText())
                || Json.text(v.path("from"), "id").filter(pageId::equals).isPresent()) {
            return Optional.empty();
        }
        Optional<String> text = Json.text(v, "message").flatMap(TextNormalizer::optional);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String id = Json.text(v, item.equals("comment") ? "comment_id" : "post_id")
                .orElseThrow(() -> new MalformedPayloadException("feed " + item + " without its id"));
        InboundReport.Builder b = builder(id, seconds(v.get("created_time")).orElse(entryTime), text.get())
                .reporter(contact(Json.text(v.path("from"), "name"), Json.text(v.path("from"), "id")))
                .attribute("fb_item", item);
        Json.text(v, "post_id").filter(p -> item.equals("comment")).ifPresent(p -> b.attribute("fb_post_id", p));
        Json.text(v, "photo").filter(u -> u.startsWith("https://")).ifPresent(u -> b.addMedia(MediaRef.of(u)));
        return Optional.of(b.build());
    }

    /** A {@code messaging[]} element. */
    public Optional<InboundReport> messaging(JsonNode event, Instant entryTime) {
        JsonNode m = event.path("message");
        if (!m.isObject() || m.path("is_echo").asBoolean(false)) {
            return Optional.empty();
        }
        Optional<String> text = Json.text(m, "text").flatMap(TextNormalizer::optional);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String mid = Json.text(m, "mid").orElseThrow(() -> new MalformedPayloadException("message without mid"));
        JsonNode ts = event.get("timestamp");
        Instant at = ts != null && ts.isIntegralNumber() && ts.canConvertToLong() ? Instant.ofEpochMilli(ts.asLong()) : entryTime;
        InboundReport.Builder b = builder(mid, at, text.get())
                .reporter(contact(Optional.empty(), Json.text(event.path("sender"), "id")))
                .attribute("fb_item", "message");
        int count = 0;
        for (JsonNode a : m.path("attachments")) {
            Optional<String> url = Json.text(a.path("payload"), "url").filter(u -> u.startsWith("https://"));
            if (url.isPresent() && "image".equals(a.path("type").asText()) && count++ < 20) {
                b.addMedia(MediaRef.of(url.get()));
            }
        }
        return Optional.of(b.build());
    }

    private InboundReport.Builder builder(String id, Instant at, String text) {
        if (id.length() > 200) {
            throw new MalformedPayloadException("Facebook id longer than 200 characters");
        }
        return InboundReport.builder().channelId(channelId).externalId(id).receivedAt(at).text(TextNormalizer.reportText(text));
    }

    private static ReporterContact contact(Optional<String> name, Optional<String> id) {
        Optional<String> n = name.flatMap(TextNormalizer::optional).filter(s -> s.length() <= 200);
        Optional<String> h = id.flatMap(TextNormalizer::optional).filter(s -> s.length() <= 200);
        return n.isEmpty() && h.isEmpty() ? ReporterContact.none() : new ReporterContact(n.orElse(null), null, null, null, h.orElse(null));
    }

    /** Facebook's {@code created_time}: epoch seconds. */
    static Optional<Instant> seconds(JsonNode v) {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(v.asLong()));
        } catch (java.time.DateTimeException e) {
            throw new MalformedPayloadException("created_time out of range", e);
        }
    }
}
