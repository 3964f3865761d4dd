package id.crm.channel.spi;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC and comparison helpers for {@link SignatureVerifier}s. Comparisons are constant-time
 * ({@link MessageDigest#isEqual}), so a caller cannot learn a valid signature byte by byte from
 * response times.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Signatures {

    private Signatures() {
    }

    /** HMAC-SHA256 of {@code data} keyed with the UTF-8 bytes of {@code secret}. */
    public static byte[] hmacSha256(String secret, byte[] data) {
        requireNonNull(secret, "secret");
        requireNonNull(data, "data");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** Constant-time equality of two strings' UTF-8 bytes. */
    public static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    /** Requires a usable secret; a blank secret would make every signature "valid". */
    public static String requireSecret(String secret) {
        requireNonNull(secret, "secret");
        if (secret.isBlank()) {
            throw new IllegalArgumentException("the channel secret must not be blank");
        }
        return secret;
    }
}
