package id.crm.channel.email.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.stream.Field;
import org.jspecify.annotations.Nullable;

/**
 * Small readings of header values that mime4j leaves to the caller.
 *
 * <p>Stateless and thread-safe.
 */
final class Headers {

    /** A msg-id without its angle brackets (RFC 5322 §3.6.4), short enough to be an external id. */
    private static final Pattern MSG_ID = Pattern.compile("[\\x21-\\x3b\\x3d\\x3f-\\x7e]{1,190}");

    private Headers() {
    }

    /** The first msg-id in a Message-ID, In-Reply-To or References value, without angle brackets. */
    static Optional<String> messageId(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        int open = v.indexOf('<');
        int close = open < 0 ? -1 : v.indexOf('>', open);
        String id = open >= 0 && close > open ? v.substring(open + 1, close).strip() : v;
        return MSG_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    /** The unparsed body of the first header field with this name, if any. */
    static @Nullable String field(Message message, String name) {
        Field f = message.getHeader() == null ? null : message.getHeader().getField(name);
        return f == null ? null : f.getBody();
    }

    /**
     * Repairs a header value that held raw UTF-8 (RFC 6532) but was read byte by byte as Latin-1:
     * when every character fits in one byte and those bytes are valid UTF-8, they are decoded again
     * as UTF-8. Pure ASCII and properly encoded words (RFC 2047) pass unchanged.
     */
    static String fixRawUtf8(String value) {
        boolean high = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0xFF) {
                return value;
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return value;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return value;
        }
    }

    /** Where the body starts in a raw message: after the first empty line, or at the end. */
    static int bodyOffset(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && raw[i + 1] == '\n') {
                return i + 2;
            }
            if (raw[i] == '\n' && raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n') {
                return i + 3;
            }
        }
        return raw.length;
    }
}
