package id.crm.channel.spi;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who filed a report and how to reach them. This is personal data under Indonesia's UU 27/2022
 * (PDP): it never appears in public views, and {@link #toString()} never prints it, so it cannot
 * leak into logs by accident.
 *
 * <p>Every part is optional: a tweet has only a handle, an SMS only a phone number. Immutable and
 * thread-safe.
 *
 * @param name the reporter's name as given
 * @param phone phone number in E.164 form ({@code +62...})
 * @param nik the 16-digit national identity number (<i>Nomor Induk Kependudukan</i>)
 * @param email email address
 * @param handle the account on the channel (an X handle, a Facebook id, an app user id)
 * @since 0.1
 */
public record ReporterContact(
        @Nullable @Size(max = 200) String name,
        @Nullable @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number such as +6281234567890") String phone,
        @Nullable @Pattern(regexp = "[0-9]{16}", message = "must be 16 digits") String nik,
        @Nullable @Email @Size(max = 254) String email,
        @Nullable @Size(max = 200) String handle) {

    private static final ReporterContact NONE = new ReporterContact(null, null, null, null, null);

    /** A reporter who left no contact at all. */
    public static ReporterContact none() {
        return NONE;
    }

    public static ReporterContact ofPhone(String phone) {
        return new ReporterContact(null, phone, null, null, null);
    }

    public static ReporterContact ofHandle(String handle) {
        return new ReporterContact(null, null, null, null, handle);
    }

    public static ReporterContact ofEmail(@Nullable String name, String email) {
        return new ReporterContact(name, null, null, email, null);
    }

    public Optional<String> nameValue() { return Optional.ofNullable(name); }

    public Optional<String> phoneValue() { return Optional.ofNullable(phone); }

    public Optional<String> nikValue() { return Optional.ofNullable(nik); }

    public Optional<String> emailValue() { return Optional.ofNullable(email); }

    public Optional<String> handleValue() { return Optional.ofNullable(handle); }

    /** Whether any contact detail is present. */
    public boolean isEmpty() {
        return name == null && phone == null && nik == null && email == null && handle == null;
    }

    /**
     * A stable key for "the same reporter" across channels (phone, else email, else handle), used
     * for duplicate detection; empty when the reporter left no usable contact.
     */
    public Optional<String> reporterKey() {
        if (phone != null) {
            return Optional.of("tel:" + phone);
        }
        if (email != null) {
            return Optional.of("mailto:" + email.toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.ofNullable(handle).map(h -> "handle:" + h.toLowerCase(java.util.Locale.ROOT));
    }

    /** Never prints the personal data itself, only which fields are present. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ReporterContact[redacted:");
        if (name != null) sb.append(" name");
        if (phone != null) sb.append(" phone");
        if (nik != null) sb.append(" nik");
        if (email != null) sb.append(" email");
        if (handle != null) sb.append(" handle");
        return sb.append(']').toString();
    }
}
