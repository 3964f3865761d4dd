package id.crm.channel.spi;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns phone numbers as citizens and SMS gateways write them into E.164 ({@code +62...}), the
 * form {@link ReporterContact#phone()} requires. Indonesian habits are understood: a national
 * trunk prefix ({@code 0812...}), the country code without plus ({@code 62812...}), a stray trunk
 * zero after the country code ({@code +62 0812...}), the {@code 00} international prefix, and
 * spaces, dots, dashes and parentheses as separators. Numbers of other countries pass through when
 * they already carry a {@code +} or {@code 00} prefix.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/\\u00a0]");

    private PhoneNumbers() {
    }

    /** The number in E.164 form, or empty when it cannot be read as a phone number. */
    public static Optional<String> toE164(String raw) {
        requireNonNull(raw, "raw");
        String s = SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (s.startsWith("00")) {
            s = "+" + s.substring(2);
        }
        String e164;
        if (s.startsWith("+")) {
            e164 = s.startsWith("+620") ? "+62" + s.substring(4) : s;
        } else if (s.startsWith("62")) {
            e164 = "+62" + s.substring(2);
        } else if (s.startsWith("0")) {
            e164 = "+62" + s.substring(1);
        } else if (s.startsWith("8") && s.length() >= 9 && s.length() <= 13) {
            e164 = "+62" + s;
        } else {
            return Optional.empty();
        }
        return isE164(e164) ? Optional.of(e164) : Optional.empty();
    }

    /** Whether {@code number} is already in E.164 form. */
    public static boolean isE164(String number) {
        return E164.matcher(requireNonNull(number, "number")).matches();
    }
}
