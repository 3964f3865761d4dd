package id.crm.channel.social;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.crm.channel.spi.InboundMessage;
import id.crm.testkit.channel.SampleResources;
import java.util.List;
import java.util.Map;

/** Builds JSON deliveries for the tests. */
final class Deliveries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Deliveries() {
    }

    static InboundMessage json(Object body) {
        try {
            return InboundMessage.of(JSON.writeValueAsBytes(body), Map.of("Content-Type", List.of("application/json")),
                    SampleResources.RECEIVED_AT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An account-activity delivery with one tweet mentioning @DKIJakarta, plus extra tweet fields. */
    static InboundMessage tweet(String text, Map<String, Object> extra) {
        Map<String, Object> tweet = new java.util.LinkedHashMap<>(Map.of(
                "id_str", "1670259384029102081", "created_at", "Sun Jun 18 02:05:12 +0000 2023",
                "text", "@DKIJakarta " + text, "user", Map.of("id_str", "55", "screen_name", "warga_jkt"),
                "entities", Map.of("user_mentions", List.of(Map.of("screen_name", "DKIJakarta")))));
        tweet.putAll(extra);
        return json(Map.of("for_user_id", "1017071706", "tweet_create_events", List.of(tweet)));
    }
}
