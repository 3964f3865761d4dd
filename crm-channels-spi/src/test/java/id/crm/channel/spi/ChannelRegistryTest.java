package id.crm.channel.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChannelRegistryTest {

    record Fixed(String id) implements ChannelAdapter {
        @Override
        public ChannelDescriptor descriptor() {
            return new ChannelDescriptor("Fixed " + id, ChannelKind.NON_GEOTAGGING, java.util.Set.of(), "1");
        }

        @Override
        public List<InboundReport> parse(InboundMessage message) {
            return List.of();
        }
    }

    static final class Other extends Object implements ChannelAdapter {
        @Override public String id() { return "a"; }
        @Override public ChannelDescriptor descriptor() { return new Fixed("a").descriptor(); }
        @Override public List<InboundReport> parse(InboundMessage m) { return List.of(); }
    }

    @Test
    @DisplayName("two adapters with one id fail fast and name both classes")
    void duplicateIds() {
        ChannelRegistry r = new ChannelRegistry().register(new Fixed("a"));
        assertThatThrownBy(() -> r.register(new Other()))
                .isInstanceOf(DuplicateChannelException.class)
                .hasMessageContaining(Fixed.class.getName())
                .hasMessageContaining(Other.class.getName());
    }

    @Test
    @DisplayName("an unknown channel id is an error that lists the registered ids")
    void unknownId() {
        ChannelRegistry r = new ChannelRegistry().register(new Fixed("qlue")).register(new Fixed("email"));
        assertThatThrownBy(() -> r.get("fax"))
                .isInstanceOf(NoSuchChannelException.class)
                .hasMessageContaining("email, qlue")
                .extracting(e -> ((ChannelException) e).code()).isEqualTo(NoSuchChannelException.CODE);
    }

    @Test
    @DisplayName("an adapter without a valid id is refused")
    void invalidId() {
        assertThatThrownBy(() -> new ChannelRegistry().register(new Fixed("Not Valid")))
                .isInstanceOf(ChannelException.class)
                .extracting(e -> ((ChannelException) e).code()).isEqualTo(ChannelRegistry.INVALID_ID);
    }

    @Test
    @DisplayName("the reporter's contact never appears in toString")
    void contactRedacted() {
        ReporterContact c = new ReporterContact("Budi Santoso", "+6281234567890", "3175011234560001", "budi@example.id", "@budi");
        assertThat(c.toString()).doesNotContain("Budi", "6281234567890", "3175011234560001", "budi@", "@budi")
                .contains("name", "phone", "nik", "email", "handle");
        InboundReport r = InboundReport.builder().channelId("sms-1708").externalId("m1")
                .receivedAt(java.time.Instant.EPOCH).text("jalan rusak").reporter(c).build();
        assertThat(r.toString()).doesNotContain("Budi", "6281234567890");
    }

    @Test
    @DisplayName("points are range-checked and far-away points are recognised as outside Indonesia")
    void points() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new GeoPoint(-6.2187, 106.9081).isInIndonesia()).isTrue();
        assertThat(new GeoPoint(48.85, 2.35).isInIndonesia()).isFalse();
        assertThat(new GeoPoint(-6.2187, 106.9081).distanceMetres(new GeoPoint(-6.2187, 106.9085)))
                .isBetween(40.0, 50.0);
    }
}
