package id.crm.channel.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.channel.spi.Capability;
import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelKind;
import id.crm.channel.spi.ChannelRegistry;
import id.crm.channel.spi.GeoPoint;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.Privacy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeskAdaptersTest {

    static final Instant DELIVERED = Instant.parse("2024-06-01T00:00:00Z");

    static InboundMessage sample(String name) {
        try (InputStream in = DeskAdaptersTest.class.getResourceAsStream("/samples/" + name)) {
            return InboundMessage.of(in.readAllBytes(), Map.of("Content-Type", List.of("application/json")), DELIVERED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InboundMessage json(String body) {
        return InboundMessage.ofUtf8(body, Map.of(), DELIVERED);
    }

    static InboundReport single(List<InboundReport> reports) {
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }

    @Test
    @DisplayName("a confidential complaint about an official is entered at the Inspektorat with its paper reference")
    void inspektorat() {
        InboundReport r = single(new KantorInspektoratAdapter().parse(sample("inspektorat-pungli.json")));

        assertThat(r.channelId()).isEqualTo("kantor-inspektorat");
        assertThat(r.externalId()).isEqualTo("kantor-inspektorat:0031/LP-INSP/V/2024");
        assertThat(r.privacy()).isEqualTo(Privacy.CONFIDENTIAL);
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2024-05-14T03:20:00Z"));
        assertThat(r.attributes()).containsEntry("officer", "insp.rina.w")
                .containsEntry("desk", "INSPEKTORAT-DKI")
                .containsEntry("paper_reference", "0031/LP-INSP/V/2024")
                .doesNotContainKey("weekend_desk");
        assertThat(r.reporter().phoneValue()).contains("+6285711223344");
        assertThat(r.reporter().nikValue()).contains("3174012505880003");
        assertThat(r.categoryHint()).contains("Pungutan Liar");
    }

    @Test
    @DisplayName("an Inspektorat entry that does not choose is confidential; other desks default to public")
    void defaultPrivacy() {
        String entry = "{\"entry_id\":\"e-1\",\"officer\":\"o\",\"desk\":\"d\",\"paper_reference\":\"1/X/2024\",\"text\":\"Pungli\"}";
        assertThat(single(new KantorInspektoratAdapter().parse(json(entry))).privacy()).isEqualTo(Privacy.CONFIDENTIAL);
        assertThat(single(new PendopoBalaiKotaAdapter().parse(json(entry))).privacy()).isEqualTo(Privacy.PUBLIC);
    }

    @Test
    @DisplayName("a letter to the governor keeps its paragraphs and a bare date means midnight WIB")
    void suratGubernur() {
        InboundReport r = single(new SuratGubernurAdapter().parse(sample("surat-gubernur.json")));

        assertThat(r.externalId()).isEqualTo("surat-gubernur:417/SG/III/2024");
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2024-03-10T17:00:00Z"));
        assertThat(r.text()).startsWith("Dengan hormat,\nkami warga RW 08").contains("\n\nHormat kami,");
        assertThat(r.address()).contains("Jl. Kebon Kacang IX, RW 08, Kel. Kampung Bali, Kec. Tanah Abang, Jakarta Pusat");
        assertThat(r.reporter().phoneValue()).contains("+622131905566");
        assertThat(r.privacy()).isEqualTo(Privacy.PUBLIC);
    }

    @Test
    @DisplayName("a letter or Inspektorat entry without a paper reference is refused; other desks use the entry id")
    void paperReferenceRequired() {
        String entry = "{\"entry_id\":\"e-2\",\"officer\":\"o\",\"desk\":\"d\",\"text\":\"Jalan rusak\"}";
        for (ChannelAdapter a : List.of(new SuratGubernurAdapter(), new KantorInspektoratAdapter())) {
            assertThatThrownBy(() -> a.parse(json(entry))).as(a.id())
                    .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("/paper_reference");
        }
        assertThat(single(new KantorKelurahanAdapter().parse(json(entry))).externalId()).isEqualTo("e-2");
        assertThat(single(new KantorKelurahanAdapter().parse(json(entry))).attributes()).doesNotContainKey("paper_reference");
    }

    @Test
    @DisplayName("the Sunday kelurahan desk is marked as a weekend desk and keeps the officer's point")
    void sundayKelurahan() {
        InboundReport r = single(new KantorKelurahanAdapter().parse(sample("kelurahan-minggu.json")));

        assertThat(r.externalId()).isEqualTo("KLD-20230618-0007");
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2023-06-18T02:05:00Z"));
        assertThat(r.point()).contains(new GeoPoint(-6.2163, 106.8987));
        assertThat(r.attributes()).containsEntry("desk", "31.75.07.1007").containsEntry("weekend_desk", "true");
        assertThat(r.reporter().emailValue()).contains("dedi.k@example.com");
    }

    @Test
    @DisplayName("the Saturday kecamatan desk is marked as a weekend desk; a Saturday at a kelurahan is not")
    void saturdayKecamatan() {
        InboundReport r = single(new KantorKecamatanAdapter().parse(sample("kecamatan-sabtu.json")));

        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2024-03-16T01:45:00Z"));
        assertThat(r.privacy()).isEqualTo(Privacy.ANONYMOUS);
        assertThat(r.attributes()).containsEntry("weekend_desk", "true").containsEntry("officer", "kec.tebet.sari");
        assertThat(single(new KantorKelurahanAdapter().parse(sample("kecamatan-sabtu.json"))).attributes())
                .doesNotContainKey("weekend_desk");
    }

    @Test
    @DisplayName("a 0/0 point from the desk form means no location; unknown fields are ignored")
    void pendopo() {
        InboundReport r = single(new PendopoBalaiKotaAdapter().parse(sample("pendopo-balai-kota.json")));

        assertThat(r.point()).isEmpty();
        assertThat(r.attributes()).doesNotContainKeys("location_flag", "form_version");
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2023-11-06T06:30:00Z"));
        assertThat(r.reporter().isEmpty()).isTrue();
    }

    @Test
    @DisplayName("every violation of the entry schema is listed at once, with its JSON pointer")
    void allViolations() {
        String bad = """
                {"entry_id": "x:y", "desk": "", "text": " ", "lat": -6.2, "privacy": "rahasia",
                 "reporter": {"nik": "31740125", "phone": "1234567"}, "received_at": "2024-02-30 10:00"}""";
        assertThatThrownBy(() -> new KantorInspektoratAdapter().parse(json(bad)))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContainingAll("/entry_id", "/officer", "/desk", "/text", "/paper_reference", "'lon'",
                        "/privacy", "/reporter/nik", "/reporter/phone", "/received_at")
                .hasMessageNotContaining("1234567");
    }

    @Test
    @DisplayName("the same paper entered twice, even spelled differently, is one report")
    void idempotent() {
        SuratGubernurAdapter a = new SuratGubernurAdapter();
        String first = "{\"entry_id\":\"e-10\",\"officer\":\"o\",\"desk\":\"d\",\"paper_reference\":\"417 / sg / III / 2024\",\"text\":\"Saluran\"}";
        String second = "{\"entry_id\":\"e-11\",\"officer\":\"p\",\"desk\":\"d\",\"paper_reference\":\"417/SG/III/2024\",\"text\":\"Saluran\"}";

        assertThat(a.parse(sample("surat-gubernur.json"))).isEqualTo(a.parse(sample("surat-gubernur.json")));
        assertThat(single(a.parse(json(first))).externalId()).isEqualTo(single(a.parse(json(second))).externalId());
    }

    @Test
    @DisplayName("the five desks are discovered as face-to-face channels with staff entry")
    void discovery() {
        ChannelRegistry registry = new ChannelRegistry();
        registry.discover(DeskAdaptersTest.class.getClassLoader());

        for (String id : List.of("kantor-kelurahan", "kantor-kecamatan", "surat-gubernur", "pendopo-balai-kota",
                "kantor-inspektorat")) {
            assertThat(registry.get(id).descriptor().kind()).as(id).isEqualTo(ChannelKind.FACE_TO_FACE);
            assertThat(registry.get(id).descriptor().has(Capability.STAFF_ENTRY)).as(id).isTrue();
        }
    }

    @Test
    @DisplayName("bodies that are not one JSON object are malformed")
    void notJson() {
        for (String body : List.of("", "null", "[{}]", "{\"entry_id\":", "entry_id=1&text=x")) {
            assertThatThrownBy(() -> new KantorKelurahanAdapter().parse(json(body))).as(body)
                    .isInstanceOf(MalformedPayloadException.class);
        }
    }
}
