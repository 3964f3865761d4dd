package id.crm.core;

import static id.crm.core.TestCity.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.Privacy;
import id.crm.channel.spi.ReporterContact;
import id.crm.core.access.Actor;
import id.crm.core.access.Role;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintId;
import id.crm.core.complaint.ReporterToken;
import id.crm.core.complaint.Status;
import id.crm.core.workflow.Command;
import id.crm.core.workflow.Command.*;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Stateful properties of the workflow: random sequences of commands by random actors on a few
 * complaints never get an illegal transition accepted, a refused command changes nothing, the history
 * always folds to the current state, closed implies evidence, and public views never carry identity.
 */
class WorkflowProperties {

    /** The status graph, written independently of the engine: the oracle for accepted commands. */
    static final Map<Status, Set<Status>> EDGES = new EnumMap<>(Status.class);

    static {
        EDGES.put(Status.MENUNGGU, EnumSet.of(Status.MENUNGGU, Status.KOORDINASI, Status.DISPOSISI, Status.PROSES,
                Status.DITOLAK, Status.DUPLIKAT));
        EDGES.put(Status.KOORDINASI, EnumSet.of(Status.KOORDINASI, Status.MENUNGGU, Status.DISPOSISI, Status.PROSES,
                Status.DITOLAK, Status.DUPLIKAT));
        EDGES.put(Status.DISPOSISI, EnumSet.of(Status.DISPOSISI, Status.KOORDINASI, Status.MENUNGGU, Status.PROSES,
                Status.DITOLAK));
        EDGES.put(Status.PROSES, EnumSet.of(Status.PROSES, Status.KOORDINASI, Status.SELESAI));
        EDGES.put(Status.SELESAI, EnumSet.of(Status.SELESAI, Status.DITUTUP, Status.DIBUKA_KEMBALI));
        EDGES.put(Status.DITUTUP, EnumSet.of(Status.DITUTUP, Status.DIBUKA_KEMBALI));
        EDGES.put(Status.DIBUKA_KEMBALI, EnumSet.of(Status.DIBUKA_KEMBALI, Status.KOORDINASI, Status.DISPOSISI,
                Status.PROSES));
        EDGES.put(Status.DITOLAK, EnumSet.of(Status.DITOLAK));
        EDGES.put(Status.DUPLIKAT, EnumSet.of(Status.DUPLIKAT));
    }

    static final List<Actor> ACTORS = List.of(KLENDER_LURAH, TEBET_LURAH, DISHUB_OFFICER, SUDINHUB_OFFICER, VERIFIER,
            INTAKE, Actor.operator("satpol.1", "SATPOLPP"), new Actor("auditor.1", Role.AUDITOR, null));
    static final List<String> UNITS = List.of(KLENDER, TEBET_TIMUR, "DISHUB", "SUDINHUB-31.75", "DISTAMHUT",
            "SUDINTAMHUT-31.74", "SATPOLPP", "BIROPEM", "JASAMARGA", "31.75.07", "NOPE");
    static final String NAME = "Rina Kusumawati", PHONE = "+6281298765432", NIK = "3174015506900002";

    /** The world a chain acts on: one engine, the complaints filed so far and their tokens. */
    static final class World {
        final MutableClock clock = new MutableClock(Instant.parse("2024-05-06T01:00:00Z"));
        final Crm crm = engine(clock);
        final List<ComplaintId> ids = new ArrayList<>();
        final List<ReporterToken> tokens = new ArrayList<>();
        int accepted;

        void file(int kind) {
            InboundReport.Builder b = InboundReport.builder().externalId("e" + ids.size()).receivedAt(clock.instant())
                    .reporter(new ReporterContact(NAME, PHONE, NIK, "rina@example.id", "@rina"));
            switch (kind) {
                case 0 -> b.channelId("jaki").text("Parkir liar di trotoar").categoryHint("parkir liar")
                        .point(-6.2187, 106.9081).attribute("kelurahan", KLENDER);
                case 1 -> b.channelId("x").text("jalan depan rumah rusak parah");
                default -> b.channelId("kantor-kelurahan").text("Sampah menumpuk di pasar").categoryHint("sampah")
                        .attribute("kelurahan", TEBET_TIMUR).privacy(Privacy.CONFIDENTIAL);
            }
            Submission s = crm.submit(b.build());
            ids.add(s.id());
            tokens.add(s.token().orElseThrow());
        }

        void run(Step step) {
            if (ids.isEmpty() || step.kind() == 0) {
                file(step.param() % 3);
                return;
            }
            if (step.kind() == 1) {
                clock.advance(Duration.ofHours(1 + step.param() % 100));
                return;
            }
            int i = step.target() % ids.size();
            ComplaintId id = ids.get(i);
            Complaint before = crm.find(id).orElseThrow();
            Actor actor = step.actor() < 60 ? likelyActor(step.kind(), before) : ACTORS.get(step.actor() % ACTORS.size());
            try {
                Complaint after = apply(step, id, i, actor);
                accepted++;
                assertThat(EDGES.get(before.status())).as("%s -> %s by %s", before.status(), after.status(), step)
                        .contains(after.status());
                boolean reporterStep = step.kind() >= 15;
                if (!reporterStep && actor.role() == Role.OPERATOR && !(step.kind() == 12)) {
                    assertThat(before.holder()).as("operators act only on reports their unit holds: %s", step)
                            .contains(actor.unitCode());
                }
                if (after.status() == Status.DITUTUP && before.status() != Status.DITUTUP) {
                    assertThat(reporterStep || actor.role() == Role.VERIFIER).isTrue();
                }
                if (!reporterStep) {
                    assertThat(actor.role()).as("auditors only read").isNotEqualTo(Role.AUDITOR);
                }
            } catch (NotPermittedException | IllegalTransitionException e) {
                Complaint unchanged = crm.find(id).orElseThrow();
                assertThat(unchanged.version()).as("a refused command changes nothing").isEqualTo(before.version());
                assertThat(unchanged.status()).isEqualTo(before.status());
            }
        }

        private static String sudinOf(String dinas, String otherwise) {
            return "DISHUB".equals(dinas) ? "SUDINHUB-31.75" : "DISTAMHUT".equals(dinas) ? "SUDINTAMHUT-31.74" : otherwise;
        }

        /** Mostly the actor who could do it, so chains get far into the workflow; sometimes anyone. */
        private static Actor likelyActor(int kind, Complaint c) {
            if (kind == 8 || kind == 11) {
                return VERIFIER;
            }
            if (kind == 2 || c.holder().isEmpty()) {
                return INTAKE;
            }
            return c.holder().get().equals("BIROPEM") ? VERIFIER : Actor.operator("staff", c.holder().get());
        }

        private Complaint apply(Step s, ComplaintId id, int i, Actor a) {
            String unit = UNITS.get(s.param() % UNITS.size());
            List<MediaRef> evidence = s.param() % 4 == 0 ? List.of() : List.of(PHOTO);
            Command cmd = switch (s.kind()) {
                case 2 -> new Place(id, a, unit);
                case 3 -> new Forward(id, a, unit, "teruskan");
                case 4 -> new Dispose(id, a, s.actor() < 60 ? sudinOf(a.unitCode(), unit) : unit, "disposisi");
                case 5 -> new Return(id, a, "bukan kewenangan kami");
                case 6 -> new StartWork(id, a);
                case 7 -> new Resolve(id, a, evidence, "selesai");
                case 8 -> new Close(id, a, "terverifikasi");
                case 9 -> new Reject(id, a, s.param() % 5 == 0 ? " " : "bukan laporan");
                case 10 -> new MarkDuplicate(id, a, ids.get(s.param() % ids.size()));
                case 11 -> new Reopen(id, a, "belum beres");
                case 12 -> new Categorise(id, a, List.of("POHON", "SAMPAH", "PARKIR_LIAR", "X").get(s.param() % 4));
                case 13 -> new RequestInfo(id, a, "di mana persisnya?");
                case 14 -> new Forward(id, a, List.of("DISHUB", "DISTAMHUT").get(s.param() % 2), "ke dinas");
                default -> null;
            };
            if (cmd != null) {
                return crm.handle(cmd);
            }
            ReporterActions me = crm.asReporter(tokens.get(i));
            return switch (s.kind()) {
                case 15 -> me.reopen("masih ada");
                case 16 -> me.rate(s.param() % 7, "ok");
                default -> me.answer("di depan pasar");
            };
        }

        void invariants() {
            for (ComplaintId id : ids) {
                Complaint c = crm.find(id).orElseThrow();
                Complaint replayed = Complaint.replay(crm.history(id));
                assertThat(replayed.version()).isEqualTo(c.version());
                assertThat(replayed.status()).isEqualTo(c.status());
                assertThat(replayed.holder()).isEqualTo(c.holder());
                assertThat(replayed.evidence()).isEqualTo(c.evidence());
                if (c.status() == Status.DITUTUP) {
                    assertThat(c.evidence()).as("closed implies evidence").isNotEmpty();
                }
                crm.publicView(c.number()).ifPresent(v ->
                        assertThat(v.toString()).doesNotContain(NAME, PHONE, NIK, "rina@", "@rina"));
                if (c.privacy() == Privacy.CONFIDENTIAL) {
                    assertThat(crm.publicView(c.number())).isEmpty();
                }
            }
        }
    }

    record Step(int kind, int target, int actor, int param) {
    }

    static final class RandomStep implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Combinators.combine(Arbitraries.integers().between(0, 17), Arbitraries.integers().between(0, 7),
                            Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 1000))
                    .as(Step::new)
                    .map(step -> Transformer.mutate(step.toString(), w -> w.run(step)));
        }
    }

    @Provide
    Arbitrary<ActionChain<World>> chains() {
        return ActionChain.startWith(World::new).withAction(new RandomStep()).withMaxTransformations(60);
    }

    @Property(tries = 1000)
    void randomCommandsNeverBreakTheWorkflow(@ForAll("chains") ActionChain<World> chain) {
        World end = chain.withInvariant(World::invariants).run();
        Statistics.label("commands accepted").collect(end.accepted > 5 ? "more than 5" : "5 or fewer");
        end.ids.forEach(id -> Statistics.label("statuses reached").collect(end.crm.find(id).orElseThrow().status()));
    }

    @Property(tries = 1000)
    void theChainsReachEveryStatus(@ForAll("chains") ActionChain<World> chain) {
        World end = chain.run();
        end.ids.forEach(id -> Statistics.label("status").collect(end.crm.find(id).orElseThrow().status()));
        Statistics.label("status").coverage(c -> {
            for (Status s : Status.values()) {
                c.check(s).count(n -> n > 0);
            }
        });
    }
}
