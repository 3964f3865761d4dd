package id.crm.channel.sms;

import static java.util.Objects.requireNonNull;

import id.crm.channel.sms.internal.Json;
import id.crm.channel.sms.internal.JsonGatewayMessage;
import id.crm.channel.sms.internal.Keywords;
import id.crm.channel.sms.internal.SmsMessage;
import id.crm.channel.sms.internal.TwilioForm;
import id.crm.channel.spi.Capability;
import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelDescriptor;
import id.crm.channel.spi.ChannelKind;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.Payloads;
import id.crm.channel.spi.PhoneNumbers;
import id.crm.channel.spi.ReporterContact;
import id.crm.channel.spi.SignatureVerifier;
import id.crm.channel.spi.TextNormalizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An SMS line fed by an SMS-gateway webhook. The body format is chosen by Content-Type:
 * {@code application/x-www-form-urlencoded} is Twilio's Programmable Messaging webhook
 * ({@code MessageSid}, {@code From}, {@code To}, {@code Body}, {@code NumSegments}, media fields;
 * WhatsApp senders arrive as {@code whatsapp:+62...}); {@code application/json} is the
 * {@code {"id","from","to","text","timestamp"}} object of Gammu SMSD relays and similar gateways,
 * with {@code coding}/{@code dcs} for hex-encoded UCS-2 text and {@code parts} for a long message.
 * Without a Content-Type the body is sniffed: one that starts with a brace is JSON.
 *
 * <p>The sender becomes an E.164 phone number ({@code 0812...}, {@code 62812...} and
 * {@code +62 812-...} are all understood); a leading keyword of the {@link SmsLine} is stripped; the
 * gateway's message id is the external id. An SMS with no text left is "nothing to report".
 * Signatures: see {@link SmsSignatures}. Replies: {@link SmsReplySender}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public class SmsAdapter implements ChannelAdapter, SignatureVerifier {

    private static final int MAX_BYTES = 256 * 1024;

    private final SmsLine line;
    private final ChannelDescriptor descriptor;
    private final Keywords keywords;

    /** An adapter for any SMS line, for explicit registration. */
    public SmsAdapter(SmsLine line) {
        this.line = requireNonNull(line, "line");
        this.descriptor = new ChannelDescriptor(line.displayName(), ChannelKind.NON_GEOTAGGING,
                Set.of(Capability.SIGNATURE, Capability.REPLY), "1.0");
        this.keywords = new Keywords(line.keywords());
    }

    @Override
    public final String id() {
        return line.channelId();
    }

    @Override
    public final ChannelDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final List<InboundReport> parse(InboundMessage message) {
        String body = Payloads.utf8(requireNonNull(message, "message"), MAX_BYTES);
        String type = message.mediaType().orElse(body.stripLeading().startsWith("{") ? "application/json"
                : "application/x-www-form-urlencoded");
        SmsMessage sms;
        if (type.equals("application/x-www-form-urlencoded")) {
            sms = TwilioForm.read(body);
        } else if (type.equals("application/json") || type.endsWith("+json")) {
            sms = JsonGatewayMessage.read(Json.read(body));
        } else {
            throw new MalformedPayloadException("unsupported Content-Type for an SMS gateway webhook: " + type);
        }
        return report(sms, message).map(List::of).orElse(List.of());
    }

    private Optional<InboundReport> report(SmsMessage sms, InboundMessage message) {
        String text = keywords.strip(TextNormalizer.normalize(sms.text()));
        if (TextNormalizer.optional(text).isEmpty()) {
            return Optional.empty();
        }
        String id = TextNormalizer.normalize(sms.id());
        if (id.isEmpty() || id.length() > 200) {
            throw new MalformedPayloadException("message id is blank or longer than 200 characters");
        }
        InboundReport.Builder b = InboundReport.builder()
                .channelId(id())
                .externalId(id)
                .receivedAt(sms.sentAt().orElse(message.receivedAt()))
                .text(TextNormalizer.reportText(text))
                .reporter(reporter(sms.from()));
        if (sms.from().startsWith("whatsapp:")) {
            b.attribute("transport", "whatsapp");
        }
        Optional<String> to = sms.to().map(SmsAdapter::withoutTransport);
        to.flatMap(PhoneNumbers::toE164).or(() -> to.filter(t -> t.matches("[0-9]{3,8}")))
                .ifPresent(line -> b.attribute("to", line));
        sms.segments().filter(n -> n > 1).ifPresent(n -> b.attribute("segments", n.toString()));
        sms.media().stream().limit(20).forEach(b::addMedia);
        return Optional.of(b.build());
    }

    /** The sender as an E.164 number; an alphanumeric sender id becomes a handle instead. */
    private static ReporterContact reporter(String from) {
        String raw = withoutTransport(from);
        return PhoneNumbers.toE164(raw).map(ReporterContact::ofPhone)
                .or(() -> TextNormalizer.optional(raw).filter(h -> h.length() <= 200).map(ReporterContact::ofHandle))
                .orElse(ReporterContact.none());
    }

    private static String withoutTransport(String address) {
        return address.startsWith("whatsapp:") ? address.substring("whatsapp:".length()) : address;
    }

    /** Checks the delivery's signature; see {@link SmsSignatures}. */
    @Override
    public final void verify(InboundMessage message, String secret) {
        SmsSignatures.verify(message, secret);
    }
}
