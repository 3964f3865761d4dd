package id.crm.channel.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Writes test submissions with Jackson, so that any text is escaped correctly. */
final class WebTestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WebTestJson() {
    }

    static byte[] write(Map<String, Object> fields) {
        try {
            return MAPPER.writeValueAsBytes(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
