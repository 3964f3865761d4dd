package id.crm.core.sla;

import static java.util.Objects.requireNonNull;

import id.crm.core.org.OrgDirectory;
import id.crm.core.org.OrgUnit;
import id.crm.core.org.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who hears of a breach, after Jakarta's hierarchy: a kelurahan's breach goes to its kecamatan and
 * its city (the wali kota); a kecamatan's to its city; a suku dinas's to its dinas; a management
 * unit's to the unit above it; a provincial agency's (dinas, badan, biro, Satpol PP, Inspektorat,
 * BUMD) and a city's to the regional secretary, when one is configured. External parties escalate
 * to nobody: they are outside the government's authority.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EscalationChain {

    private final OrgDirectory directory;
    private final Optional<String> top;

    public EscalationChain(OrgDirectory directory, Optional<String> topUnit) {
        this.directory = requireNonNull(directory, "directory");
        this.top = requireNonNull(topUnit, "topUnit");
    }

    /** The units to tell of a breach by this holder, nearest first. */
    public List<String> of(String holder) {
        Optional<OrgUnit> unit = directory.find(requireNonNull(holder, "holder"));
        if (unit.isEmpty()) {
            return top.map(List::of).orElse(List.of());
        }
        OrgUnit u = unit.get();
        List<String> out = new ArrayList<>();
        switch (u.kind()) {
            case KELURAHAN, KECAMATAN -> {
                for (OrgUnit a : directory.ancestors(u.code())) {
                    out.add(a.code());
                    if (a.kind() == UnitKind.KOTA || a.kind() == UnitKind.PROVINCE) {
                        break;
                    }
                }
            }
            case SUKU_DINAS, UP -> {
                if (u.parentCode() != null) {
                    out.add(u.parentCode());
                } else {
                    top.ifPresent(out::add);
                }
            }
            case EXTERNAL, PROVINCE -> {
                // nobody above
            }
            default -> top.ifPresent(out::add);
        }
        out.remove(holder);
        return List.copyOf(out);
    }
}
