package id.crm.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.core.ConfigurationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SLA policy configuration")
class SlaPolicyLoaderTest {

    static SlaPolicy read(String json) {
        return SlaPolicy.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    @DisplayName("the shipped policy has Jakarta's targets")
    void shipped() {
        SlaPolicy p = SlaFixture.jakarta();
        assertThat(p.targets()).extracting(TargetRule::id).containsExactly("coordination", "response", "completion", "red-flag");
        assertThat(p.target("coordination").orElseThrow().within()).hasToString("6h");
        assertThat(p.target("completion").orElseThrow().accountable()).isTrue();
        assertThat(p.target("red-flag").orElseThrow().redFlag()).isTrue();
        assertThat(p.warnShare()).isEqualTo(0.8);
        assertThat(p.topUnit()).contains("SEKDA");
    }

    @Test
    @DisplayName("the tiered policy maps difficulty weights to 2, 5, 14 and 60 working days")
    void tiers() {
        SlaPolicy p = SlaFixture.tiers();
        TargetRule completion = p.target("completion").orElseThrow();
        assertThat(completion.forWeight(1)).hasToString("2wd");
        assertThat(completion.forWeight(2)).hasToString("5wd");
        assertThat(completion.forWeight(3)).hasToString("14wd");
        assertThat(completion.forWeight(4)).hasToString("60wd");
        assertThat(completion.forWeight(9)).hasToString("60wd");
        assertThat(p.allowance(completion, Optional.empty())).hasToString("5wd");
    }

    @Test
    @DisplayName("an invalid policy lists every problem at once")
    void everyProblem() {
        String json = """
                {"warnShare": 1.5,
                 "calendar": {"zone": "Mars/Olympus", "weekend": ["FUNDAY"], "workingHours": {"from": "17:00", "to": "08:00"},
                              "holidays": ["2025-13-01"], "holidayFiles": ["classpath:nope.csv"]},
                 "targets": [
                   {"id": "a", "until": "SOMEDAY", "within": "soon"},
                   {"id": "b", "until": "RESOLUTION", "within": "2wd", "unitKinds": ["CASTLE"],
                    "byWeight": [{"upToWeight": 2, "within": "5wd"}, {"upToWeight": 1, "within": "2wd"}]},
                   {"id": "b", "until": "RESOLUTION", "within": "0h"}
                 ],
                 "categories": {"POHON": {"nothing": "1d"}}}
                """;
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(ConfigurationException.class, e -> {
            assertThat(e.code()).isEqualTo("CRM-CONFIG");
            assertThat(e.problems()).anyMatch(s -> s.startsWith("warnShare"))
                    .anyMatch(s -> s.startsWith("calendar.zone"))
                    .anyMatch(s -> s.startsWith("calendar.weekend[0]"))
                    .anyMatch(s -> s.startsWith("calendar.workingHours"))
                    .anyMatch(s -> s.startsWith("calendar.holidays[0]"))
                    .anyMatch(s -> s.startsWith("calendar.holidayFiles[0]"))
                    .anyMatch(s -> s.startsWith("targets[0].until"))
                    .anyMatch(s -> s.startsWith("targets[0].within"))
                    .anyMatch(s -> s.startsWith("targets[1].unitKinds[0]"))
                    .anyMatch(s -> s.startsWith("targets[1].byWeight[1].upToWeight"))
                    .anyMatch(s -> s.contains("allows less time"))
                    .anyMatch(s -> s.startsWith("targets[2].within must be longer than zero"))
                    .anyMatch(s -> s.startsWith("categories.POHON.nothing"));
        });
    }

    @Test
    @DisplayName("a policy naming a unit or category the deployment lacks is refused with both named")
    void check() {
        var d = SlaFixture.directory();
        var p = read("""
                {"calendar": {"zone": "Asia/Jakarta", "workingHours": {"from": "08:00", "to": "16:00"}},
                 "targets": [{"id": "completion", "until": "RESOLUTION", "within": "7d"}],
                 "categories": {"UNKNOWN_CAT": {"completion": "1d"}},
                 "escalation": {"topUnit": "NOPE"}}
                """);
        assertThatThrownBy(() -> p.check(d, SlaFixture.categories(d))).isInstanceOfSatisfying(
                ConfigurationException.class, e -> assertThat(e.problems()).hasSize(2));
    }
}
