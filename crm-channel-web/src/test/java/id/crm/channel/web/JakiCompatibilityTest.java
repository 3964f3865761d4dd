package id.crm.channel.web;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.InboundMessage;
import id.crm.testkit.channel.ChannelAdapterCompatibilityKit;
import id.crm.testkit.channel.Sample;
import id.crm.testkit.channel.SampleResources;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class JakiCompatibilityTest extends ChannelAdapterCompatibilityKit {

    @Override
    protected ChannelAdapter adapter() {
        return new JakiAdapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(
                Sample.of("jaki-parkir-liar", resource("/samples/jaki-parkir-liar.json", "application/json"))
                        .withIds("jaki-7f3c2a9e-4b1d-4e8a-9c2f-1d2e3f4a5b6c")
                        .withReceivedAt("jaki-7f3c2a9e-4b1d-4e8a-9c2f-1d2e3f4a5b6c", Instant.parse("2023-06-19T01:10:00Z")),
                Sample.of("jaki-no-fix-local-time", resource("/samples/jaki-no-fix-local-time.json", "application/json"))
                        .withIds("jaki-0b9d7c11-22aa-4f6e-8d10-5e6f7a8b9c0d")
                        .withReceivedAt("jaki-0b9d7c11-22aa-4f6e-8d10-5e6f7a8b9c0d", Instant.parse("2023-11-02T09:45:30Z")));
    }

    @Override
    protected Optional<InboundMessage> sampleWithText(String text) {
        return Optional.of(json(Map.of("id", "kit-text", "text", text, "lat", -6.2, "lon", 106.8)));
    }

    @Override
    protected Optional<InboundMessage> sampleWithLocation(double lat, double lon) {
        return Optional.of(json(Map.of("id", "kit-point", "text", "Jalan berlubang", "lat", lat, "lon", lon)));
    }

    static InboundMessage json(Map<String, Object> fields) {
        return InboundMessage.of(WebTestJson.write(fields), Map.of("Content-Type", List.of("application/json")),
                SampleResources.RECEIVED_AT);
    }
}
