package id.crm.testkit.channel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for the kit's random-payload property: random bytes, a soup of JSON and form
 * tokens, and (most often) a real sample with one mutation: a byte replaced, a range deleted or
 * duplicated, a byte inserted, or a cut. Mutated samples reach deep into a parser; pure noise
 * mostly tests the first check.
 *
 * <p>Stateless and thread-safe.
 */
final class RandomPayloads {

    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ":", ",", "\"", "\\", "\"a\"", "\"id\"",
            "1", "-", "1e309", "0.0", "null", "true", "&", "=", "%", "%C3", "+", "é", "\u0000", " ", "\n", "\\u0000",
            "\\ud800", "\"text\":", "\"id_str\":", "From=", "Body=");

    private RandomPayloads() {
    }

    static Arbitrary<byte[]> payloads(List<byte[]> samples) {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(512);
        Arbitrary<byte[]> soup = Arbitraries.of(TOKENS).list().ofMaxSize(60)
                .map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8));
        if (samples.isEmpty()) {
            return Arbitraries.oneOf(noise, soup);
        }
        Arbitrary<byte[]> mutated = Combinators.combine(
                Arbitraries.of(samples),
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(1, 64),
                Arbitraries.bytes()).as(RandomPayloads::mutate);
        return Arbitraries.frequencyOf(Tuple.of(1, noise), Tuple.of(1, soup), Tuple.of(6, mutated));
    }

    private static byte[] mutate(byte[] body, int kind, int position, int length, byte value) {
        if (body.length == 0) {
            return new byte[] {value};
        }
        int at = position % body.length;
        int len = Math.min(length, body.length - at);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + length);
        switch (kind) {
            case 0 -> {
                byte[] b = body.clone();
                b[at] = value;
                return b;
            }
            case 1 -> {
                out.write(body, 0, at);
                out.write(body, at + len, body.length - at - len);
            }
            case 2 -> {
                out.write(body, 0, at);
                out.write(value);
                out.write(body, at, body.length - at);
            }
            case 3 -> {
                out.write(body, 0, at + len);
                out.write(body, at, body.length - at);
            }
            default -> {
                return Arrays.copyOf(body, at);
            }
        }
        return out.toByteArray();
    }
}
