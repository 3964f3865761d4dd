package id.crm.channel.social;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import id.crm.channel.social.internal.Json;
import id.crm.channel.social.internal.TweetReader;
import id.crm.channel.social.internal.WebhookSignature;
import id.crm.channel.spi.Capability;
import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelDescriptor;
import id.crm.channel.spi.ChannelKind;
import id.crm.channel.spi.HandshakeResponder;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.Payloads;
import id.crm.channel.spi.SignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * X (Twitter) mentions of the city account (channel id {@value #ID}), delivered by the
 * Account Activity API webhook. Each tweet of {@code tweet_create_events} that mentions the
 * account becomes a report; retweets, the account's own tweets and other events (likes, follows,
 * direct-message indicators) give nothing. The tweet's {@code id_str} is the external id, so a
 * webhook delivered twice gives the same report. Leading {@code @mentions} are removed from the
 * text; a shared point or the centre of the tweet's place becomes the location.
 *
 * <p>{@link #verify} checks {@code x-twitter-webhooks-signature: sha256=<base64 HMAC-SHA256 of the
 * body, keyed with the consumer secret>}; {@link #respond} answers the CRC check
 * ({@code crc_token}) with {@code {"response_token":"sha256=<base64 HMAC of the token>"}}. The
 * secret passed to both is the app's consumer secret. Replies: {@link XReplySender}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class XAdapter implements ChannelAdapter, SignatureVerifier, HandshakeResponder {

    /** The channel id. */
    public static final String ID = "x";
    /** Jakarta's provincial account. */
    public static final String DEFAULT_ACCOUNT = "DKIJakarta";
    /** The signature header. */
    public static final String SIGNATURE_HEADER = "x-twitter-webhooks-signature";

    private final String account;
    private final TweetReader reader;
    private final ChannelDescriptor descriptor;

    /** The adapter for {@value #DEFAULT_ACCOUNT}; used by {@link java.util.ServiceLoader}. */
    public XAdapter() {
        this(DEFAULT_ACCOUNT);
    }

    /** The adapter for another city account (without the {@code @}). */
    public XAdapter(String account) {
        requireNonNull(account, "account");
        if (!account.matches("\\w{1,15}")) {
            throw new IllegalArgumentException("not an X screen name: " + account);
        }
        this.account = account;
        this.reader = new TweetReader(ID, account);
        this.descriptor = new ChannelDescriptor("X @" + account, ChannelKind.NON_GEOTAGGING,
                Set.of(Capability.SIGNATURE, Capability.HANDSHAKE, Capability.REPLY), "1.0");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChannelDescriptor descriptor() {
        return descriptor;
    }

    /** The account whose mentions become reports. */
    public String account() {
        return account;
    }

    @Override
    public List<InboundReport> parse(InboundMessage message) {
        JsonNode root = Json.read(Payloads.utf8(requireNonNull(message, "message")));
        if (!root.isObject()) {
            throw new MalformedPayloadException("an account-activity delivery is a JSON object");
        }
        JsonNode tweets = root.get("tweet_create_events");
        if (tweets == null) {
            return List.of();
        }
        if (!tweets.isArray()) {
            throw new MalformedPayloadException("tweet_create_events is not an array");
        }
        Optional<String> forUser = Json.text(root, "for_user_id");
        List<InboundReport> reports = new ArrayList<>();
        for (JsonNode tweet : tweets) {
            reader.read(tweet, forUser).ifPresent(reports::add);
        }
        return reports;
    }

    @Override
    public void verify(InboundMessage message, String consumerSecret) {
        WebhookSignature.verify(requireNonNull(message, "message"), consumerSecret, SIGNATURE_HEADER, WebhookSignature.Encoding.BASE64);
    }

    @Override
    public Optional<HandshakeResponse> respond(Map<String, String> query, String consumerSecret) {
        String token = requireNonNull(query, "query").get("crc_token");
        if (token == null) {
            return Optional.empty();
        }
        if (token.isBlank() || token.length() > 1024) {
            return Optional.of(new HandshakeResponse(400, "text/plain", "bad crc_token"));
        }
        String response = WebhookSignature.sign(token.getBytes(StandardCharsets.UTF_8), consumerSecret, WebhookSignature.Encoding.BASE64);
        return Optional.of(new HandshakeResponse(200, "application/json", "{\"response_token\":\"" + response + "\"}"));
    }
}
