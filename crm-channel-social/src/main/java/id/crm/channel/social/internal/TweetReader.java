package id.crm.channel.social.internal;

import com.fasterxml.jackson.databind.JsonNode;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.ReporterContact;
import id.crm.channel.spi.TextNormalizer;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one tweet of an account-activity {@code tweet_create_events} array into a report, or
 * nothing when it is no report: a retweet, the city account's own tweet, a tweet that does not
 * mention the account, or one with no text besides mentions.
 *
 * <p>Immutable and thread-safe.
 */
public final class TweetReader {

    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
    private static final Pattern LEADING_MENTIONS = Pattern.compile("^(\\s*@\\w{1,15})+\\s*");

    private final String channelId;
    private final String account;
    private final Pattern mention;

    public TweetReader(String channelId, String account) {
        this.channelId = channelId;
        this.account = account;
        this.mention = Pattern.compile("(?<![\\w@])@" + Pattern.quote(account) + "(?!\\w)", Pattern.CASE_INSENSITIVE);
    }

    public Optional<InboundReport> read(JsonNode tweet, Optional<String> forUserId) {
        if (!tweet.isObject()) {
            throw new MalformedPayloadException("a tweet is not a JSON object");
        }
        String id = Json.text(tweet, "id_str").or(() -> Json.text(tweet, "id")).filter(s -> s.matches("[0-9]{1,20}"))
                .orElseThrow(() -> new MalformedPayloadException("tweet without id_str"));
        JsonNode user = tweet.path("user");
        Optional<String> screenName = Json.text(user, "screen_name");
        boolean own = screenName.filter(account::equalsIgnoreCase).isPresent()
                || forUserId.isPresent() && forUserId.equals(Json.text(user, "id_str"));
        if (tweet.has("retweeted_status") || own) {
            return Optional.empty();
        }
        String raw = fullText(tweet);
        if (!mentionsAccount(tweet, raw)) {
            return Optional.empty();
        }
        Optional<String> text = TextNormalizer.optional(LEADING_MENTIONS.matcher(unescape(raw)).replaceFirst(""));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        InboundReport.Builder b = InboundReport.builder().channelId(channelId).externalId(id)
                .receivedAt(createdAt(tweet)).text(TextNormalizer.reportText(text.get()));
        screenName.flatMap(TextNormalizer::optional).filter(h -> h.length() <= 200).ifPresent(h -> b.reporter(new ReporterContact(
                Json.text(user, "name").flatMap(TextNormalizer::optional).filter(n -> n.length() <= 200).orElse(null),
                null, null, null, h)));
        TweetPlace.apply(tweet, b);
        JsonNode media = tweet.path("extended_tweet").path("extended_entities").path("media");
        if (!media.isArray()) {
            media = tweet.path("extended_entities").path("media").isArray() ? tweet.path("extended_entities").path("media")
                    : tweet.path("entities").path("media");
        }
        int count = 0;
        for (JsonNode m : media) {
            Optional<String> url = Json.text(m, "media_url_https").filter(u -> u.startsWith("https://"));
            if (url.isPresent() && count++ < 20) {
                b.addMedia(MediaRef.of(url.get()));
            }
        }
        return Optional.of(b.build());
    }

    private static String fullText(JsonNode tweet) {
        return Json.text(tweet.path("extended_tweet"), "full_text")
                .or(() -> Json.text(tweet, "full_text")).or(() -> Json.text(tweet, "text")).orElse("");
    }

    private boolean mentionsAccount(JsonNode tweet, String text) {
        for (JsonNode m : tweet.path("entities").path("user_mentions")) {
            if (Json.text(m, "screen_name").filter(account::equalsIgnoreCase).isPresent()) {
                return true;
            }
        }
        return mention.matcher(text).find() || Json.text(tweet, "in_reply_to_screen_name").filter(account::equalsIgnoreCase).isPresent();
    }

    /** X escapes these three characters in tweet text. */
    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static Instant createdAt(JsonNode tweet) {
        String s = Json.text(tweet, "created_at").orElseThrow(() -> new MalformedPayloadException("tweet without created_at"));
        try {
            return ZonedDateTime.parse(s, CREATED_AT).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedPayloadException("tweet created_at is not 'EEE MMM dd HH:mm:ss Z yyyy'", e);
        }
    }
}
