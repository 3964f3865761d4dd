package id.crm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.core.org.OrgDirectory;
import id.crm.core.org.OrgDirectoryLoader;
import id.crm.core.org.OrgUnit;
import id.crm.core.org.UnitKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The org directory")
class OrgDirectoryTest {

    @Test
    @DisplayName("reports every problem at once: duplicate codes, unknown parents, wrong nesting and cycles")
    void everyProblemAtOnce() {
        List<OrgUnit> units = List.of(
                OrgUnit.of("31", "DKI", UnitKind.PROVINCE, null),
                OrgUnit.of("31.75", "Jakarta Timur", UnitKind.KOTA, "31"),
                OrgUnit.of("31.75", "Jakarta Timur (lagi)", UnitKind.KOTA, "31"),
                OrgUnit.of("31.75.07.1007", "Klender", UnitKind.KELURAHAN, "31.75"),
                OrgUnit.of("SUDIN", "Suku Dinas", UnitKind.SUKU_DINAS, "31"),
                OrgUnit.of("X", "Orphan", UnitKind.DINAS, "NOPE"),
                OrgUnit.of("A", "A", UnitKind.BADAN, "B"),
                OrgUnit.of("B", "B", UnitKind.BADAN, "A"));
        assertThatThrownBy(() -> OrgDirectory.of(units)).isInstanceOfSatisfying(ConfigurationException.class, e ->
                assertThat(e.problems()).hasSize(6).anyMatch(p -> p.contains("used twice"))
                        .anyMatch(p -> p.contains("Klender") && p.contains("KECAMATAN"))
                        .anyMatch(p -> p.contains("SUDIN") && p.contains("DINAS"))
                        .anyMatch(p -> p.contains("unknown parent NOPE"))
                        .anyMatch(p -> p.startsWith("A ") && p.contains("own ancestor")));
    }

    @Test
    @DisplayName("loads from JSON and answers ancestors and children")
    void loads() {
        OrgDirectory d = TestCity.jakarta();
        assertThat(d.enclosing(TestCity.KLENDER, UnitKind.KOTA)).map(OrgUnit::name).contains("Kota Administrasi Jakarta Timur");
        assertThat(d.children("DISHUB")).extracting(OrgUnit::code).containsExactly("SUDINHUB-31.75");
        assertThat(d.get("DISHUB").handles("PARKIR_LIAR")).isTrue();
    }

    @Test
    @DisplayName("a JSON file with missing fields and unknown kinds lists every problem with its position")
    void badJson() {
        String json = "{\"units\":[{\"code\":\"1\",\"kind\":\"PROVINCE\"},{\"code\":\"2\",\"name\":\"x\",\"kind\":\"PLANET\"}]}";
        assertThatThrownBy(() -> OrgDirectoryLoader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .containsExactly("units[0].name: is required",
                                "units[1].kind: 'PLANET' is not one of " + List.of(UnitKind.values())));
    }
}
