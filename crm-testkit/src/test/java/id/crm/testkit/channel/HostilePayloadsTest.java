package id.crm.testkit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HostilePayloadsTest {

    private static String inject(String json) {
        return new String(HostilePayloads.withUnknownField(json.getBytes(StandardCharsets.UTF_8), Optional.of("application/json"))
                .orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("an unknown field is injected into every non-empty object, never inside strings")
    void injection() {
        String out = inject("[{\"a\":\"{\\\"b\\\":1}\",\"c\":{\"d\":1},\"e\":{}}]");
        assertThat(out).startsWith("[{\"" + HostilePayloads.UNKNOWN_FIELD + "\"")
                .contains("\"a\":\"{\\\"b\\\":1}\"")
                .contains("\"c\":{\"" + HostilePayloads.UNKNOWN_FIELD)
                .contains("\"e\":{}");
    }

    @Test
    @DisplayName("prefixes are proper and non-empty, and a long body is sampled")
    void prefixes() {
        assertThat(HostilePayloads.prefixLengths("{\"a\":1}\n".getBytes(StandardCharsets.UTF_8), 300)).containsExactly(1, 2, 3, 4, 5, 6);
        byte[] big = new byte[10_000];
        java.util.Arrays.fill(big, (byte) 'x');
        assertThat(HostilePayloads.prefixLengths(big, 300)).hasSizeLessThanOrEqualTo(300).isSorted().doesNotHaveDuplicates()
                .allMatch(n -> n > 0 && n < 10_000);
    }

    @Test
    @DisplayName("every wrongly encoded variant is invalid UTF-8 or contains NUL bytes")
    void encodings() {
        byte[] body = "{\"text\":\"Café — 30°C\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(HostilePayloads.wronglyEncoded(body)).containsKeys("UTF-16 with byte-order mark", "ISO-8859-1", "broken UTF-8");
    }
}
