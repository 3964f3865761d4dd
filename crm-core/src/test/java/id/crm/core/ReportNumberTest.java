package id.crm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.core.complaint.ReportNumber;
import id.crm.core.complaint.ReporterToken;
import id.crm.core.store.InMemoryComplaintStore;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Report numbers and reporter tokens")
class ReportNumberTest {

    @Property
    @Label("a number carries its sequence with at least four digits and parses back")
    void roundTrip(@ForAll @LongRange(min = 1, max = 10_000_000) long seq) {
        ReportNumber n = ReportNumber.of("JK", LocalDate.of(2023, 6, 18), seq);
        assertThat(n.value()).startsWith("JK230618").hasSizeGreaterThanOrEqualTo(12);
        assertThat(n.sequence()).isEqualTo(seq);
        assertThat(ReportNumber.isValid(n.value())).isTrue();
    }

    @Test
    @DisplayName("the real number JK2306180342 is valid; malformed ones are refused")
    void format() {
        assertThat(new ReportNumber("JK2306180342").sequence()).isEqualTo(342);
        assertThatThrownBy(() -> new ReportNumber("JK230618034")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportNumber("jk2306180342")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("concurrent callers never get the same sequence for one day")
    void sequencesNeverRepeat() {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 20_000).parallel()
                .forEach(i -> assertThat(seen.add(store.nextSequence("JK", LocalDate.of(2023, 6, 18)))).isTrue());
        assertThat(seen).hasSize(20_000).contains(1L, 20_000L);
        assertThat(store.nextSequence("JK", LocalDate.of(2023, 6, 19))).isEqualTo(1);
    }

    @Test
    @DisplayName("tokens carry 256 random bits, are stored as hashes and are never printed")
    void tokens() {
        ReporterToken a = ReporterToken.random(), b = ReporterToken.random();
        assertThat(Base64.getUrlDecoder().decode(a.value())).hasSize(32);
        assertThat(a).isNotEqualTo(b);
        assertThat(a.hash()).hasSize(64).isEqualTo(ReporterToken.hashOf(a.value())).isNotEqualTo(a.value());
        assertThat(a.toString()).doesNotContain(a.value());
    }
}
