package id.crm.channel.qlue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.InboundMessage;
import id.crm.testkit.channel.ChannelAdapterCompatibilityKit;
import id.crm.testkit.channel.Sample;
import id.crm.testkit.channel.SampleResources;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class QlueCompatibilityTest extends ChannelAdapterCompatibilityKit {

    @Override
    protected ChannelAdapter adapter() {
        return new QlueAdapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(
                Sample.of("feed-page.json", resource("feed-page.json", "application/json"))
                        .withIds("2103917", "2103925", "2103931", "2103940")
                        .withReceivedAt("2103917", Instant.parse("2023-06-18T02:00:00Z"))
                        .withReceivedAt("2103940", Instant.parse("2023-06-18T16:59:59Z")),
                Sample.of("webhook-post.json", resource("webhook-post.json", "application/json")).withIds("2104002"),
                Sample.of("empty-page.json", resource("empty-page.json", "application/json")).withIds());
    }

    @Override
    protected Optional<InboundMessage> sampleWithText(String text) {
        return Optional.of(post(Map.of("post_desc", text)));
    }

    @Override
    protected Optional<InboundMessage> sampleWithLocation(double lat, double lon) {
        return Optional.of(post(Map.of("loc_lat", Double.toString(lat), "loc_lng", lon)));
    }

    private InboundMessage post(Map<String, Object> fields) {
        Map<String, Object> post = new LinkedHashMap<>(Map.of("post_id", "42", "post_date", "2023-06-18 09:00:00",
                "post_desc", "Got mampet di Jl. Kemang Raya", "profile_name", "kemang"));
        post.putAll(fields);
        try {
            return message(new ObjectMapper().writeValueAsBytes(post));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
