package id.crm.channel.social.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.crm.channel.spi.MalformedPayloadException;
import java.util.Optional;

/**
 * Reads feed and webhook JSON into a tree with tight limits (nesting depth 64, no trailing tokens,
 * no duplicate keys) and turns every Jackson failure into {@link MalformedPayloadException}.
 *
 * <p>Thread-safe: the mapper is configured once and only read.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64).maxNumberLength(64).maxStringLength(1 << 22).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /** The JSON tree of {@code text}; never a missing or null node. */
    public static JsonNode read(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedPayloadException("not valid JSON: " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            throw new MalformedPayloadException("not valid JSON: " + e, e);
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new MalformedPayloadException("no JSON value in the body");
        }
        return node;
    }

    /** A field's value as text when it is a string or a number; empty when absent, null or blank. */
    public static Optional<String> text(JsonNode object, String field) {
        JsonNode v = object.get(field);
        if (v == null || !(v.isTextual() || v.isNumber())) {
            return Optional.empty();
        }
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
