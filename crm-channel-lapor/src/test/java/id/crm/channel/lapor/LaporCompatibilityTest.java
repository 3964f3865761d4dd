package id.crm.channel.lapor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.InboundMessage;
import id.crm.testkit.channel.ChannelAdapterCompatibilityKit;
import id.crm.testkit.channel.Sample;
import id.crm.testkit.channel.SampleResources;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class LaporCompatibilityTest extends ChannelAdapterCompatibilityKit {

    @Override
    protected ChannelAdapter adapter() {
        return new LaporAdapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(
                Sample.of("lapor-single", withToken(resource("/samples/lapor-single.json", "application/json")))
                        .withIds("4273682").withReceivedAt("4273682", Instant.parse("2023-08-21T12:42:05Z")),
                Sample.of("lapor-batch", withToken(resource("/samples/lapor-batch.json", "application/json")))
                        .withIds("4281107", "4281254").withReceivedAt("4281107", Instant.parse("2023-09-04T02:15:00Z")));
    }

    @Override
    protected Optional<InboundMessage> sampleWithText(String text) {
        try {
            byte[] body = new ObjectMapper().writeValueAsBytes(Map.of("tracking_id", "4300001", "content", text));
            return Optional.of(withToken(InboundMessage.of(body, Map.of("Content-Type", List.of("application/json")),
                    SampleResources.RECEIVED_AT)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InboundMessage withToken(InboundMessage m) {
        return InboundMessage.of(m.body(), Map.of("Content-Type", List.of("application/json"),
                LaporAdapter.TOKEN_HEADER, List.of(LaporAdapterTest.TOKEN)), m.receivedAt());
    }
}
