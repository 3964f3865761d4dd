package id.crm.channel.social;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.InboundMessage;
import id.crm.testkit.channel.ChannelAdapterCompatibilityKit;
import id.crm.testkit.channel.Sample;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class XCompatibilityTest extends ChannelAdapterCompatibilityKit {

    @Override
    protected ChannelAdapter adapter() {
        return new XAdapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(
                Sample.of("x-tweet-create-events.json", resource("x-tweet-create-events.json", "application/json"))
                        .withIds("1670259384029102081", "1670260004362059776", "1670283534571913216")
                        .withReceivedAt("1670259384029102081", Instant.parse("2023-06-18T02:05:12Z")),
                Sample.of("x-favorite-events.json", resource("x-favorite-events.json", "application/json")).withIds());
    }

    @Override
    protected Optional<InboundMessage> sampleWithText(String text) {
        return Optional.of(Deliveries.tweet(text, Map.of()));
    }

    @Override
    protected Optional<InboundMessage> sampleWithLocation(double lat, double lon) {
        return Optional.of(Deliveries.tweet("banjir di sini", Map.of("coordinates", Map.of("type", "Point", "coordinates", List.of(lon, lat)))));
    }
}
