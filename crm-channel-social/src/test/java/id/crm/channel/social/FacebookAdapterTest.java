package id.crm.channel.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.channel.spi.ChannelRegistry;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.InvalidSignatureException;
import id.crm.testkit.channel.SampleResources;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FacebookAdapterTest {

    private final FacebookAdapter fb = new FacebookAdapter();
    private final InboundMessage feed = SampleResources.load(getClass(), "fb-feed.json", "application/json");

    @Test
    @DisplayName("a delivery with a wrong X-Hub-Signature-256 is refused with a typed error; the right one passes")
    void signature() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("app-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String good = "sha256=" + HexFormat.of().formatHex(mac.doFinal(feed.body()));
        InboundMessage signed = InboundMessage.of(feed.body(), Map.of("x-hub-signature-256", List.of(good)), feed.receivedAt());
        assertThatCode(() -> fb.verify(signed, "app-secret")).doesNotThrowAnyException();
        InboundMessage forged = InboundMessage.of(feed.body(), Map.of("X-Hub-Signature-256", List.of("sha256=" + "0".repeat(64))), feed.receivedAt());
        assertThatThrownBy(() -> fb.verify(forged, "app-secret")).isInstanceOf(InvalidSignatureException.class)
                .extracting(e -> ((InvalidSignatureException) e).code()).isEqualTo(InvalidSignatureException.CODE);
    }

    @Test
    @DisplayName("the subscription check echoes the challenge only when the verify token matches")
    void hubChallenge() {
        Map<String, String> q = Map.of("hub.mode", "subscribe", "hub.verify_token", "tok", "hub.challenge", "1158201444");
        assertThat(fb.respond(q, "tok")).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("1158201444");
        });
        assertThatThrownBy(() -> fb.respond(q, "other")).isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    @DisplayName("new posts and comments by citizens become reports; edits, reactions and the page's own posts do not")
    void feedChanges() {
        List<InboundReport> reports = fb.parse(feed);
        assertThat(reports).extracting(r -> r.attributes().get("fb_item")).containsExactly("status", "comment");
        InboundReport comment = reports.get(1);
        assertThat(comment.externalId()).isEqualTo("6659900000000000_789012345678901");
        assertThat(comment.text()).contains("belum diangkut 4 hari");
        assertThat(comment.reporter().nameValue()).contains("Sri Wahyuni");
        assertThat(comment.reporter().handleValue()).contains("6543210987654321");
    }

    @Test
    @DisplayName("a message to the page becomes a report keyed by its mid, with its photo; echoes and deliveries do not")
    void messages() {
        List<InboundReport> reports = fb.parse(SampleResources.load(getClass(), "fb-messaging.json", "application/json"));
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.externalId()).startsWith("m_AG5Hz2");
            assertThat(r.reporter().handleValue()).contains("6789012345678901");
            assertThat(r.media()).hasSize(1);
            assertThat(r.receivedAt().toEpochMilli()).isEqualTo(1687055399876L);
        });
    }

    @Test
    @DisplayName("both social adapters are found by ServiceLoader")
    void discovered() {
        assertThat(new ChannelRegistry().discover().registered()).contains("x", "facebook");
    }
}
