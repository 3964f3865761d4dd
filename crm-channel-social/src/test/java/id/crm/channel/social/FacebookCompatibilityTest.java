package id.crm.channel.social;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.InboundMessage;
import id.crm.testkit.channel.ChannelAdapterCompatibilityKit;
import id.crm.testkit.channel.Sample;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class FacebookCompatibilityTest extends ChannelAdapterCompatibilityKit {

    @Override
    protected ChannelAdapter adapter() {
        return new FacebookAdapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(
                Sample.of("fb-feed.json", resource("fb-feed.json", "application/json"))
                        .withIds("117203528307930_6659912345678901", "6659900000000000_789012345678901")
                        .withReceivedAt("117203528307930_6659912345678901", Instant.ofEpochSecond(1687054500)),
                Sample.of("fb-messaging.json", resource("fb-messaging.json", "application/json"))
                        .withIds("m_AG5Hz2Uq7qDEhfLTuw7m8Qwz1Gyfm1O7ASUPbGXT5o1r2Nb7ZgZ_yoeFEgI-eW46S3nB9BDGAL0pHuxqlRu6DQ"));
    }

    @Override
    protected Optional<InboundMessage> sampleWithText(String text) {
        return Optional.of(Deliveries.json(Map.of("object", "page", "entry", List.of(Map.of("id", "1", "time", 1687055400123L,
                "messaging", List.of(Map.of("sender", Map.of("id", "42"), "timestamp", 1687055399876L,
                        "message", Map.of("mid", "m_1", "text", text))))))));
    }
}
