package id.crm.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.crm.core.complaint.ComplaintEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Scores stay in range and never punish a unit for forwarding reports outside its remit. */
class ScoringProperties {

    static final Instant T0 = Instant.parse("2025-06-02T01:00:00Z");
    static final List<String> KEL = List.of("K1", "K2", "K3");
    static final List<String> DINAS = List.of("D1", "D2");

    /** One report's fate, as numbers: who, how fast, met or breached, reopened, rating. */
    record Fate(int kel, boolean forward, boolean outOfRemit, int dinas, int hours, int days, boolean met,
                boolean breach, boolean reopen, int stars) {
    }

    @Provide
    Arbitrary<Fate> fates() {
        return Combinators.combine(
                Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(true, false),
                        Arbitraries.of(true, false), Arbitraries.integers().between(0, 1),
                        Arbitraries.integers().between(0, 48)).as((k, f, o, d, h) -> new int[] {k, f ? 1 : 0, o ? 1 : 0, d, h}),
                Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.of(true, false),
                        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.integers().between(0, 5))
                        .as((dd, m, b, r, s) -> new Object[] {dd, m, b, r, s}))
                .as((a, b) -> new Fate(a[0], a[1] == 1, a[2] == 1, a[3], a[4], (Integer) b[0], (Boolean) b[1],
                        (Boolean) b[2], (Boolean) b[3], (Integer) b[4]));
    }

    static List<ComplaintEvent> history(Fate f) {
        String k = KEL.get(f.kel());
        History h = new History(T0, k).after(Duration.ofHours(f.hours()));
        String unit = k;
        if (f.forward()) {
            h.forward(k, DINAS.get(f.dinas()), f.outOfRemit()).stopped("coordination", k, f.met());
            unit = DINAS.get(f.dinas());
        } else {
            h.start(k).stopped("coordination", k, f.met());
        }
        h.after(Duration.ofDays(f.days()));
        if (f.breach()) h.breached("completion", unit);
        h.resolve(unit).stopped("completion", unit, f.met());
        if (f.reopen()) h.reopen(unit);
        else if (f.stars() > 0) h.rate(f.stars());
        return h.events();
    }

    @Property(tries = 300)
    void scoresStayWithin0And100(@ForAll @Size(max = 60) List<@net.jqwik.api.From("fates") Fate> fates,
                                 @ForAll boolean fixedPrior) {
        ScoringPolicy p = fixedPrior ? ScoringPolicy.defaults().withFixedPrior(0.7) : ScoringPolicy.defaults();
        List<List<ComplaintEvent>> hs = fates.stream().map(ScoringProperties::history).toList();
        LeagueTable t = LeagueTable.of(Scoring.stats(hs, Period.always(), p).values(), p);
        assertThat(t.prior()).isBetween(0.0, 1.0);
        for (LeagueTable.Row r : t.rows()) {
            assertThat(r.score().score()).isBetween(0.0, 100.0);
            r.score().raw().ifPresent(x -> assertThat(x).isBetween(0.0, 1.0));
            TkdAssessment tkd = TkdAssessment.of(r.score(), p);
            assertThat(tkd.workScorePoints()).isBetween(0.0, 10.0);
        }
    }

    @Property(tries = 300)
    void forwardingOutOfRemitNeverLowersTheForwardersScore(@ForAll @Size(max = 40) List<@net.jqwik.api.From("fates") Fate> fates,
                                                            @ForAll("fates") Fate extra) {
        Fate forwarded = new Fate(extra.kel(), true, true, extra.dinas(), extra.hours(), extra.days(), extra.met(),
                extra.breach(), extra.reopen(), extra.stars());
        String forwarder = KEL.get(forwarded.kel());
        List<List<ComplaintEvent>> base = fates.stream().map(ScoringProperties::history).toList();
        List<List<ComplaintEvent>> more = new ArrayList<>(base);
        more.add(history(forwarded));
        ScoringPolicy p = ScoringPolicy.defaults().withFixedPrior(0.6);
        Map<String, UnitStats> before = Scoring.stats(base, Period.always(), p);
        Map<String, UnitStats> after = Scoring.stats(more, Period.always(), p);
        Optional<UnitStats> b = Optional.ofNullable(before.get(forwarder));
        UnitStats a = after.get(forwarder);
        assertThat(a.forwardedOutOfRemit()).isEqualTo(b.map(UnitStats::forwardedOutOfRemit).orElse(0) + 1);
        assertThat(a.received()).isEqualTo(b.map(UnitStats::received).orElse(0));
        assertThat(a.breaches()).isEqualTo(b.map(UnitStats::breaches).orElse(0));
        double scoreBefore = LeagueTable.of(before.values(), p).score(forwarder).map(UnitScore::score).orElse(60.0);
        double scoreAfter = LeagueTable.of(after.values(), p).score(forwarder).orElseThrow().score();
        assertThat(scoreAfter).isGreaterThanOrEqualTo(scoreBefore);
        // with the overall-mean prior the forwarder's own record is untouched too
        ScoringPolicy mean = ScoringPolicy.defaults();
        assertThat(UnitScore.rawOf(a, mean)).isEqualTo(b.map(x -> UnitScore.rawOf(x, mean)).orElse(OptionalDouble.empty()));
    }
}
