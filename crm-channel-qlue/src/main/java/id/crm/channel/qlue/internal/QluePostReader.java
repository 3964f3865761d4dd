package id.crm.channel.qlue.internal;

import com.fasterxml.jackson.databind.JsonNode;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.LocationPolicy;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.ReporterContact;
import id.crm.channel.spi.TextNormalizer;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one Qlue post (a feed item or a webhook body) into a report. Field meanings follow the
 * feed as PetaBencana's public integration consumes it: {@code post_id} (increasing number),
 * {@code post_date} (local time, {@code yyyy-MM-dd HH:mm:ss}), {@code post_title},
 * {@code post_desc}, {@code post_images} (a URL, sometimes with escaped slashes), {@code loc_lat}
 * and {@code loc_lng} (strings or numbers, {@code 0/0} for none) and {@code profile_name}.
 *
 * <p>Immutable and thread-safe.
 */
public final class QluePostReader {

    private static final DateTimeFormatter POST_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final BigInteger MAX_ID = BigInteger.valueOf(Long.MAX_VALUE);

    private final String channelId;
    private final ZoneId zone;

    public QluePostReader(String channelId, ZoneId zone) {
        this.channelId = channelId;
        this.zone = zone;
    }

    /** The post's id as a positive number; the feed's cursor and the report's external id. */
    public static long postId(JsonNode post, String where) {
        JsonNode v = post.get("post_id");
        String s = v == null ? "" : v.isIntegralNumber() ? v.bigIntegerValue().toString() : v.isTextual() ? v.asText().strip() : "";
        if (!s.matches("[0-9]{1,19}") || new BigInteger(s).signum() <= 0 || new BigInteger(s).compareTo(MAX_ID) > 0) {
            throw new MalformedPayloadException(where + ": post_id is missing or not a positive whole number");
        }
        return Long.parseLong(s);
    }

    public InboundReport read(JsonNode post, String where) {
        if (!post.isObject()) {
            throw new MalformedPayloadException(where + " is not a JSON object");
        }
        long id = postId(post, where);
        InboundReport.Builder b = InboundReport.builder()
                .channelId(channelId)
                .externalId(Long.toString(id))
                .receivedAt(postDate(post, where))
                .text(text(post, where));
        location(post).ifPresent(ll -> LocationPolicy.apply(b, ll[0], ll[1]));
        images(post).forEach(b::addMedia);
        Json.text(post, "profile_name").flatMap(TextNormalizer::optional)
                .filter(h -> h.length() <= 200).map(ReporterContact::ofHandle).ifPresent(b::reporter);
        return b.build();
    }

    private Instant postDate(JsonNode post, String where) {
        String s = Json.text(post, "post_date")
                .orElseThrow(() -> new MalformedPayloadException(where + ": post_date is missing"));
        try {
            return LocalDateTime.parse(s, POST_DATE).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedPayloadException(where + ": post_date is not yyyy-MM-dd HH:mm:ss", e);
        }
    }

    private static String text(JsonNode post, String where) {
        Optional<String> title = Json.text(post, "post_title").flatMap(TextNormalizer::optional);
        Optional<String> desc = Json.text(post, "post_desc").flatMap(TextNormalizer::optional);
        String joined;
        if (title.isPresent() && desc.isPresent()) {
            joined = desc.get().startsWith(title.get()) ? desc.get() : title.get() + "\n" + desc.get();
        } else {
            joined = title.or(() -> desc).orElseThrow(() -> new MalformedPayloadException(where + ": no post_title or post_desc"));
        }
        return TextNormalizer.reportText(joined);
    }

    /** {@code [lat, lon]}; NaN for a value that is present but not a number; empty when both are absent. */
    private static Optional<double[]> location(JsonNode post) {
        Optional<String> lat = Json.text(post, "loc_lat");
        Optional<String> lon = Json.text(post, "loc_lng");
        if (lat.isEmpty() && lon.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new double[] {number(lat), number(lon)});
    }

    private static double number(Optional<String> s) {
        try {
            return s.map(Double::parseDouble).orElse(Double.NaN);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Photo URLs; escaped slashes undone; anything that is not an absolute http(s) URL is skipped. */
    private static List<MediaRef> images(JsonNode post) {
        JsonNode v = post.get("post_images");
        List<String> raw = new ArrayList<>();
        if (v != null && v.isTextual()) {
            raw.add(v.asText());
        } else if (v != null && v.isArray()) {
            v.forEach(e -> {
                if (e.isTextual()) {
                    raw.add(e.asText());
                }
            });
        }
        List<MediaRef> media = new ArrayList<>();
        for (String r : raw) {
            String url = r.strip().replace("\\/", "/");
            if (media.size() < 20 && isWebUrl(url)) {
                media.add(MediaRef.of(url));
            }
        }
        return media;
    }

    private static boolean isWebUrl(String s) {
        try {
            URI u = new URI(s);
            return ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null && s.length() <= 2000;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
