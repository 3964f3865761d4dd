package id.crm.core.org;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.crm.core.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@link OrgDirectory} from JSON:
 *
 * <pre>{@code
 * {"units": [
 *   {"code": "31", "name": "DKI Jakarta", "kind": "PROVINCE"},
 *   {"code": "DISHUB", "name": "Dinas Perhubungan", "kind": "DINAS", "parent": "31",
 *    "categories": ["PARKIR_LIAR"]}
 * ]}
 * }</pre>
 *
 * Unknown fields are ignored; every problem in the file is reported at once.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class OrgDirectoryLoader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private OrgDirectoryLoader() {
    }

    record UnitJson(@Nullable String code, @Nullable String name, @Nullable String kind,
                    @JsonProperty("parent") @Nullable String parent, @Nullable List<String> categories) {
    }

    record FileJson(@Nullable List<UnitJson> units) {
    }

    /**
     * @throws ConfigurationException when the JSON is unreadable or the directory invalid
     */
    public static OrgDirectory load(InputStream json) {
        FileJson file;
        try {
            file = JSON.readValue(json, FileJson.class);
        } catch (IOException e) {
            throw new ConfigurationException("the org directory JSON cannot be read: " + e.getMessage(), e);
        }
        if (file == null || file.units() == null) {
            throw new ConfigurationException("the org directory JSON has no \"units\" array");
        }
        List<String> problems = new ArrayList<>();
        List<OrgUnit> units = new ArrayList<>();
        for (int i = 0; i < file.units().size(); i++) {
            UnitJson u = file.units().get(i);
            String at = "units[" + i + "]";
            if (u.code() == null || u.code().isBlank()) problems.add(at + ".code: is required");
            if (u.name() == null || u.name().isBlank()) problems.add(at + ".name: is required");
            UnitKind kind = null;
            if (u.kind() == null) {
                problems.add(at + ".kind: is required");
            } else {
                try {
                    kind = UnitKind.valueOf(u.kind().trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(at + ".kind: '" + u.kind() + "' is not one of " + List.of(UnitKind.values()));
                }
            }
            if (u.code() != null && !u.code().isBlank() && u.name() != null && kind != null) {
                units.add(new OrgUnit(u.code(), u.name(), kind, u.parent(),
                        u.categories() == null ? Set.of() : Set.copyOf(u.categories())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException("the org directory JSON is invalid (" + problems.size() + " problems)", problems);
        }
        return OrgDirectory.of(units);
    }
}
