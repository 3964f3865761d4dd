package id.crm.core.complaint;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * The internal identity of a complaint. Not shown to citizens, who see the {@link ReportNumber}.
 *
 * @param value a UUID string
 * @since 0.1
 */
public record ComplaintId(String value) {

    public ComplaintId {
        requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("complaint id must not be blank");
        }
    }

    public static ComplaintId random() {
        return new ComplaintId(UUID.randomUUID().toString());
    }

    public static ComplaintId of(String value) {
        return new ComplaintId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
