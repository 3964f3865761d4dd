package id.crm.channel.sms;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InvalidSignatureException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SmsSignaturesTest {

    private final SmsAdapter adapter = new Sms1708Adapter();
    private final byte[] body = "From=%2B6281234567890&Body=LAPOR+got+mampet&MessageSid=SM1".getBytes(StandardCharsets.UTF_8);

    private InboundMessage with(String header, String value) {
        return InboundMessage.of(body, Map.of(header, List.of(value)), Instant.EPOCH);
    }

    @Test
    @DisplayName("an HMAC-SHA256 of the body in X-Crm-Signature is accepted, computed independently")
    void hmacAccepted() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sig = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        assertThatCode(() -> adapter.verify(with("x-crm-signature", sig), "s3cret")).doesNotThrowAnyException();
        assertThatThrownBy(() -> adapter.verify(with("X-Crm-Signature", sig), "other")).isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    @DisplayName("a shared token in X-Gateway-Token is accepted only when it matches")
    void tokenAccepted() {
        assertThatCode(() -> adapter.verify(with("X-Gateway-Token", "s3cret"), "s3cret")).doesNotThrowAnyException();
        assertThatThrownBy(() -> adapter.verify(with("X-Gateway-Token", "s3cre"), "s3cret")).isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> adapter.verify(InboundMessage.of(body, Instant.EPOCH), "s3cret")).isInstanceOf(InvalidSignatureException.class);
    }
}
