package id.crm.channel.qlue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.channel.spi.FeedPoller;
import id.crm.channel.spi.GeoPoint;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.MediaRef;
import id.crm.testkit.channel.SampleResources;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QlueAdapterTest {

    private final QlueAdapter qlue = new QlueAdapter();
    private final InboundMessage page = SampleResources.load(getClass(), "feed-page.json", "application/json");

    private InboundMessage json(String body) {
        return InboundMessage.ofUtf8(body, Map.of("Content-Type", List.of("application/json")), SampleResources.RECEIVED_AT);
    }

    @Test
    @DisplayName("a post_date in WIB becomes the right UTC instant: 2023-06-18 09:00:00 is 02:00Z")
    void wibToUtc() {
        assertThat(qlue.parse(page).get(0).receivedAt()).isEqualTo(Instant.parse("2023-06-18T02:00:00Z"));
    }

    @Test
    @DisplayName("a feed in another zone is read in that zone")
    void otherZone() {
        InboundReport r = new QlueAdapter(java.time.ZoneId.of("Asia/Makassar")).parse(page).get(0);
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2023-06-18T01:00:00Z"));
    }

    @Test
    @DisplayName("a post becomes a report with title and description, photo, point and the reporter's handle")
    void fieldsAreMapped() {
        InboundReport r = qlue.parse(page).get(0);
        assertThat(r.channelId()).isEqualTo("qlue");
        assertThat(r.externalId()).isEqualTo("2103917");
        assertThat(r.text()).startsWith("Banjir\nUnderpass Kampung Bali tergenang");
        assertThat(r.point()).contains(new GeoPoint(-6.18745, 106.81761));
        assertThat(r.reporter().handleValue()).contains("warga_tanahabang");
    }

    @Test
    @DisplayName("photo URLs with escaped slashes are unescaped; an empty photo field gives no media")
    void escapedSlashes() {
        List<InboundReport> reports = qlue.parse(page);
        assertThat(reports.get(0).media()).containsExactly(
                MediaRef.of("https://qlue.co.id/vp/media/images/2103917_1687053600.jpg"));
        assertThat(reports.get(3).media()).extracting(MediaRef::uri)
                .containsExactly("https://qlue.co.id/vp/media/images/2103940_1687107599.jpg");
        assertThat(reports.get(2).media()).isEmpty();
    }

    @Test
    @DisplayName("coordinates may be strings or numbers, and 0/0 means no location")
    void coordinates() {
        List<InboundReport> reports = qlue.parse(page);
        assertThat(reports.get(1).point()).contains(new GeoPoint(-6.2187, 106.9081));
        assertThat(reports.get(2).point()).isEmpty();
        assertThat(reports.get(2).attributes()).isEmpty();
    }

    @Test
    @DisplayName("polling from a cursor gives only the posts after it and moves the cursor to the last post")
    void cursor() {
        FeedPoller.Page p = qlue.parsePage(page, Optional.of("2103925"));
        assertThat(p.reports()).extracting(InboundReport::externalId).containsExactly("2103931", "2103940");
        assertThat(p.nextCursor()).contains("2103940");
        assertThat(qlue.parsePage(json("[]"), Optional.of("2103940")).nextCursor()).contains("2103940");
        assertThatThrownBy(() -> qlue.parsePage(page, Optional.of("yesterday"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a truncated feed page is refused as malformed, so the engine quarantines it")
    void truncatedPage() {
        byte[] body = page.body();
        InboundMessage cut = InboundMessage.of(Arrays.copyOf(body, body.length / 2), page.headers(), page.receivedAt());
        assertThatThrownBy(() -> qlue.parsePage(cut, Optional.of("1")))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    @DisplayName("one bad post refuses the whole page and names it")
    void badPostRefusesPage() {
        assertThatThrownBy(() -> qlue.parse(json("[{\"post_id\":1,\"post_date\":\"2023-06-18 09:00:00\",\"post_desc\":\"a\"},"
                + "{\"post_id\":2,\"post_date\":\"18/06/2023\",\"post_desc\":\"b\"}]")))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("post [1]");
    }

    @Test
    @DisplayName("the adapter is found by ServiceLoader")
    void discovered() {
        assertThat(new id.crm.channel.spi.ChannelRegistry().discover().registered()).contains("qlue");
    }
}
