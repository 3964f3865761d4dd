package id.crm.core.scoring;

import static id.crm.core.sla.SlaFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.crm.core.Crm;
import id.crm.core.TestCity.MutableClock;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintId;
import id.crm.core.complaint.Status;
import id.crm.core.sla.SlaFixture;
import id.crm.core.workflow.Command.*;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Scores, league table, TKD and the kelurahan dashboard")
class ScoringTest {

    static final Instant T0 = Instant.parse("2025-06-02T01:00:00Z");
    final ScoringPolicy policy = ScoringPolicy.defaults();

    @Test
    @DisplayName("statistics: means and medians side by side with the per-report rule")
    void stats() {
        List<List<ComplaintEvent>> hs = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            hs.add(new History(T0, KLENDER).after(Duration.ofHours(i)).start(KLENDER).stopped("coordination", KLENDER, i <= 6)
                    .after(Duration.ofDays(i * 2)).resolve(KLENDER).stopped("completion", KLENDER, i * 2 <= 7).events());
        }
        UnitStats s = Scoring.stats(hs, Period.always(), policy).get(KLENDER);
        assertThat(s.received()).isEqualTo(4);
        assertThat(s.coordinated()).isEqualTo(4);
        assertThat(s.meanCoordination()).contains(Duration.ofMinutes(150));
        assertThat(s.medianCoordination()).contains(Duration.ofMinutes(150));
        assertThat(s.completed()).isEqualTo(4);
        assertThat(s.completionOnTimeShare().getAsDouble()).isEqualTo(0.75);
        // mean completion 2.5 h + 5 d > 7 d? no: (2+4+6+8)/4 = 5 days plus 2.5 h
        assertThat(s.meanCompletion()).contains(Duration.ofDays(5).plusMinutes(150));
        assertThat(s.averageRuleMet(policy)).contains(true);
    }

    @Test
    @DisplayName("story 9: a report forwarded out of remit is never scored against the forwarder")
    void outOfRemit() {
        var h = new History(T0, KLENDER).after(Duration.ofDays(3)).forward(KLENDER, BIROPEM, true)
                .stopped("coordination", KLENDER, false).breached("completion", KLENDER).events();
        Map<String, UnitStats> s = Scoring.stats(List.of(h), Period.always(), policy);
        assertThat(s.get(KLENDER).received()).isZero();
        assertThat(s.get(KLENDER).forwardedOutOfRemit()).isEqualTo(1);
        assertThat(s.get(KLENDER).breaches()).isZero();
        assertThat(s.get(KLENDER).coordinationClocks()).isZero();
        assertThat(s.get(BIROPEM).received()).isEqualTo(1);
    }

    @Test
    @DisplayName("a unit with three perfect reports is marked and not ranked above a large good unit")
    void minimumSample() {
        List<List<ComplaintEvent>> hs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            hs.add(new History(T0, PONDOK_BAMBU).after(Duration.ofHours(1)).start(PONDOK_BAMBU)
                    .stopped("coordination", PONDOK_BAMBU, true).resolve(PONDOK_BAMBU)
                    .stopped("completion", PONDOK_BAMBU, true).rate(5).events());
        }
        for (int i = 0; i < 40; i++) {
            boolean ok = i % 10 != 0;
            hs.add(new History(T0, KLENDER).after(Duration.ofHours(1)).start(KLENDER).stopped("coordination", KLENDER, true)
                    .after(Duration.ofDays(2)).resolve(KLENDER).stopped("completion", KLENDER, ok).rate(4).events());
        }
        LeagueTable t = LeagueTable.of(Scoring.stats(hs, Period.always(), policy).values(), policy);
        assertThat(t.rows().get(0).score().unit()).isEqualTo(KLENDER);
        assertThat(t.rows().get(0).rank()).hasValue(1);
        UnitScore small = t.score(PONDOK_BAMBU).orElseThrow();
        assertThat(small.insufficientSample()).isTrue();
        assertThat(small.sample()).isEqualTo(3);
        assertThat(small.raw().getAsDouble()).isEqualTo(1.0);
        assertThat(small.score()).isLessThan(100);
        assertThat(t.rows().get(1).rank()).isEmpty();
    }

    @Test
    @DisplayName("story 11 and 5: the slow suku dinas shows its breach, reopen, sample and TKD cut in the month's table")
    void story11() {
        MutableClock clock = new MutableClock(T0);
        Engine e = SlaFixture.engine(clock, SlaFixture.jakarta());
        Crm crm = e.crm();
        for (int i = 0; i < 12; i++) {
            clock.set(T0.plus(Duration.ofMinutes(10 * i)));
            ComplaintId id = crm.submit(report(clock.instant(), KLENDER, "Saluran Air")).id();
            crm.handle(new Forward(id, staff(KLENDER), DSDA, "saluran"));
            crm.handle(new Dispose(id, staff(DSDA), SUDINSDA, "tangani"));
            crm.handle(new StartWork(id, staff(SUDINSDA)));
            clock.advance(Duration.ofDays(i < 4 ? 8 : 2));
            e.sweeper().sweep(clock.instant());
            crm.handle(new Resolve(id, staff(SUDINSDA), List.of(PHOTO), "selesai"));
            crm.handle(new Close(id, VERIFIER, "ok"));
            if (i == 0) {
                crm.handle(new Reopen(id, VERIFIER, "masih tergenang"));
            }
        }
        Period june = Period.month(2025, 6, WIB);
        LeagueTable t = Scoring.leagueTable(crm.store(), june, policy, 1000);
        UnitScore sudin = t.score(SUDINSDA).orElseThrow();
        assertThat(sudin.sample()).isEqualTo(12);
        assertThat(sudin.stats().completionOnTimeShare().getAsDouble()).isEqualTo(8.0 / 12);
        assertThat(sudin.stats().breaches()).isEqualTo(8); // red flag and completion on 4 reports
        assertThat(sudin.stats().reopened()).isEqualTo(1);
        assertThat(sudin.stats().meanCompletion()).contains(Duration.ofHours(24 * (4 * 8 + 8 * 2)).dividedBy(12));
        assertThat(t.score(DSDA).orElseThrow().stats().completed()).isEqualTo(12);
        assertThat(t.score(KLENDER).orElseThrow().stats().forwardedOutOfRemit()).isEqualTo(12);
        TkdAssessment tkd = TkdAssessment.of(sudin, policy);
        assertThat(tkd.ruleMet()).isTrue(); // mean completion 4 days: the average rule holds
        TkdAssessment strict = TkdAssessment.of(sudin, new ScoringPolicy("coordination", "completion",
                Duration.ofHours(6), Duration.ofDays(7), 10, 10, java.util.OptionalDouble.empty(), 0.5, 0.2, 0.15, 0.15,
                0.10, 0.10, ScoringPolicy.CutRule.PER_REPORT, 0.8));
        assertThat(strict.ruleMet()).isFalse();
        assertThat(strict.cut()).isEqualTo(0.10);
        assertThat(tkd.workScorePoints()).isEqualTo(sudin.score() * 0.10);

        KelurahanDashboard dash = KelurahanDashboard.build(crm.store(), KLENDER, clock.instant(), WIB, 1000);
        assertThat(dash.total()).isEqualTo(12);
        assertThat(dash.byStatus()).containsEntry(Status.DITUTUP, 11L).containsEntry(Status.DIBUKA_KEMBALI, 1L);
        assertThat(dash.byCategory()).containsEntry("SALURAN_AIR", 12L);
        assertThat(dash.weekly()).isNotEmpty();
        assertThat(dash.weekly().stream().mapToInt(KelurahanDashboard.Week::received).sum()).isEqualTo(12);
    }
}
