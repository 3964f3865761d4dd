package id.crm.channel.social;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import id.crm.channel.social.internal.FacebookEventReader;
import id.crm.channel.social.internal.Json;
import id.crm.channel.social.internal.WebhookSignature;
import id.crm.channel.spi.Capability;
import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelDescriptor;
import id.crm.channel.spi.ChannelKind;
import id.crm.channel.spi.HandshakeResponder;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.InvalidSignatureException;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.Payloads;
import id.crm.channel.spi.SignatureVerifier;
import id.crm.channel.spi.Signatures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Facebook Page of the city (channel id {@value #ID}), delivered by Page webhooks
 * ({@code object: page}): new posts and comments by citizens on the page's feed
 * ({@code entry[].changes[]}, field {@code feed}, verb {@code add}) and messages to the page
 * ({@code entry[].messaging[]}). Edits, removals, the page's own posts and echoes give nothing.
 * The external id is the {@code comment_id}, {@code post_id} or message {@code mid}.
 *
 * <p>{@link #verify} checks {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body,
 * keyed with the app secret>}. {@link #respond} answers the subscription check
 * ({@code hub.mode=subscribe}, {@code hub.verify_token}, {@code hub.challenge}) when the verify
 * token equals the secret given. Replies: {@link FacebookReplySender}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FacebookAdapter implements ChannelAdapter, SignatureVerifier, HandshakeResponder {

    /** The channel id. */
    public static final String ID = "facebook";
    /** The signature header. */
    public static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private static final ChannelDescriptor DESCRIPTOR = new ChannelDescriptor("Facebook Pemprov DKI", ChannelKind.NON_GEOTAGGING,
            Set.of(Capability.SIGNATURE, Capability.HANDSHAKE, Capability.REPLY), "1.0");

    private final FacebookEventReader reader = new FacebookEventReader(ID);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChannelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<InboundReport> parse(InboundMessage message) {
        JsonNode root = Json.read(Payloads.utf8(requireNonNull(message, "message")));
        if (!root.isObject()) {
            throw new MalformedPayloadException("a Page webhook delivery is a JSON object");
        }
        JsonNode entries = root.get("entry");
        if (!"page".equals(root.path("object").asText("page")) || entries == null) {
            return List.of();
        }
        if (!entries.isArray()) {
            throw new MalformedPayloadException("entry is not an array");
        }
        List<InboundReport> reports = new ArrayList<>();
        for (JsonNode entry : entries) {
            String pageId = Json.text(entry, "id").orElse("");
            JsonNode t = entry.get("time");
            Instant time = t != null && t.isIntegralNumber() && t.canConvertToLong() ? Instant.ofEpochMilli(t.asLong()) : message.receivedAt();
            for (JsonNode change : entry.path("changes")) {
                reader.change(change, pageId, time).ifPresent(reports::add);
            }
            for (JsonNode event : entry.path("messaging")) {
                reader.messaging(event, time).ifPresent(reports::add);
            }
        }
        return reports;
    }

    @Override
    public void verify(InboundMessage message, String appSecret) {
        WebhookSignature.verify(requireNonNull(message, "message"), appSecret, SIGNATURE_HEADER, WebhookSignature.Encoding.HEX);
    }

    /**
     * @param verifyToken the verify token configured for the webhook in the app dashboard
     */
    @Override
    public Optional<HandshakeResponse> respond(Map<String, String> query, String verifyToken) {
        String mode = requireNonNull(query, "query").get("hub.mode");
        if (mode == null) {
            return Optional.empty();
        }
        String token = query.getOrDefault("hub.verify_token", "");
        String challenge = query.getOrDefault("hub.challenge", "");
        if (!mode.equals("subscribe") || challenge.isEmpty() || challenge.length() > 256) {
            return Optional.of(new HandshakeResponse(400, "text/plain", "not a subscription request"));
        }
        if (!Signatures.constantTimeEquals(Signatures.requireSecret(verifyToken), token)) {
            throw new InvalidSignatureException("hub.verify_token does not match");
        }
        return Optional.of(new HandshakeResponse(200, "text/plain", challenge));
    }
}
