package id.crm.core.org;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import id.crm.core.ConfigurationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units of one government and how they nest. Built with {@link #of(Collection)}, which checks
 * the whole directory and reports every problem at once: unique codes, known parents, no cycles, a
 * suku dinas under a dinas, a kelurahan under a kecamatan, a kecamatan under a city.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OrgDirectory {

    private final ImmutableMap<String, OrgUnit> units;
    private final ImmutableListMultimap<String, OrgUnit> children;

    private OrgDirectory(Map<String, OrgUnit> units) {
        this.units = ImmutableMap.copyOf(units);
        ImmutableListMultimap.Builder<String, OrgUnit> b = ImmutableListMultimap.builder();
        units.values().forEach(u -> u.parent().ifPresent(p -> b.put(p, u)));
        this.children = b.build();
    }

    /**
     * Checks and builds a directory.
     *
     * @throws ConfigurationException listing every problem found
     */
    public static OrgDirectory of(Collection<OrgUnit> units) {
        requireNonNull(units, "units");
        List<String> problems = new ArrayList<>();
        Map<String, OrgUnit> byCode = new LinkedHashMap<>();
        for (OrgUnit u : units) {
            if (u.code().isBlank()) {
                problems.add("a unit named '" + u.name() + "' has a blank code");
            } else if (byCode.putIfAbsent(u.code(), u) != null) {
                problems.add("code " + u.code() + " is used twice ('" + byCode.get(u.code()).name() + "' and '" + u.name() + "')");
            }
        }
        for (OrgUnit u : byCode.values()) {
            u.parent().ifPresent(p -> {
                OrgUnit parent = byCode.get(p);
                if (parent == null) {
                    problems.add(u.code() + " (" + u.name() + ") has unknown parent " + p);
                } else {
                    checkNesting(u, parent, problems);
                }
            });
            if (hasCycle(u, byCode)) {
                problems.add(u.code() + " (" + u.name() + ") is its own ancestor");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException("the org directory is invalid (" + problems.size() + " problems)", problems);
        }
        return new OrgDirectory(byCode);
    }

    private static void checkNesting(OrgUnit u, OrgUnit parent, List<String> problems) {
        UnitKind required = switch (u.kind()) {
            case SUKU_DINAS -> UnitKind.DINAS;
            case KELURAHAN -> UnitKind.KECAMATAN;
            case KECAMATAN -> UnitKind.KOTA;
            case KOTA -> UnitKind.PROVINCE;
            default -> null;
        };
        if (required != null && parent.kind() != required) {
            problems.add(u.code() + " (" + u.name() + ", " + u.kind() + ") must sit under a " + required
                    + " but its parent " + parent.code() + " is a " + parent.kind());
        }
    }

    private static boolean hasCycle(OrgUnit start, Map<String, OrgUnit> byCode) {
        Set<String> seen = new HashSet<>();
        OrgUnit u = start;
        while (u != null && u.parentCode() != null) {
            if (!seen.add(u.code())) {
                return true;
            }
            u = byCode.get(u.parentCode());
            if (u != null && u.code().equals(start.code())) {
                return true;
            }
        }
        return false;
    }

    public Optional<OrgUnit> find(String code) {
        return Optional.ofNullable(units.get(code));
    }

    /** @throws ConfigurationException when no unit has this code */
    public OrgUnit get(String code) {
        OrgUnit u = units.get(code);
        if (u == null) {
            throw new ConfigurationException("no unit with code '" + code + "' in the org directory");
        }
        return u;
    }

    public boolean contains(String code) {
        return units.containsKey(code);
    }

    public Collection<OrgUnit> all() {
        return units.values();
    }

    public List<OrgUnit> ofKind(UnitKind kind) {
        return units.values().stream().filter(u -> u.kind() == kind).toList();
    }

    public List<OrgUnit> children(String code) {
        return children.get(code);
    }

    /** The unit's ancestors, nearest first. */
    public List<OrgUnit> ancestors(String code) {
        List<OrgUnit> out = new ArrayList<>();
        OrgUnit u = units.get(code);
        while (u != null && u.parentCode() != null) {
            u = units.get(u.parentCode());
            if (u != null) {
                out.add(u);
            }
        }
        return out;
    }

    /** The nearest ancestor (or the unit itself) of the given kind. */
    public Optional<OrgUnit> enclosing(String code, UnitKind kind) {
        OrgUnit self = units.get(code);
        if (self != null && self.kind() == kind) {
            return Optional.of(self);
        }
        return ancestors(code).stream().filter(u -> u.kind() == kind).findFirst();
    }

    public int size() {
        return units.size();
    }
}
