package id.crm.core;

import static id.crm.core.TestCity.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelDescriptor;
import id.crm.channel.spi.ChannelKind;
import id.crm.channel.spi.ChannelRegistry;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.ReporterContact;
import id.crm.core.category.CategoryCatalog;
import id.crm.core.org.OrgDirectory;
import id.crm.core.store.InMemoryComplaintStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Intake")
class IntakeTest {

    final MutableClock clock = new MutableClock(Instant.parse("2023-06-19T01:10:00Z"));

    /** A line-per-report channel for tests: "externalId|text"; "!" is unparseable. */
    static final class LinesChannel implements ChannelAdapter {
        @Override public String id() { return "lines"; }

        @Override public ChannelDescriptor descriptor() {
            return new ChannelDescriptor("Lines", ChannelKind.NON_GEOTAGGING, Set.of(), "1");
        }

        @Override public List<InboundReport> parse(InboundMessage m) {
            String body = m.bodyAsUtf8();
            if (body.startsWith("!")) {
                throw new MalformedPayloadException("line 1: expected 'id|text'");
            }
            return body.lines().map(l -> l.split("\\|", 2)).map(p -> InboundReport.builder().channelId("lines")
                    .externalId(p[0]).receivedAt(m.receivedAt()).text(p[1]).build()).toList();
        }
    }

    Crm engine() {
        OrgDirectory d = jakarta();
        return Crm.builder().directory(d).categories(jakartaCategories(d)).store(new InMemoryComplaintStore())
                .clock(clock).numberPrefix("JK").channels(new ChannelRegistry().register(new LinesChannel())).build();
    }

    @Test
    @DisplayName("the same delivery twice creates one complaint and returns the first acceptance")
    void idempotent() {
        Crm crm = engine();
        InboundReport r = jakiAtKlender(clock.instant()).externalId("jaki-777").build();
        Submission first = crm.submit(r);
        Submission again = crm.submit(r);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.number()).isEqualTo(first.number());
        assertThat(again.replayed()).isTrue();
        assertThat(again.token()).isEmpty();
        assertThat(crm.store().count(id.crm.core.store.ComplaintQuery.all(10))).isEqualTo(1);
    }

    @Test
    @DisplayName("concurrent deliveries of one report still create exactly one complaint")
    void idempotentUnderConcurrency() throws Exception {
        Crm crm = engine();
        InboundReport r = jakiAtKlender(clock.instant()).externalId("jaki-race").build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Submission>> fs = pool.invokeAll(java.util.Collections.nCopies(16, () -> crm.submit(r)));
            Set<Object> ids = new java.util.HashSet<>();
            for (Future<Submission> f : fs) {
                ids.add(f.get().id());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(crm.store().count(id.crm.core.store.ComplaintQuery.all(10))).isEqualTo(1);
    }

    @Test
    @DisplayName("an invalid report is refused with every violation and its field path, and nothing is stored")
    void validation() {
        Crm crm = engine();
        InboundReport bad = InboundReport.builder().channelId("Bad Channel").externalId(" ")
                .receivedAt(clock.instant().plus(Duration.ofDays(2))).text("   ")
                .reporter(new ReporterContact(null, "0812-345", "12", "not-an-email", null)).build();
        assertThatThrownBy(() -> crm.submit(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path).contains("channelId", "externalId", "text",
                        "reporter.phone", "reporter.nik", "reporter.email", "receivedAt"));
        assertThat(crm.store().count(id.crm.core.store.ComplaintQuery.all(10))).isZero();
    }

    @Test
    @DisplayName("an unparseable delivery is quarantined with its bytes and reason, and the caller gets a typed error")
    void quarantine() {
        Crm crm = engine();
        byte[] body = "!garbage".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> crm.ingest("lines", InboundMessage.of(body, Map.of("X-Test", List.of("1")), clock.instant())))
                .isInstanceOfSatisfying(IntakeRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(MalformedPayloadException.CODE);
                    assertThat(e.quarantineId()).isPresent();
                });
        assertThat(crm.store().quarantined(10)).singleElement().satisfies(q -> {
            assertThat(q.body()).isEqualTo(body);
            assertThat(q.reason()).contains("expected 'id|text'");
            assertThat(q.headers()).containsKey("X-Test");
        });
        assertThat(crm.store().count(id.crm.core.store.ComplaintQuery.all(10))).isZero();
    }

    @Test
    @DisplayName("one delivery with several reports gives several complaints; replaying it creates none")
    void batchDelivery() {
        Crm crm = engine();
        InboundMessage m = InboundMessage.ofUtf8("a|jalan rusak\nb|pohon tumbang", Map.of(), clock.instant());
        assertThat(crm.ingest("lines", m)).hasSize(2).noneMatch(Submission::replayed);
        assertThat(crm.ingest("lines", m)).hasSize(2).allMatch(Submission::replayed);
        assertThatThrownBy(() -> crm.ingest("fax", m)).hasMessageContaining("lines");
    }

    @Test
    @DisplayName("report numbers follow the day in Asia/Jakarta and never collide, also past 9,999 a day")
    void numbers() {
        Crm crm = engine();
        clock.set(Instant.parse("2023-06-18T17:30:00Z")); // 00:30 WIB on 19 June
        assertThat(crm.submit(jakiAtKlender(clock.instant()).build()).number().value()).isEqualTo("JK2306190001");
        for (int i = 0; i < 9_998; i++) {
            crm.store().nextSequence("JK", java.time.LocalDate.of(2023, 6, 19));
        }
        assertThat(crm.submit(jakiAtKlender(clock.instant()).build()).number().value()).isEqualTo("JK23061910000");
    }

    @Test
    @DisplayName("the engine refuses to start without a store, naming what is missing")
    void noStore() {
        OrgDirectory d = jakarta();
        CategoryCatalog c = jakartaCategories(d);
        assertThatThrownBy(() -> Crm.builder().directory(d).categories(c).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("store(ComplaintStore)");
        assertThatThrownBy(() -> Crm.builder().directory(d).categories(c).discoverStore(Map.of()).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("CRM-STORE-NONE");
    }
}
