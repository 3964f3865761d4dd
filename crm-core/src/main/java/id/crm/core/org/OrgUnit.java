package id.crm.core.org;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One unit of the government: a territorial unit (province, city, district, urban village) or a
 * functional one (agency, its city branches, enforcement, external parties).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the unit's official code, unique in a directory (Kemendagri codes for territorial
 *     units, e.g. {@code 31.75.07.1007})
 * @param name the unit's name as people write it
 * @param kind the unit's kind
 * @param parentCode the enclosing unit (a suku dinas's dinas, a kelurahan's kecamatan)
 * @param categories codes of the categories this unit handles
 * @since 0.1
 */
public record OrgUnit(String code, String name, UnitKind kind, @Nullable String parentCode, Set<String> categories) {

    public OrgUnit {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        categories = Set.copyOf(requireNonNull(categories, "categories"));
    }

    public static OrgUnit of(String code, String name, UnitKind kind, @Nullable String parentCode) {
        return new OrgUnit(code, name, kind, parentCode, Set.of());
    }

    public Optional<String> parent() {
        return Optional.ofNullable(parentCode);
    }

    public boolean handles(String categoryCode) {
        return categories.contains(categoryCode);
    }
}
