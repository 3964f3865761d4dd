package id.crm.channel.sms;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InvalidSignatureException;
import id.crm.channel.spi.Signatures;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How an SMS gateway proves a delivery is its own. Most gateways can either sign the body or only
 * add a fixed header, so both are accepted:
 * <ul>
 *   <li>{@value #SIGNATURE_HEADER}{@code : sha256=<hex HMAC-SHA256 of the raw body, keyed with the secret>}
 *       (preferred: it also protects the body);
 *   <li>{@value #TOKEN_HEADER}{@code : <the secret itself>}, for gateways (Gammu scripts, simple
 *       HTTP forwarders) that can only add a static header; use it only over HTTPS.
 * </ul>
 * Both are compared in constant time. When the signature header is present, it alone decides.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SmsSignatures {

    /** The HMAC header. */
    public static final String SIGNATURE_HEADER = "X-Crm-Signature";
    /** The shared-token header. */
    public static final String TOKEN_HEADER = "X-Gateway-Token";

    private SmsSignatures() {
    }

    /** The value of {@value #SIGNATURE_HEADER} for {@code body}: {@code sha256=} and lower-case hex. */
    public static String sign(byte[] body, String secret) {
        return "sha256=" + HexFormat.of().formatHex(Signatures.hmacSha256(Signatures.requireSecret(secret), body));
    }

    /** @throws InvalidSignatureException when neither header proves the delivery */
    public static void verify(InboundMessage message, String secret) {
        requireNonNull(message, "message");
        Signatures.requireSecret(secret);
        Optional<String> signature = message.header(SIGNATURE_HEADER);
        if (signature.isPresent()) {
            if (!Signatures.constantTimeEquals(sign(message.body(), secret), signature.get().strip().toLowerCase(java.util.Locale.ROOT))) {
                throw new InvalidSignatureException(SIGNATURE_HEADER + " does not match the body");
            }
            return;
        }
        Optional<String> token = message.header(TOKEN_HEADER);
        if (token.isEmpty()) {
            throw new InvalidSignatureException("no " + SIGNATURE_HEADER + " or " + TOKEN_HEADER + " header");
        }
        if (!Signatures.constantTimeEquals(secret, token.get().strip())) {
            throw new InvalidSignatureException(TOKEN_HEADER + " does not match");
        }
    }
}
