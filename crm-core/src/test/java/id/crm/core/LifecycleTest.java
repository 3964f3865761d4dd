package id.crm.core;

import static id.crm.core.TestCity.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.Privacy;
import id.crm.channel.spi.ReporterContact;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintId;
import id.crm.core.complaint.Status;
import id.crm.core.view.PublicView;
import id.crm.core.workflow.Command.*;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A complaint's whole life, as in Jakarta's scenarios")
class LifecycleTest {

    // Monday 19 June 2023, 08:10 WIB
    final MutableClock clock = new MutableClock(Instant.parse("2023-06-19T01:10:00Z"));
    final Crm crm = engine(clock);

    @Test
    @DisplayName("a geotagged JAKI report is forwarded, disposed, done with evidence, verified, reopened and rated")
    void geotaggedLifecycle() {
        Submission s = crm.submit(jakiAtKlender(clock.instant()).build());
        assertThat(s.number().value()).matches("JK2306190001");
        assertThat(s.token()).isPresent();
        assertThat(s.status()).isEqualTo(Status.MENUNGGU);
        assertThat(s.kelurahan()).contains(KLENDER);
        ComplaintId id = s.id();
        assertThat(crm.find(id).orElseThrow().holder()).contains(KLENDER);
        assertThat(crm.find(id).orElseThrow().category()).contains("PARKIR_LIAR");

        clock.advance(Duration.ofMinutes(80));
        Complaint c = crm.handle(new Forward(id, KLENDER_LURAH, "DISHUB", "parkir liar di jalan utama"));
        assertThat(c.status()).isEqualTo(Status.KOORDINASI);
        assertThat(c.holder()).contains("DISHUB");
        assertThat(c.forwardedOutOfRemit()).containsExactly(KLENDER);

        c = crm.handle(new Dispose(id, DISHUB_OFFICER, "SUDINHUB-31.75", "tolong ditertibkan"));
        assertThat(c.status()).isEqualTo(Status.DISPOSISI);
        assertThat(c.holder()).contains("SUDINHUB-31.75");
        assertThat(c.accountable()).contains("DISHUB");

        c = crm.handle(new StartWork(id, SUDINHUB_OFFICER));
        assertThat(c.status()).isEqualTo(Status.PROSES);

        long before = c.version();
        assertThatThrownBy(() -> crm.handle(new Resolve(id, SUDINHUB_OFFICER, List.of(), "sudah ditertibkan")))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("evidence photo");
        assertThat(crm.find(id).orElseThrow().version()).isEqualTo(before);

        c = crm.handle(new Resolve(id, SUDINHUB_OFFICER, List.of(PHOTO), "bahu jalan sudah bersih"));
        assertThat(c.status()).isEqualTo(Status.SELESAI);
        c = crm.handle(new Close(id, VERIFIER, "terverifikasi"));
        assertThat(c.status()).isEqualTo(Status.DITUTUP);

        PublicView view = crm.publicView(s.number()).orElseThrow();
        assertThat(view.evidence()).containsExactly(PHOTO);
        assertThat(view.timeline()).extracting(e -> e.status())
                .containsSubsequence("Menunggu", "Koordinasi", "Disposisi", "Proses", "Selesai");
        assertThat(view.toString()).doesNotContain("Siti", "6281234567890", "siti@");

        clock.advance(Duration.ofDays(2));
        c = crm.asReporter(s.token().get()).reopen("mobilnya parkir lagi");
        assertThat(c.status()).isEqualTo(Status.DIBUKA_KEMBALI);
        assertThat(c.holder()).contains("SUDINHUB-31.75");
        assertThat(c.reopenCount()).isEqualTo(1);

        crm.handle(new StartWork(id, SUDINHUB_OFFICER));
        crm.handle(new Resolve(id, SUDINHUB_OFFICER, List.of(PHOTO), "ditertibkan ulang"));
        crm.handle(new Close(id, VERIFIER, "ok"));
        c = crm.asReporter(s.token().get()).rate(4, "cepat");
        assertThat(c.rating()).contains(4);
        assertThat(Complaint.replay(crm.history(id)).version()).isEqualTo(c.version());
        assertThat(Complaint.replay(crm.history(id)).status()).isEqualTo(c.status());
    }

    @Test
    @DisplayName("the reopen window closes: after it a reporter can no longer reopen")
    void reopenWindow() {
        Submission s = crm.submit(jakiAtKlender(clock.instant()).build());
        crm.handle(new StartWork(s.id(), KLENDER_LURAH));
        crm.handle(new Resolve(s.id(), KLENDER_LURAH, List.of(PHOTO), "selesai"));
        clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> crm.asReporter(s.token().get()).reopen("belum beres"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("reopen window");
    }

    @Test
    @DisplayName("a non-geotagged report without a place waits for staff, who place it; it is not guessed")
    void nonGeotagged() {
        InboundReport tweet = InboundReport.builder().channelId("x").externalId("1669000000000000001")
                .receivedAt(clock.instant()).text("tolong dong jalan depan rumah rusak parah")
                .reporter(ReporterContact.ofHandle("@warga_jkt")).build();
        Submission s = crm.submit(tweet);
        assertThat(s.kelurahan()).isEmpty();
        Complaint c = crm.find(s.id()).orElseThrow();
        assertThat(c.holder()).isEmpty();
        assertThatThrownBy(() -> crm.handle(new StartWork(s.id(), KLENDER_LURAH)))
                .isInstanceOf(NotPermittedException.class);
        c = crm.handle(new Place(s.id(), INTAKE, TEBET_TIMUR));
        assertThat(c.holder()).contains(TEBET_TIMUR);
        c = crm.handle(new StartWork(s.id(), TEBET_LURAH));
        c = crm.handle(new Resolve(s.id(), TEBET_LURAH, List.of(PHOTO), "sudah ditambal"));
        c = crm.handle(new Close(s.id(), VERIFIER, "ok"));
        assertThat(c.status()).isEqualTo(Status.DITUTUP);
    }

    @Test
    @DisplayName("a confidential report at the Inspektorat desk has no public view, and reading its reporter leaves a trace")
    void faceToFaceConfidential() {
        InboundReport desk = InboundReport.builder().channelId("kantor-inspektorat").externalId("INSP/2023/0042")
                .receivedAt(clock.instant()).text("Oknum meminta pungutan liar untuk surat keterangan")
                .attribute("paper_reference", "INSP/2023/0042").attribute("officer", "insp.desk.1")
                .attribute("kelurahan", KLENDER)
                .reporter(new ReporterContact("Budi", "+6281100000001", "3175011234560001", null, null))
                .privacy(Privacy.CONFIDENTIAL).build();
        Submission s = crm.submit(desk);
        assertThat(crm.publicView(s.number())).isEmpty();
        assertThat(crm.reporterView(s.token().get())).isPresent();
        ReporterContact who = crm.revealReporter(KLENDER_LURAH, s.id(), "klarifikasi laporan");
        assertThat(who.nik()).isEqualTo("3175011234560001");
        assertThat(crm.history(s.id())).filteredOn(e -> e instanceof ComplaintEvent.IdentityViewed)
                .singleElement().satisfies(e -> assertThat(e.by()).isEqualTo(KLENDER_LURAH));
        assertThatThrownBy(() -> crm.revealReporter(DISHUB_OFFICER, s.id(), "ingin tahu"))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    @DisplayName("a report out of provincial authority reaches the toll operator through Biro Pemerintahan")
    void externalParty() {
        Submission s = crm.submit(jakiAtKlender(clock.instant()).text("palang pintu tol rusak").categoryHint(null).build());
        assertThatThrownBy(() -> crm.handle(new Forward(s.id(), KLENDER_LURAH, "JASAMARGA", "tol")))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("bureau");
        crm.handle(new Forward(s.id(), KLENDER_LURAH, "BIROPEM", "di luar kewenangan provinsi"));
        Complaint c = crm.handle(new Forward(s.id(), VERIFIER, "JASAMARGA", "mohon ditindaklanjuti"));
        assertThat(c.holder()).contains("JASAMARGA");
        assertThat(c.forwardedOutOfRemit()).containsExactly(KLENDER, "BIROPEM");
        assertThat(crm.publicView(s.number()).orElseThrow().handlingUnit()).contains("Jasa Marga");
    }

    @Test
    @DisplayName("merging a duplicate links it to the master, and both reporters hear of the master's progress")
    void duplicates() {
        Submission first = crm.submit(jakiAtKlender(clock.instant()).build());
        Submission second = crm.submit(jakiAtKlender(clock.instant()).text("parkir liar lagi di tempat yang sama").build());
        crm.handle(new MarkDuplicate(second.id(), KLENDER_LURAH, first.id()));
        assertThat(crm.find(second.id()).orElseThrow().status()).isEqualTo(Status.DUPLIKAT);
        assertThat(crm.find(first.id()).orElseThrow().duplicates()).containsExactly(second.id());
        assertThat(crm.publicView(second.number()).orElseThrow().master()).contains(first.number().value());
        int before = crm.store().pendingOutbox(100).size();
        crm.handle(new StartWork(first.id(), KLENDER_LURAH));
        assertThat(crm.store().pendingOutbox(100).subList(before, crm.store().pendingOutbox(100).size()))
                .extracting(m -> m.recipient()).containsExactlyInAnyOrder(first.id(), second.id());
    }
}
