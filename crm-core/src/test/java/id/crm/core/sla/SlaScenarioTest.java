package id.crm.core.sla;

import static id.crm.core.sla.SlaFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.crm.core.Crm;
import id.crm.core.access.Actor;
import id.crm.core.TestCity.MutableClock;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintEvent.DeadlineSet;
import id.crm.core.complaint.ComplaintEvent.DeadlineStopped;
import id.crm.core.complaint.ComplaintEvent.SlaBreached;
import id.crm.core.complaint.ComplaintEvent.SlaWarned;
import id.crm.core.complaint.ComplaintId;
import id.crm.core.complaint.Deadline;
import id.crm.core.workflow.Command.*;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SLA clocks in the engine, as in Jakarta's scenarios")
class SlaScenarioTest {

    static Instant wib(String local) {
        return LocalDateTime.parse(local).atZone(WIB).toInstant();
    }

    final MutableClock clock = new MutableClock(wib("2025-06-02T08:10"));
    final Engine e = engine(clock, jakarta());
    final Crm crm = e.crm();

    ComplaintId submit(String kelurahan, String category) {
        return crm.submit(report(clock.instant(), kelurahan, category)).id();
    }

    Deadline deadline(ComplaintId id, String target, String holder) {
        return crm.find(id).orElseThrow().deadlines().stream()
                .filter(d -> d.target().equals(target) && d.holder().equals(holder)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("story 1: a placed report starts the kelurahan's 6 h coordination and 24 h response clocks")
    void story1() {
        ComplaintId id = submit(KLENDER, "Parkir Liar");
        assertThat(deadline(id, "coordination", KLENDER).dueAt()).isEqualTo(clock.instant().plus(Duration.ofHours(6)));
        assertThat(deadline(id, "coordination", KLENDER).warnAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(288)));
        assertThat(deadline(id, "response", KLENDER).dueAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(deadline(id, "completion", KLENDER).dueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        assertThat(crm.history(id)).filteredOn(ev -> ev instanceof DeadlineSet)
                .allSatisfy(ev -> assertThat(ev.by()).isEqualTo(Actor.SYSTEM));
    }

    @Test
    @DisplayName("stories 2 and 3: forwarding stops the kelurahan's clocks as met; disposition keeps the dinas accountable")
    void stories2and3() {
        ComplaintId id = submit(KLENDER, "Parkir Liar");
        clock.advance(Duration.ofMinutes(80));
        crm.handle(new Forward(id, staff(KLENDER), DISHUB, "di luar kewenangan kelurahan"));
        List<DeadlineStopped> stopped = events(crm.history(id), DeadlineStopped.class);
        assertThat(stopped).extracting(DeadlineStopped::holder).containsOnly(KLENDER);
        assertThat(stopped).extracting(DeadlineStopped::target)
                .containsExactlyInAnyOrder("coordination", "response", "completion", "red-flag");
        assertThat(stopped).allMatch(DeadlineStopped::met);
        assertThat(crm.find(id).orElseThrow().deadlines()).extracting(Deadline::holder).containsOnly(DISHUB);

        clock.advance(Duration.ofHours(2));
        Complaint c = crm.handle(new Dispose(id, staff(DISHUB), SUDINHUB, "tolong ditertibkan"));
        assertThat(c.deadlines()).extracting(d -> d.target() + "@" + d.holder()).containsExactlyInAnyOrder(
                "completion@" + DISHUB, "completion@" + SUDINHUB, "red-flag@" + SUDINHUB);

        clock.advance(Duration.ofDays(1));
        crm.handle(new StartWork(id, staff(SUDINHUB)));
        c = crm.handle(new Resolve(id, staff(SUDINHUB), List.of(PHOTO), "sudah ditertibkan"));
        assertThat(c.deadlines()).isEmpty();
        assertThat(events(crm.history(id), DeadlineStopped.class)).filteredOn(s -> s.target().equals("completion"))
                .extracting(DeadlineStopped::holder).containsExactlyInAnyOrder(KLENDER, DISHUB, SUDINHUB);
        assertThat(events(crm.history(id), DeadlineStopped.class)).allMatch(DeadlineStopped::met);
    }

    @Test
    @DisplayName("a late forward stops the kelurahan's coordination clock as not met")
    void lateForward() {
        ComplaintId id = submit(KLENDER, "Parkir Liar");
        clock.advance(Duration.ofHours(7));
        crm.handle(new Forward(id, staff(KLENDER), DISHUB, "terlambat"));
        assertThat(events(crm.history(id), DeadlineStopped.class)).filteredOn(s -> s.target().equals("coordination"))
                .singleElement().satisfies(s -> assertThat(s.met()).isFalse());
    }

    @Test
    @DisplayName("waiting on the reporter pauses every clock and shifts it by the paused time")
    void pause() {
        ComplaintId id = submit(KLENDER, "Sampah");
        Instant due = deadline(id, "completion", KLENDER).dueAt();
        clock.advance(Duration.ofHours(1));
        Complaint c = crm.handle(new RequestInfo(id, staff(KLENDER), "Di RT berapa?"));
        assertThat(c.nextTimer()).isEmpty();
        clock.advance(Duration.ofDays(2));
        assertThat(e.sweeper().sweep(clock.instant()).warnings()).isZero();
        Complaint before = crm.find(id).orElseThrow();
        c = crm.record(id, x -> List.of(new ComplaintEvent.InfoProvided(clock.instant(),
                Actor.REPORTER, "RT 05")));
        assertThat(deadline(id, "completion", KLENDER).dueAt()).isEqualTo(due.plus(Duration.ofDays(2)));
        assertThat(deadline(id, "coordination", KLENDER).dueAt()).isEqualTo(before.receivedAt().plus(Duration.ofHours(54)));
        assertThat(c.nextTimer()).isPresent();
    }

    @Test
    @DisplayName("story 11: a drain report stuck in Proses at a suku dinas for 6 days is flagged red and reaches the dinas")
    void story11() {
        ComplaintId id = submit(KLENDER, "Saluran Air");
        clock.advance(Duration.ofHours(1));
        crm.handle(new Forward(id, staff(KLENDER), DSDA, "saluran primer"));
        crm.handle(new Dispose(id, staff(DSDA), SUDINSDA, "tangani"));
        crm.handle(new StartWork(id, staff(SUDINSDA)));
        Instant start = clock.instant();
        for (int h = 1; h <= 6 * 24 + 3; h++) {
            clock.set(start.plus(Duration.ofHours(h)));
            e.sweeper().sweep(clock.instant());
            e.sweeper().sweep(clock.instant());
        }
        List<ComplaintEvent> h = crm.history(id);
        List<SlaWarned> warned = events(h, SlaWarned.class).stream().filter(w -> w.holder().equals(SUDINSDA)).toList();
        assertThat(warned).extracting(SlaWarned::target).containsExactlyInAnyOrder("red-flag", "completion");
        SlaWarned redWarn = warned.stream().filter(w -> w.target().equals("red-flag")).findFirst().orElseThrow();
        // 80% of 6 days is 115.2 h: the first hourly sweep after it
        assertThat(redWarn.at()).isEqualTo(start.plus(Duration.ofHours(116)));
        List<SlaBreached> breaches = events(h, SlaBreached.class);
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.target()).isEqualTo("red-flag");
            assertThat(b.holder()).isEqualTo(SUDINSDA);
            assertThat(b.escalatedTo()).containsExactly(DSDA);
        });
        assertThat(e.policy().isRedFlagged(crm.find(id).orElseThrow())).isTrue();
        assertThat(e.notifier().seen).filteredOn(x -> x.kind() == Escalation.Kind.BREACH).singleElement()
                .satisfies(x -> {
                    assertThat(x.recipients()).containsExactly(DSDA);
                    assertThat(x.redFlag()).isTrue();
                    assertThat(x.number()).isEqualTo(crm.find(id).orElseThrow().number());
                });
        assertThat(e.notifier().seen).filteredOn(x -> x.kind() == Escalation.Kind.WARNING)
                .extracting(Escalation::recipients).allMatch(r -> r.size() == 1);
    }

    @Test
    @DisplayName("escalation chains: kelurahan to kecamatan and city; dinas to the regional secretary")
    void chains() {
        EscalationChain chain = new EscalationChain(directory(), java.util.Optional.of(SEKDA));
        assertThat(chain.of(KLENDER)).containsExactly(KECAMATAN, KOTA);
        assertThat(chain.of(SUDINSDA)).containsExactly(DSDA);
        assertThat(chain.of(DSDA)).containsExactly(SEKDA);
        assertThat(chain.of("JASAMARGA")).isEmpty();
    }

    @Test
    @DisplayName("a kelurahan that never acts breaches coordination once, escalated to kecamatan and city")
    void kelurahanBreach() {
        ComplaintId id = submit(PONDOK_BAMBU, "Sampah");
        clock.advance(Duration.ofHours(7));
        var r = e.sweeper().sweep(clock.instant());
        assertThat(r.breaches()).isEqualTo(1);
        assertThat(r.warnings()).isEqualTo(1);
        assertThat(events(crm.history(id), SlaBreached.class)).singleElement()
                .satisfies(b -> assertThat(b.escalatedTo()).containsExactly(KECAMATAN, KOTA));
        assertThat(e.sweeper().sweep(clock.instant())).isEqualTo(SweepResult.EMPTY);
    }

    @Test
    @DisplayName("closing, rejecting or merging stops all clocks; an external party runs none")
    void stops() {
        ComplaintId id = submit(KLENDER, "Sampah");
        Complaint c = crm.handle(new Reject(id, staff(KLENDER), "bukan laporan"));
        assertThat(c.deadlines()).isEmpty();
        assertThat(c.nextTimer()).isEmpty();
        ComplaintId toll = submit(KLENDER, "Jalan Tol");
        crm.handle(new Forward(toll, staff(KLENDER), BIROPEM, "jalan tol"));
        c = crm.handle(new Forward(toll, staff(BIROPEM), "JASAMARGA", "operator tol"));
        assertThat(c.deadlines()).isEmpty();
    }

    @Test
    @DisplayName("story 12 in the engine: the tiered working-time policy gives a Friday 16:00 report Wednesday 16:00")
    void story12Engine() {
        MutableClock friday = new MutableClock(wib("2025-08-15T16:00"));
        Engine t = engine(friday, tiers());
        ComplaintId id = t.crm().submit(report(friday.instant(), KLENDER, "Sampah")).id();
        Deadline d = t.crm().find(id).orElseThrow().deadlines().stream()
                .filter(x -> x.target().equals("completion")).findFirst().orElseThrow();
        assertThat(d.dueAt()).isEqualTo(wib("2025-08-20T16:00"));
    }
}
