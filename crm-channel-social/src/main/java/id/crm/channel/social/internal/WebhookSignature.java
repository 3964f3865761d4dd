package id.crm.channel.social.internal;

import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InvalidSignatureException;
import id.crm.channel.spi.Signatures;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Checks a {@code sha256=...} HMAC header over the raw body, in constant time: base64 for X
 * ({@code x-twitter-webhooks-signature}), lower-case hex for Facebook ({@code X-Hub-Signature-256}).
 *
 * <p>Stateless and thread-safe.
 */
public final class WebhookSignature {

    /** How the HMAC is written after {@code sha256=}. */
    public enum Encoding { BASE64, HEX }

    private WebhookSignature() {
    }

    /** {@code sha256=} and the encoded HMAC-SHA256 of {@code data} keyed with {@code secret}. */
    public static String sign(byte[] data, String secret, Encoding encoding) {
        byte[] mac = Signatures.hmacSha256(Signatures.requireSecret(secret), data);
        return "sha256=" + (encoding == Encoding.BASE64 ? Base64.getEncoder().encodeToString(mac) : HexFormat.of().formatHex(mac));
    }

    public static void verify(InboundMessage message, String secret, String header, Encoding encoding) {
        String expected = sign(message.body(), secret, encoding);
        String actual = message.header(header).map(String::strip)
                .orElseThrow(() -> new InvalidSignatureException("no " + header + " header"));
        if (encoding == Encoding.HEX) {
            actual = actual.toLowerCase(Locale.ROOT);
        }
        if (!Signatures.constantTimeEquals(expected, actual)) {
            throw new InvalidSignatureException(header + " does not match the body");
        }
    }
}
