package id.crm.core.sla;

import static id.crm.core.sla.SlaFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.crm.core.Crm;
import id.crm.core.TestCity.MutableClock;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintEvent.SlaBreached;
import id.crm.core.complaint.ComplaintEvent.SlaWarned;
import id.crm.core.complaint.ComplaintId;
import id.crm.core.complaint.Deadline;
import id.crm.core.workflow.Command;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Rules of SLA arithmetic that must hold for every start time, weight, pause and sweep schedule. */
class SlaProperties {

    static final SlaPolicy TIERS = SlaFixture.tiers();
    static final SlaPolicy JAKARTA = SlaFixture.jakarta();
    static final WorkingCalendar CAL = TIERS.calendar();

    @Provide
    Arbitrary<Instant> instants() {
        long from = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2026-12-01T00:00:00Z").getEpochSecond();
        return Arbitraries.longs().between(from, to).map(Instant::ofEpochSecond);
    }

    @Property
    void aHeavierWeightNeverGivesAnEarlierDeadline(@ForAll("instants") Instant start, @ForAll @IntRange(min = 1, max = 8) int a,
                                                   @ForAll @IntRange(min = 1, max = 8) int b) {
        TargetRule completion = TIERS.target("completion").orElseThrow();
        int light = Math.min(a, b);
        int heavy = Math.max(a, b);
        Instant lightDue = TIERS.dueAt(start, completion.forWeight(light));
        Instant heavyDue = TIERS.dueAt(start, completion.forWeight(heavy));
        assertThat(heavyDue).isAfterOrEqualTo(lightDue);
        assertThat(TIERS.warnAt(start, completion.forWeight(heavy))).isAfterOrEqualTo(TIERS.warnAt(start, completion.forWeight(light)));
    }

    @Property
    void aWorkingTimeDeadlineNeverFallsOnAWeekendOrHoliday(@ForAll("instants") Instant start,
                                                          @ForAll @IntRange(min = 1, max = 60 * 510) int workingMinutes) {
        Instant due = CAL.plus(start, Duration.ofMinutes(workingMinutes), true);
        assertThat(CAL.isWorkingDay(due.atZone(CAL.zone()).toLocalDate())).isTrue();
        assertThat(CAL.isWorkingTime(due)).isTrue();
        assertThat(CAL.between(start, due, true)).isEqualTo(Duration.ofMinutes(workingMinutes));
    }

    @Property
    void aPauseNeverBringsADeadlineForward(@ForAll("instants") Instant due, @ForAll("instants") Instant pausedAt,
                                           @ForAll @IntRange(min = 0, max = 30 * 24 * 60) int pauseMinutes,
                                           @ForAll boolean working) {
        Instant resumed = pausedAt.plus(Duration.ofMinutes(pauseMinutes));
        Instant workingDue = working ? CAL.plus(due, Duration.ZERO, true) : due;
        Instant shifted = CAL.plus(workingDue, CAL.between(pausedAt, resumed, working), working);
        assertThat(shifted).isAfterOrEqualTo(workingDue);
    }

    @Property(tries = 60)
    void warningAndBreachFireOncePerClock(@ForAll @Size(min = 1, max = 25) List<@IntRange(min = 0, max = 12 * 24 * 60) Integer> sweepMinutes,
                                         @ForAll @IntRange(min = 0, max = 3) int category,
                                         @ForAll @IntRange(min = -1, max = 8 * 24 * 60) int forwardAfterMinutes,
                                         @ForAll boolean tiers) {
        MutableClock clock = new MutableClock(Instant.parse("2025-08-14T02:00:00Z"));
        Engine e = engine(clock, tiers ? TIERS : JAKARTA);
        Crm crm = e.crm();
        String hint = List.of("Sampah", "Parkir Liar", "Saluran Air", "Penanganan Banjir").get(category);
        ComplaintId id = crm.submit(report(clock.instant(), KLENDER, hint)).id();
        Instant start = clock.instant();
        List<Integer> times = sweepMinutes.stream().sorted().toList();
        boolean forwarded = false;
        for (int m : times) {
            if (!forwarded && forwardAfterMinutes >= 0 && m >= forwardAfterMinutes) {
                clock.set(start.plus(Duration.ofMinutes(forwardAfterMinutes)));
                crm.handle(new Command.Forward(id, staff(KLENDER), DSDA, "bukan kewenangan"));
                forwarded = true;
            }
            clock.set(start.plus(Duration.ofMinutes(m)));
            e.sweeper().sweep(clock.instant());
            e.sweeper().sweep(clock.instant());
        }
        List<ComplaintEvent> history = crm.history(id);
        Map<String, Integer> warned = new HashMap<>();
        Map<String, Integer> breached = new HashMap<>();
        events(history, SlaWarned.class).forEach(w -> warned.merge(w.target() + "@" + w.holder(), 1, Integer::sum));
        events(history, SlaBreached.class).forEach(b -> breached.merge(b.target() + "@" + b.holder(), 1, Integer::sum));
        assertThat(warned.values()).allMatch(n -> n == 1);
        assertThat(breached.values()).allMatch(n -> n == 1);
        assertThat(e.notifier().seen).hasSize(warned.size() + breached.size());
        Instant last = clock.instant();
        for (Deadline d : crm.find(id).orElseThrow().deadlines()) {
            assertThat(d.warned()).isEqualTo(!d.warnAt().isAfter(last));
            assertThat(d.breached()).isEqualTo(!d.dueAt().isAfter(last));
        }
        assertThat(crm.store().dueTimers(last, 10)).isEmpty();
    }
}
