package id.crm.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.channel.spi.ChannelKind;
import id.crm.channel.spi.ChannelRegistry;
import id.crm.channel.spi.GeoPoint;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.LocationPolicy;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.Privacy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebAdaptersTest {

    static final Instant DELIVERED = Instant.parse("2024-01-01T00:00:00Z");
    final JakiAdapter jaki = new JakiAdapter();
    final BalaiWargaAdapter balaiWarga = new BalaiWargaAdapter();

    static InboundMessage sample(String name) {
        try (InputStream in = WebAdaptersTest.class.getResourceAsStream("/samples/" + name)) {
            return InboundMessage.of(in.readAllBytes(), Map.of("Content-Type", List.of("application/json")), DELIVERED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InboundMessage json(String body) {
        return InboundMessage.ofUtf8(body, Map.of(), DELIVERED);
    }

    @Test
    @DisplayName("a JAKI report keeps its point, photos, reporter and WIB time, and is confidential by default")
    void jakiSample() {
        InboundReport r = single(jaki.parse(sample("jaki-parkir-liar.json")));

        assertThat(r.channelId()).isEqualTo("jaki");
        assertThat(r.externalId()).isEqualTo("jaki-7f3c2a9e-4b1d-4e8a-9c2f-1d2e3f4a5b6c");
        assertThat(r.text()).isEqualTo("Parkir liar di bahu jalan memakan 2 lajur, bikin macet");
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2023-06-19T01:10:00Z"));
        assertThat(r.point()).contains(new GeoPoint(-6.2187, 106.9081));
        assertThat(r.categoryHint()).contains("Parkir Liar");
        assertThat(r.address()).contains("Jl. Raya Bekasi Timur, Klender, Duren Sawit, Jakarta Timur");
        assertThat(r.media()).containsExactly(
                new MediaRef("https://cdn.jaki.jakarta.go.id/laporan/2023/06/19/7f3c2a9e-1.jpg", "image/jpeg"),
                new MediaRef("https://cdn.jaki.jakarta.go.id/laporan/2023/06/19/7f3c2a9e-2.png?w=1280", "image/png"));
        assertThat(r.privacy()).isEqualTo(Privacy.CONFIDENTIAL);
        assertThat(r.reporter().phoneValue()).contains("+6281287654321");
        assertThat(r.reporter().nameValue()).contains("Siti Rahmawati");
        assertThat(r.reporter().nikValue()).contains("3175074101900002");
        assertThat(r.reporter().emailValue()).contains("siti.rahma@example.co.id");
        assertThat(r.reporter().handleValue()).contains("jaki-u-0098123");
    }

    @Test
    @DisplayName("a JAKI report at 0/0 has no point, a local time is read as WIB, and the text is normalised")
    void jakiWithoutFix() {
        InboundReport r = single(jaki.parse(sample("jaki-no-fix-local-time.json")));

        assertThat(r.point()).isEmpty();
        assertThat(r.attributes()).doesNotContainKey(LocationPolicy.FLAG_ATTRIBUTE);
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2023-11-02T09:45:30Z"));
        assertThat(r.text()).isEqualTo("Banjir\u00a0setinggi  lutut di underpass Kemayoran,\nmotor mogok.");
        assertThat(r.privacy()).isEqualTo(Privacy.PUBLIC);
        assertThat(r.reporter().isEmpty()).isTrue();
    }

    @Test
    @DisplayName("a Balai Warga report has no point, is public unless the citizen chose otherwise, and ignores unknown fields")
    void balaiWargaSample() {
        InboundReport r = single(balaiWarga.parse(sample("balai-warga-pohon.json")));

        assertThat(r.channelId()).isEqualTo("balai-warga");
        assertThat(r.externalId()).isEqualTo("BW-20240311-000417");
        assertThat(r.point()).isEmpty();
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2024-03-11T02:15:00Z"));
        assertThat(r.privacy()).isEqualTo(Privacy.ANONYMOUS);
        assertThat(r.categoryHint()).contains("Pohon");
        assertThat(r.reporter().phoneValue()).contains("+622182991234");
        assertThat(r.media()).isEmpty();
        assertThat(balaiWarga.parse(json("{\"id\":\"bw-1\",\"text\":\"Sampah menumpuk\"}")).get(0).privacy())
                .isEqualTo(Privacy.PUBLIC);
    }

    @Test
    @DisplayName("without submitted_at the delivery time is used")
    void fallbackTime() {
        assertThat(single(balaiWarga.parse(json("{\"id\":\"bw-2\",\"text\":\"Lampu PJU mati\"}"))).receivedAt())
                .isEqualTo(DELIVERED);
    }

    @Test
    @DisplayName("every schema violation is listed at once, with its JSON pointer")
    void allViolationsAtOnce() {
        String bad = """
                {"id": "", "lat": "minus enam", "privacy": "secret",
                 "photos": ["not a url"], "reporter": {"nik": "123"}, "submitted_at": "kemarin"}""";
        assertThatThrownBy(() -> balaiWarga.parse(json(bad)))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContainingAll("/id", "/text", "/lat", "'lon'", "/privacy", "/photos/0", "/reporter/nik",
                        "/submitted_at");
    }

    @Test
    @DisplayName("a JAKI report without a point is refused, naming lat and lon")
    void jakiNeedsPoint() {
        assertThatThrownBy(() -> jaki.parse(json("{\"id\":\"j-1\",\"text\":\"Jalan berlubang\"}")))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContainingAll("/lat", "/lon");
    }

    @Test
    @DisplayName("a point out of range or outside Indonesia is dropped and flagged, not a reason to refuse")
    void badPointFlagged() {
        InboundReport swapped = single(jaki.parse(json("{\"id\":\"j-2\",\"text\":\"Jalan rusak\",\"lat\":106.9,\"lon\":-6.2}")));
        InboundReport abroad = single(jaki.parse(json("{\"id\":\"j-3\",\"text\":\"Jalan rusak\",\"lat\":48.85,\"lon\":2.35}")));

        assertThat(swapped.point()).isEmpty();
        assertThat(swapped.attributes()).containsEntry(LocationPolicy.FLAG_ATTRIBUTE, LocationPolicy.INVALID);
        assertThat(abroad.point()).isEmpty();
        assertThat(abroad.attributes()).containsEntry(LocationPolicy.FLAG_ATTRIBUTE, LocationPolicy.OUTSIDE_INDONESIA);
    }

    @Test
    @DisplayName("an impossible date, an unreadable phone number or an invisible text are violations too")
    void semanticViolations() {
        String bad = """
                {"id":"bw-3","text":"\\u0000\\u0007","submitted_at":"2023-02-30 10:00",
                 "reporter":{"phone":"1234567"}}""";
        assertThatThrownBy(() -> balaiWarga.parse(json(bad)))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContainingAll("/text", "/submitted_at", "/reporter/phone");
    }

    @Test
    @DisplayName("bodies that are not one JSON object are malformed")
    void notJson() {
        for (String body : List.of("", "   ", "<xml/>", "[]", "{\"id\":\"x\",\"text\":\"a\"} trailing",
                "{\"id\":\"x\",\"id\":\"y\",\"text\":\"a\"}", "{\"id\":\"x\",\"text\":")) {
            assertThatThrownBy(() -> balaiWarga.parse(json(body))).as(body).isInstanceOf(MalformedPayloadException.class);
        }
        InboundMessage latin1 = InboundMessage.of(new byte[] {'{', '"', (byte) 0xE9, '"', '}'}, DELIVERED);
        assertThatThrownBy(() -> jaki.parse(latin1)).isInstanceOf(MalformedPayloadException.class);
    }

    @Test
    @DisplayName("the same submission delivered twice gives the same report")
    void idempotent() {
        assertThat(jaki.parse(sample("jaki-parkir-liar.json"))).isEqualTo(jaki.parse(sample("jaki-parkir-liar.json")));
        assertThat(single(balaiWarga.parse(sample("balai-warga-pohon.json"))).externalId())
                .isEqualTo(single(balaiWarga.parse(sample("balai-warga-pohon.json"))).externalId());
    }

    @Test
    @DisplayName("both adapters are discovered through ServiceLoader with their kinds")
    void discovery() {
        ChannelRegistry registry = new ChannelRegistry();
        registry.discover(WebAdaptersTest.class.getClassLoader());

        assertThat(registry.get("jaki").descriptor().kind()).isEqualTo(ChannelKind.GEOTAGGING);
        assertThat(registry.get("balai-warga").descriptor().kind()).isEqualTo(ChannelKind.NON_GEOTAGGING);
    }

    @Test
    @DisplayName("the published schemas ship in the jar as draft 2020-12")
    void publishedSchema() throws IOException {
        for (String resource : List.of(WebSchemas.REPORT_RESOURCE, WebSchemas.JAKI_RESOURCE)) {
            try (InputStream in = WebSchemas.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                        .contains("https://json-schema.org/draft/2020-12/schema");
            }
        }
    }

    static InboundReport single(List<InboundReport> reports) {
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }
}
