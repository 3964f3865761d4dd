package id.crm.channel.spi;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Shared first steps of parsing a delivery: refuse bodies over a size limit and decode the body as
 * strict UTF-8. Webhook and feed formats are UTF-8 by specification (RFC 8259 for JSON, WHATWG URL
 * for form bodies), so Latin-1, UTF-16 or broken UTF-8 bytes are refused rather than guessed at:
 * a guess would store mojibake that no one can correct later, while the quarantine keeps the bytes.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Payloads {

    /** A limit well above any single report, below the 5 MB the compatibility kit sends. */
    public static final int DEFAULT_MAX_BYTES = 1 << 20;

    private Payloads() {
    }

    /**
     * The body as a string.
     *
     * @throws MalformedPayloadException when the body is empty, larger than {@code maxBytes} or
     *     not valid UTF-8
     */
    public static String utf8(InboundMessage message, int maxBytes) {
        requireNonNull(message, "message");
        if (message.bodyLength() == 0) {
            throw new MalformedPayloadException("empty body");
        }
        if (message.bodyLength() > maxBytes) {
            throw new MalformedPayloadException("body of " + message.bodyLength() + " bytes exceeds the limit of " + maxBytes);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(message.body()))
                    .toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new MalformedPayloadException("body is not valid UTF-8", e);
        }
    }

    /** {@link #utf8(InboundMessage, int)} with {@link #DEFAULT_MAX_BYTES}. */
    public static String utf8(InboundMessage message) {
        return utf8(message, DEFAULT_MAX_BYTES);
    }
}
