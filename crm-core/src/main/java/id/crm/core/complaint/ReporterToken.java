package id.crm.core.complaint;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The reporter's private credential for one report: 256 bits from a CSPRNG, URL-safe. Only its
 * SHA-256 {@link #hash()} is stored, so a leaked database does not give access to reports.
 * {@link #toString()} does not print the token.
 *
 * @param value the token as given to the reporter
 * @since 0.1
 */
public record ReporterToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public ReporterToken {
        requireNonNull(value, "value");
        if (value.length() < 22) {
            throw new IllegalArgumentException("a reporter token has at least 128 bits");
        }
    }

    public static ReporterToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ReporterToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The hex SHA-256 of the token: what stores keep and look up by. */
    public String hash() {
        return hashOf(value);
    }

    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "ReporterToken[redacted]";
    }
}
