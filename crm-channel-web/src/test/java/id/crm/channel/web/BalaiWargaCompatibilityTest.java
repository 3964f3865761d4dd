package id.crm.channel.web;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.InboundMessage;
import id.crm.testkit.channel.ChannelAdapterCompatibilityKit;
import id.crm.testkit.channel.Sample;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class BalaiWargaCompatibilityTest extends ChannelAdapterCompatibilityKit {

    @Override
    protected ChannelAdapter adapter() {
        return new BalaiWargaAdapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(Sample.of("balai-warga-pohon", resource("/samples/balai-warga-pohon.json", "application/json"))
                .withIds("BW-20240311-000417")
                .withReceivedAt("BW-20240311-000417", Instant.parse("2024-03-11T02:15:00Z")));
    }

    @Override
    protected Optional<InboundMessage> sampleWithText(String text) {
        return Optional.of(JakiCompatibilityTest.json(Map.of("id", "kit-text", "text", text)));
    }

    @Override
    protected Optional<InboundMessage> sampleWithLocation(double lat, double lon) {
        return Optional.of(JakiCompatibilityTest.json(Map.of("id", "kit-point", "text", "Got mampet", "lat", lat, "lon", lon)));
    }
}
