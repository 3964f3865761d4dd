package id.crm.channel.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChannelHelpersTest {

    @Test
    @DisplayName("text is normalised to NFC, trimmed, with line breaks kept and control characters removed")
    void text() {
        assertThat(TextNormalizer.normalize(" \uFEFFCafe\u0301\u0007 di\tsini\r\nbaris 2\u0000 ")).isEqualTo("Caf\u00e9 di sini\nbaris 2");
        assertThat(TextNormalizer.optional(" \u0000 ")).isEmpty();
        assertThatThrownBy(() -> TextNormalizer.reportText("x".repeat(10_001))).isInstanceOf(MalformedPayloadException.class);
    }

    @Property(tries = 500)
    @net.jqwik.api.Label("normalising twice changes nothing")
    void normalisingTwiceChangesNothing(@ForAll String s) {
        String once = TextNormalizer.normalize(s);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }

    @Test
    @DisplayName("Indonesian phone numbers in their usual spellings become E.164")
    void phones() {
        for (String raw : new String[] {"081234567890", "6281234567890", "+62 812-3456-7890", "+62 (0)812.3456.7890", "0062812 3456 7890", "81234567890"}) {
            assertThat(PhoneNumbers.toE164(raw)).as(raw).contains("+6281234567890");
        }
        assertThat(PhoneNumbers.toE164("+44 20 7946 0958")).contains("+442079460958");
        assertThat(PhoneNumbers.toE164("1708")).isEmpty();
        assertThat(PhoneNumbers.toE164("TELKOMSEL")).isEmpty();
    }

    @Test
    @DisplayName("0/0 is no location, far-away points are flagged, impossible ones are flagged invalid")
    void locations() {
        assertThat(LocationPolicy.resolve(0, 0)).isEqualTo(new LocationPolicy.Resolution(java.util.Optional.empty(), java.util.Optional.empty()));
        assertThat(LocationPolicy.resolve(-6.2, 106.8).point()).isPresent();
        assertThat(LocationPolicy.resolve(51.5, -0.1).flag()).contains(LocationPolicy.OUTSIDE_INDONESIA);
        assertThat(LocationPolicy.resolve(106.8, -6.2).flag()).contains(LocationPolicy.INVALID);
        assertThat(LocationPolicy.resolve(Double.NaN, 106.8).flag()).contains(LocationPolicy.INVALID);
    }

    @Test
    @DisplayName("bodies that are empty, too large or not UTF-8 are malformed")
    void payloads() {
        assertThatThrownBy(() -> Payloads.utf8(InboundMessage.of(new byte[0], Instant.EPOCH))).isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> Payloads.utf8(InboundMessage.of(new byte[11], Instant.EPOCH), 10)).isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> Payloads.utf8(InboundMessage.of("café".getBytes(StandardCharsets.ISO_8859_1), Instant.EPOCH)))
                .isInstanceOf(MalformedPayloadException.class);
        assertThat(Payloads.utf8(InboundMessage.of("\uFEFFcafé".getBytes(StandardCharsets.UTF_8), Instant.EPOCH))).isEqualTo("café");
    }
}
