package id.crm.testkit.channel;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Builds the hostile bodies the kit feeds to adapters: prefixes, garbage, re-encodings, deep
 * nesting, oversized bodies and bodies with an unknown field. Byte-level only, so that the kit
 * needs no JSON library.
 *
 * <p>Stateless and thread-safe.
 */
final class HostilePayloads {

    /** The name of the field the kit injects; no real channel uses it. */
    static final String UNKNOWN_FIELD = "crm_kit_unknown_field";

    private HostilePayloads() {
    }

    /** The lengths of proper, non-empty prefixes to try: every one of a short body, else a spread of at most {@code max}. */
    static List<Integer> prefixLengths(byte[] body, int max) {
        int end = trimmedEnd(body);
        List<Integer> lengths = new ArrayList<>();
        if (end - 1 <= max) {
            for (int n = 1; n < end; n++) {
                lengths.add(n);
            }
            return lengths;
        }
        int head = max / 2;
        for (int n = 1; n <= head; n++) {
            lengths.add(n);
        }
        int rest = max - head;
        for (int k = 1; k <= rest; k++) {
            int n = head + (int) ((long) (end - 1 - head) * k / rest);
            if (n > lengths.get(lengths.size() - 1)) {
                lengths.add(n);
            }
        }
        return lengths;
    }

    private static int trimmedEnd(byte[] body) {
        int end = body.length;
        while (end > 0 && (body[end - 1] == ' ' || body[end - 1] == '\n' || body[end - 1] == '\r' || body[end - 1] == '\t')) {
            end--;
        }
        return end;
    }

    /** Bodies in no channel's format; a channel may answer "nothing to report" to some of them. */
    static Map<String, byte[]> garbage() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String s : List.of("null", "true", "42", "-0.5e999", "\"just a string\"", "{}", "[]", "[1,2,3]",
                "[null]", "{\"a\":", "}{", "<?xml version=\"1.0\"?><a/>", "a=b&c", "=&=&%%%", "%ZZ", "&&&",
                "\u0000\u0000\u0000", " ", "\n", "{\"\\ud800\":\"\\udfff\"}")) {
            m.put("garbage " + printable(s), s.getBytes(StandardCharsets.UTF_8));
        }
        byte[] random = new byte[4096];
        new Random(20170128).nextBytes(random);
        m.put("4 KB of random bytes", random);
        return m;
    }

    /** {@code n} times the opening bracket, and the same closed again. */
    static Map<String, byte[]> deeplyNested(int n) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put(n + " opening brackets", "[".repeat(n).getBytes(StandardCharsets.US_ASCII));
        m.put(n + " nested arrays", ("[".repeat(n) + "]".repeat(n)).getBytes(StandardCharsets.US_ASCII));
        m.put(n / 5 + " nested objects", "{\"a\":".repeat(n / 5).getBytes(StandardCharsets.US_ASCII));
        return m;
    }

    /** The body followed by spaces up to {@code size} bytes (still well-formed for most formats). */
    static byte[] oversized(byte[] body, int size) {
        byte[] big = Arrays.copyOf(body, Math.max(size, body.length + 1));
        Arrays.fill(big, body.length, big.length, (byte) ' ');
        return big;
    }

    /** UTF-16, Latin-1 and broken UTF-8 versions of a UTF-8 body; versions that stay valid UTF-8 are left out. */
    static Map<String, byte[]> wronglyEncoded(byte[] utf8Body) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        String text = new String(utf8Body, StandardCharsets.UTF_8);
        m.put("UTF-16 with byte-order mark", text.getBytes(StandardCharsets.UTF_16));
        m.put("UTF-16LE", text.getBytes(StandardCharsets.UTF_16LE));
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        if (!isValidUtf8(latin1)) {
            m.put("ISO-8859-1", latin1);
        }
        m.put("broken UTF-8", brokenUtf8(utf8Body));
        m.values().removeIf(HostilePayloads::isValidUtf8NoNul);
        return m;
    }

    private static byte[] brokenUtf8(byte[] body) {
        byte[] b = body.clone();
        for (int i = 0; i + 1 < b.length; i++) {
            if ((b[i] & 0xE0) == 0xC0 || (b[i] & 0xF0) == 0xE0 || (b[i] & 0xF8) == 0xF0) {
                b[i + 1] = '(';
                return b;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(body, 0, body.length / 2);
        out.write(0xFF);
        out.write(0xC0);
        out.write(0xAF);
        out.write(body, body.length / 2, body.length - body.length / 2);
        return out.toByteArray();
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isValidUtf8NoNul(byte[] bytes) {
        for (byte x : bytes) {
            if (x == 0) {
                return false;
            }
        }
        return isValidUtf8(bytes);
    }

    /**
     * The body with an unknown field added: for JSON, into every non-empty object (outside
     * strings); for form bodies, as one more parameter. Empty for other media types.
     */
    static Optional<byte[]> withUnknownField(byte[] body, Optional<String> mediaType) {
        String type = mediaType.orElse("");
        String text = new String(body, StandardCharsets.UTF_8);
        if (type.equals("application/x-www-form-urlencoded")) {
            return Optional.of((text.strip() + "&" + UNKNOWN_FIELD + "=1").getBytes(StandardCharsets.UTF_8));
        }
        if (!(type.endsWith("json") || type.isEmpty() && text.strip().matches("(?s)[\\[{].*"))) {
            return Optional.empty();
        }
        String field = "\"" + UNKNOWN_FIELD + "\":{\"nested\":[1,\"two\",null,{\"x\":true}]},";
        StringBuilder sb = new StringBuilder(text.length() + 256);
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c);
            if (inString) {
                if (c == '\\') {
                    sb.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' && nextNonSpace(text, i + 1) == '"') {
                sb.append(field);
            }
        }
        return Optional.of(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static char nextNonSpace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(24).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
