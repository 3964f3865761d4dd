package id.crm.core;

import static id.crm.core.TestCity.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.Privacy;
import id.crm.channel.spi.ReporterContact;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.Status;
import id.crm.core.workflow.Command.*;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("One complaint from each kind of channel goes through the whole lifecycle")
class ChannelKindsLifecycleTest {

    static Stream<Arguments> reports() {
        Instant t = Instant.parse("2023-06-19T01:10:00Z");
        return Stream.of(
                Arguments.of("geotagging (JAKI, placed by its point)", jakiAtKlender(t).build(), false),
                Arguments.of("non-geotagging (SMS 1708, placed by staff)", InboundReport.builder().channelId("sms-1708")
                        .externalId("sms-5521").receivedAt(t).text("LAPOR parkir liar depan Stasiun Klender")
                        .reporter(ReporterContact.ofPhone("+6281311112222")).build(), true),
                Arguments.of("face to face (Kantor Kelurahan desk)", InboundReport.builder().channelId("kantor-kelurahan")
                        .externalId("KLD/2023/118").receivedAt(t).text("Parkir liar di Jl. Raya Bekasi")
                        .categoryHint("Parkir Liar").attribute("kelurahan", KLENDER).attribute("officer", "desk.klender")
                        .attribute("paper_reference", "KLD/2023/118").privacy(Privacy.ANONYMOUS).build(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void wholeLifecycle(String kind, InboundReport report, boolean needsPlacing) {
        MutableClock clock = new MutableClock(report.receivedAt());
        Crm crm = engine(clock);
        Submission s = crm.submit(report);
        if (needsPlacing) {
            assertThat(s.kelurahan()).isEmpty();
            crm.handle(new Place(s.id(), INTAKE, KLENDER));
            crm.handle(new Categorise(s.id(), INTAKE, "PARKIR_LIAR"));
        }
        clock.advance(Duration.ofHours(1));
        crm.handle(new Forward(s.id(), KLENDER_LURAH, "DISHUB", "kewenangan Dishub"));
        crm.handle(new Dispose(s.id(), DISHUB_OFFICER, "SUDINHUB-31.75", "tertibkan"));
        crm.handle(new StartWork(s.id(), SUDINHUB_OFFICER));
        clock.advance(Duration.ofDays(1));
        crm.handle(new Resolve(s.id(), SUDINHUB_OFFICER, List.of(PHOTO), "sudah ditertibkan"));
        Complaint closed = crm.handle(new Close(s.id(), VERIFIER, "ok"));
        assertThat(closed.status()).isEqualTo(Status.DITUTUP);
        assertThat(closed.handlers()).containsExactly(KLENDER, "DISHUB", "SUDINHUB-31.75");
        assertThat(crm.publicView(s.number()).orElseThrow().timeline()).last()
                .satisfies(e -> assertThat(e.status()).isEqualTo(Status.DITUTUP.label()));
        assertThat(crm.store().pendingOutbox(100)).extracting(m -> m.channelId()).containsOnly(report.channelId());
    }
}
