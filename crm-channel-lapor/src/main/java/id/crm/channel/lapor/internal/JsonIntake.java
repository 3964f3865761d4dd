package id.crm.channel.lapor.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.Payloads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JSON delivery and checks it against a published JSON Schema (draft 2020-12), listing
 * every violation at once with its JSON pointer. Schemas come from the classpath only: a
 * {@code $ref} is resolved against the preloaded schemas and never fetched from the network.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class JsonIntake {

    /** Upper bound for one delivery; a submission is a few kilobytes (photos are sent as URLs). */
    public static final int MAX_BYTES = Payloads.DEFAULT_MAX_BYTES;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Schema schema;

    private JsonIntake(Schema schema) {
        this.schema = schema;
    }

    /**
     * Loads schemas from the classpath.
     *
     * @param schemas schema {@code $id} to classpath resource name, for every schema that may be referenced
     * @param main the {@code $id} of the schema deliveries are validated against
     */
    public static JsonIntake load(Map<String, String> schemas, String main) {
        Map<String, String> texts = new HashMap<>();
        schemas.forEach((id, resource) -> texts.put(id, resource(resource)));
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(config).schemas(texts));
        Schema schema = registry.getSchema(SchemaLocation.of(requireNonNull(main, "main")));
        schema.initializeValidators();
        return new JsonIntake(schema);
    }

    /** Parses the body (strict UTF-8, RFC 8259) as one JSON document. */
    public JsonNode read(InboundMessage message) {
        String body = Payloads.utf8(message, MAX_BYTES);
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new MalformedPayloadException("empty body: expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MalformedPayloadException("not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()), e);
        } catch (IOException e) {
            throw new MalformedPayloadException("unreadable JSON: " + e.getMessage(), e);
        }
    }

    /** Every schema violation of the document, as {@code "<json pointer>: <message>"}, sorted by pointer. */
    public List<String> violations(JsonNode document) {
        return schema.validate(document).stream().map(JsonIntake::describe).sorted().distinct().toList();
    }

    private static String describe(Error error) {
        String pointer = error.getInstanceLocation().toString();
        if (error.getProperty() != null
                && ("required".equals(error.getKeyword()) || "dependentRequired".equals(error.getKeyword()))) {
            pointer = pointer + "/" + error.getProperty();
        }
        return (pointer.isEmpty() ? "/" : pointer) + ": " + error.getMessage();
    }

    private static String resource(String name) {
        try (InputStream in = JsonIntake.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
