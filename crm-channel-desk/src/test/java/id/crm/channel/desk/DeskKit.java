package id.crm.channel.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.crm.channel.spi.InboundMessage;
import id.crm.testkit.channel.ChannelAdapterCompatibilityKit;
import id.crm.testkit.channel.SampleResources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The compatibility kit with desk entries built for text and location checks; one subclass per desk. */
abstract class DeskKit extends ChannelAdapterCompatibilityKit {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    protected Optional<InboundMessage> sampleWithText(String text) {
        return Optional.of(entry(Map.of("text", text)));
    }

    @Override
    protected Optional<InboundMessage> sampleWithLocation(double lat, double lon) {
        return Optional.of(entry(Map.of("text", "Jalan berlubang", "lat", lat, "lon", lon)));
    }

    static InboundMessage entry(Map<String, Object> fields) {
        Map<String, Object> entry = new LinkedHashMap<>(Map.of("entry_id", "kit-entry", "officer", "kit.officer",
                "desk", "31.75.07.1007", "paper_reference", "001/KIT/2024"));
        entry.putAll(fields);
        try {
            return InboundMessage.of(MAPPER.writeValueAsBytes(entry), Map.of("Content-Type", List.of("application/json")),
                    SampleResources.RECEIVED_AT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
