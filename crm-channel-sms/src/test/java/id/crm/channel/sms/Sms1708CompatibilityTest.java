package id.crm.channel.sms;

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

class Sms1708CompatibilityTest extends ChannelAdapterCompatibilityKit {

    static final String FORM = "application/x-www-form-urlencoded";

    @Override
    protected ChannelAdapter adapter() {
        return new Sms1708Adapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(
                Sample.of("twilio-sms.form", resource("twilio-sms.form", FORM)).withIds("SM5f3c1e0a9b8d47e2a1c6d0e4b7f29a31"),
                Sample.of("gammu-sms.json", resource("gammu-sms.json", "application/json")).withIds("48213")
                        .withReceivedAt("48213", Instant.parse("2023-06-18T02:00:00Z")),
                Sample.of("gammu-ucs2.json", resource("gammu-ucs2.json", "application/json; charset=utf-8")).withIds("48214"),
                Sample.of("gammu-long.json", resource("gammu-long.json", "application/json")).withIds("48215")
                        .withReceivedAt("48215", Instant.parse("2023-06-18T09:20:00Z")));
    }

    @Override
    protected Optional<InboundMessage> sampleWithText(String text) {
        try {
            byte[] body = new ObjectMapper().writeValueAsBytes(Map.of("id", "77", "from", "0812-3456-7890", "text", text));
            return Optional.of(InboundMessage.of(body, Map.of("Content-Type", List.of("application/json")), SampleResources.RECEIVED_AT));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
