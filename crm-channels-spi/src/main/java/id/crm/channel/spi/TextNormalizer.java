package id.crm.channel.spi;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Normalises report text the same way in every channel, so that duplicate detection and search see
 * one spelling: Unicode NFC, line breaks unified to {@code \n}, tabs turned into spaces, other
 * control characters (C0, C1, DEL), byte-order marks and lone surrogates removed, and the result
 * trimmed. Line feeds are kept because citizens use them to separate place and problem.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class TextNormalizer {

    /** The longest report text the engine accepts (see {@link InboundReport#text()}). */
    public static final int MAX_REPORT_TEXT = 10_000;

    private TextNormalizer() {
    }

    /** The normalised form of {@code raw}; may be empty. */
    public static String normalize(String raw) {
        requireNonNull(raw, "raw");
        StringBuilder sb = new StringBuilder(raw.length());
        int n = raw.length();
        for (int i = 0; i < n; ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < n && raw.charAt(i) == '\n') {
                    i++;
                }
                sb.append('\n');
            } else if (cp == '\n') {
                sb.append('\n');
            } else if (cp == '\t') {
                sb.append(' ');
            } else if (!isDropped(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC).strip();
    }

    /** Whether {@code text} is already in normalised form. */
    public static boolean isNormalized(String text) {
        return normalize(text).equals(text);
    }

    /** The normalised text, or empty when {@code raw} is null or normalises to nothing. */
    public static Optional<String> optional(@Nullable String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = normalize(raw);
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /**
     * Normalises a report's text for an adapter.
     *
     * @throws MalformedPayloadException when the text is missing, blank, or longer than
     *     {@value #MAX_REPORT_TEXT} characters after normalisation (the engine would refuse it; the
     *     quarantine keeps the whole delivery instead of a silently cut text)
     */
    public static String reportText(@Nullable String raw) {
        String s = optional(raw).orElseThrow(() -> new MalformedPayloadException("report text is missing or blank"));
        if (s.length() > MAX_REPORT_TEXT) {
            throw new MalformedPayloadException("report text has " + s.length() + " characters, more than " + MAX_REPORT_TEXT);
        }
        return s;
    }

    private static boolean isDropped(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.SURROGATE || cp == 0xFEFF;
    }
}
