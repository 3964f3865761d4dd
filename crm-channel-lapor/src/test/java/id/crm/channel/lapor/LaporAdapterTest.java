package id.crm.channel.lapor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.channel.spi.ChannelKind;
import id.crm.channel.spi.ChannelRegistry;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.InvalidSignatureException;
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

class LaporAdapterTest {

    static final Instant DELIVERED = Instant.parse("2023-10-01T00:00:00Z");
    static final String TOKEN = "lapor-bridge-7c1f0d2e9a";
    final LaporAdapter lapor = new LaporAdapter();

    static InboundMessage sample(String name) {
        try (InputStream in = LaporAdapterTest.class.getResourceAsStream("/samples/" + name)) {
            return InboundMessage.of(in.readAllBytes(), Map.of("Content-Type", List.of("application/json"),
                    LaporAdapter.TOKEN_HEADER, List.of(TOKEN)), DELIVERED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InboundMessage json(String body) {
        return InboundMessage.ofUtf8(body, Map.of(), DELIVERED);
    }

    @Test
    @DisplayName("a forwarded LAPOR! report is keyed by its tracking number and keeps title, place, agency and attachments")
    void single() {
        List<InboundReport> reports = lapor.parse(sample("lapor-single.json"));

        assertThat(reports).hasSize(1);
        InboundReport r = reports.get(0);
        assertThat(r.channelId()).isEqualTo("lapor");
        assertThat(r.externalId()).isEqualTo("4273682");
        assertThat(r.text()).startsWith("Jalan rusak parah di Jl. Raya Condet\n\nJalan di depan Pasar Condet");
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2023-08-21T12:42:05Z"));
        assertThat(r.address()).contains("Jl. Raya Condet, Kel. Balekambang, Kec. Kramat Jati, Jakarta Timur");
        assertThat(r.categoryHint()).contains("Pekerjaan Umum dan Penataan Ruang");
        assertThat(r.attributes()).containsEntry("lapor_agency", "Pemerintah Provinsi DKI Jakarta").hasSize(1);
        assertThat(r.privacy()).isEqualTo(Privacy.PUBLIC);
        assertThat(r.point()).isEmpty();
        assertThat(r.media()).containsExactly(
                new MediaRef("https://lapor.go.id/storage/lampiran/2023/08/4273682-1.jpg", "image/jpeg"),
                new MediaRef("https://lapor.go.id/storage/lampiran/2023/08/4273682-2.pdf", "application/pdf"));
        assertThat(r.reporter().phoneValue()).contains("+6281398765432");
        assertThat(r.reporter().emailValue()).contains("rudi.hartono@example.id");
    }

    @Test
    @DisplayName("a batch gives one report per item; secret wins over anonymous")
    void batch() {
        List<InboundReport> reports = lapor.parse(sample("lapor-batch.json"));

        assertThat(reports).extracting(InboundReport::externalId).containsExactly("4281107", "4281254");
        assertThat(reports).extracting(InboundReport::privacy).containsExactly(Privacy.CONFIDENTIAL, Privacy.ANONYMOUS);
        assertThat(reports).extracting(InboundReport::receivedAt)
                .containsExactly(Instant.parse("2023-09-04T02:15:00Z"), Instant.parse("2023-09-04T03:30:00Z"));
        assertThat(reports.get(0).reporter().nikValue()).contains("3173026607920001");
    }

    @Test
    @DisplayName("every violation is listed at once, with its JSON pointer, also inside a batch")
    void violations() {
        String bad = """
                [{"tracking_id":"4281300","content":"ok"},
                 {"tracking_id":"4281301"},
                 {"tracking_id":"LAP 12","content":"  ","is_secret":"ya","created_at":"2023-02-29 10:00",
                  "attachments":[{"url":"ftp://x"}],"reporter":{"phone":"0000000"}}]""";
        assertThatThrownBy(() -> lapor.parse(json(bad)))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContainingAll("/1/content", "/2/tracking_id", "/2/content", "/2/is_secret",
                        "/2/created_at", "/2/attachments/0/url", "/2/reporter/phone")
                .hasMessageNotContainingAny("/0/tracking_id", "/0/content");
        assertThatThrownBy(() -> lapor.parse(json("{\"title\":\"tanpa isi\"}")))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContainingAll("/tracking_id", "/content");
    }

    @Test
    @DisplayName("the same forwarding twice gives the same reports")
    void idempotent() {
        assertThat(lapor.parse(sample("lapor-batch.json"))).isEqualTo(lapor.parse(sample("lapor-batch.json")));
    }

    @Test
    @DisplayName("the shared token is accepted; a missing or wrong token is refused with InvalidSignatureException")
    void token() {
        assertThatCode(() -> lapor.verify(sample("lapor-single.json"), TOKEN)).doesNotThrowAnyException();
        assertThatThrownBy(() -> lapor.verify(sample("lapor-single.json"), TOKEN + "x"))
                .isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> lapor.verify(json("{}"), TOKEN))
                .isInstanceOf(InvalidSignatureException.class).hasMessageContaining("X-Lapor-Token");
        assertThatThrownBy(() -> lapor.verify(sample("lapor-single.json"), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("LAPOR! is discovered as a non-geotagging channel")
    void discovery() {
        ChannelRegistry registry = new ChannelRegistry();
        registry.discover(LaporAdapterTest.class.getClassLoader());
        assertThat(registry.get("lapor").descriptor().kind()).isEqualTo(ChannelKind.NON_GEOTAGGING);
    }
}
