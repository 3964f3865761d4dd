package id.crm.channel.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.crm.channel.spi.HandshakeResponder.HandshakeResponse;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.InvalidSignatureException;
import id.crm.testkit.channel.SampleResources;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class XAdapterTest {

    private final XAdapter x = new XAdapter();
    private final InboundMessage events = SampleResources.load(getClass(), "x-tweet-create-events.json", "application/json");

    private static String hmacBase64(String key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data));
    }

    @Test
    @DisplayName("the CRC check is answered with sha256= and the base64 HMAC of the token, computed independently")
    void crc() throws Exception {
        String expected = "sha256=" + hmacBase64("consumer-secret", "9b4507b3-4c5e-4b5e-a8a6-1d8e1b1f2c3d".getBytes(StandardCharsets.UTF_8));
        HandshakeResponse r = x.respond(Map.of("crc_token", "9b4507b3-4c5e-4b5e-a8a6-1d8e1b1f2c3d"), "consumer-secret").orElseThrow();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/json");
        assertThat(r.body()).isEqualTo("{\"response_token\":\"" + expected + "\"}");
    }

    @Test
    @DisplayName("a delivery signed with the consumer secret passes; a wrong signature is refused")
    void signature() throws Exception {
        String sig = "sha256=" + hmacBase64("consumer-secret", events.body());
        InboundMessage signed = InboundMessage.of(events.body(), Map.of("X-Twitter-Webhooks-Signature", List.of(sig)), events.receivedAt());
        assertThatCode(() -> x.verify(signed, "consumer-secret")).doesNotThrowAnyException();
        assertThatThrownBy(() -> x.verify(signed, "another-secret")).isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    @DisplayName("the same X webhook delivered twice yields the same external ids")
    void sameWebhookTwice() {
        InboundMessage again = InboundMessage.of(events.body(), events.headers(), Instant.parse("2023-06-18T05:00:00Z"));
        assertThat(x.parse(again)).extracting(InboundReport::externalId)
                .isEqualTo(x.parse(events).stream().map(InboundReport::externalId).toList());
    }

    @Test
    @DisplayName("only mentions of the city account count: retweets and the account's own tweets are ignored")
    void onlyMentions() {
        assertThat(x.parse(events)).extracting(r -> r.reporter().handleValue().orElseThrow())
                .containsExactly("rina_tnhabang", "ajaksel_99", "dewi_les");
        assertThat(x.parse(Deliveries.json(Map.of("tweet_create_events", List.of(Map.of("id_str", "1",
                "created_at", "Sun Jun 18 02:05:12 +0000 2023", "text", "jalan rusak @BinaMargaDKI", "user", Map.of("screen_name", "a"))))))).isEmpty();
        assertThat(new XAdapter("PemkotBogor").parse(events)).isEmpty();
    }

    @Test
    @DisplayName("a vague tweet keeps its text without the mention, has no point, and its time is created_at")
    void vagueTweet() {
        InboundReport r = x.parse(events).get(1);
        assertThat(r.text()).isEqualTo("tolong dong jalan depan rumah rusak parah");
        assertThat(r.point()).isEmpty();
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2023-06-18T02:07:40Z"));
    }

    @Test
    @DisplayName("a geotagged tweet gives its point; a place gives the centre of its bounding box and its name")
    void geotagged() {
        List<InboundReport> reports = x.parse(events);
        assertThat(reports.get(0).point()).hasValueSatisfying(p -> {
            assertThat(p.lat()).isEqualTo(-6.18752);
            assertThat(p.lon()).isEqualTo(106.81769);
        });
        InboundReport placed = reports.get(2);
        assertThat(placed.point()).hasValueSatisfying(p -> {
            assertThat(p.lat()).isCloseTo(-6.2342, within(1e-4));
            assertThat(p.lon()).isCloseTo(106.7975, within(1e-4));
        });
        assertThat(placed.address()).contains("Kebayoran Baru, Indonesia");
    }

    @Test
    @DisplayName("an extended tweet gives its full text with HTML entities undone, and its photo")
    void extendedTweet() {
        InboundReport r = x.parse(events).get(2);
        assertThat(r.text()).startsWith("Trotoar di Jl. Sudirman").contains("rusak & berlubang").contains("korban lagi <3");
        assertThat(r.media()).extracting(m -> m.uri()).containsExactly("https://pbs.twimg.com/media/FzAbCdEaUAAxyz1.jpg");
    }
}
