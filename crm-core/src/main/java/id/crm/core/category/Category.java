package id.crm.core.category;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A complaint category (Jalan, Parkir Liar, Pohon, ...) with the unit that handles it by default
 * and its difficulty weight (<i>bobot</i>), which adjusts the completion target.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code stable code, e.g. {@code PARKIR_LIAR}
 * @param name display name, e.g. {@code Parkir Liar}
 * @param defaultUnitCode the unit that handles it by default; absent when the kelurahan where the
 *     report happened handles it first ({@code kelurahanFirst})
 * @param kelurahanFirst whether the kelurahan handles it before any agency (garbage, small drains)
 * @param weight difficulty weight, 1 (easy) and up; the SLA policy maps it to a completion target
 * @since 0.1
 */
public record Category(String code, String name, @Nullable String defaultUnitCode, boolean kelurahanFirst, int weight) {

    public Category {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        if (code.isBlank()) {
            throw new IllegalArgumentException("category code must not be blank");
        }
        if (weight < 1) {
            throw new IllegalArgumentException("category " + code + ": weight must be at least 1, was " + weight);
        }
        if (defaultUnitCode == null && !kelurahanFirst) {
            throw new IllegalArgumentException("category " + code + " needs a default unit or kelurahanFirst");
        }
    }

    public Optional<String> defaultUnit() {
        return Optional.ofNullable(defaultUnitCode);
    }
}
