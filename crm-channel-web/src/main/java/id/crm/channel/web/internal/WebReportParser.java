package id.crm.channel.web.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.LocationPolicy;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.PhoneNumbers;
import id.crm.channel.spi.Privacy;
import id.crm.channel.spi.ReporterContact;
import id.crm.channel.spi.TextNormalizer;
import java.net.URLConnection;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns one schema-checked web submission into a report. Shared by the JAKI and Balai Warga
 * adapters, which differ in their schema (JAKI requires a point) and their default privacy.
 *
 * <p>Immutable and thread-safe.
 */
public final class WebReportParser {

    private final String channelId;
    private final JsonIntake intake;
    private final Privacy defaultPrivacy;

    public WebReportParser(String channelId, JsonIntake intake, Privacy defaultPrivacy) {
        this.channelId = requireNonNull(channelId, "channelId");
        this.intake = requireNonNull(intake, "intake");
        this.defaultPrivacy = requireNonNull(defaultPrivacy, "defaultPrivacy");
    }

    /** Parses a delivery; throws only {@link MalformedPayloadException}. */
    public List<InboundReport> parse(InboundMessage message) {
        requireNonNull(message, "message");
        try {
            return List.of(toReport(message));
        } catch (MalformedPayloadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedPayloadException(channelId + ": cannot read the submission: " + e, e);
        }
    }

    private InboundReport toReport(InboundMessage message) {
        JsonNode doc = intake.read(message);
        Violations violations = new Violations(intake.violations(doc));
        // Semantic checks run even when the schema failed, so the sender sees every problem at once.
        String text = text(doc, "text").map(TextNormalizer::normalize).orElse("");
        if (text.isEmpty()) {
            violations.add("/text", "has no visible characters");
        }
        Optional<Instant> submittedAt = text(doc, "submitted_at").flatMap(s -> {
            Optional<Instant> at = JakartaTime.parse(s);
            if (at.isEmpty()) {
                violations.add("/submitted_at", "'" + s + "' is not a valid date and time");
            }
            return at;
        });
        ReporterContact reporter = reporter(doc.path("reporter"), violations);
        violations.throwIfAny(channelId + ": the submission violates the web report schema");

        InboundReport.Builder report = InboundReport.builder()
                .channelId(channelId)
                .externalId(doc.get("id").asText())
                .text(text)
                .receivedAt(submittedAt.orElse(message.receivedAt()))
                .privacy(privacy(doc))
                .address(line(doc, "address").orElse(null))
                .categoryHint(line(doc, "category").orElse(null))
                .reporter(reporter);
        if (doc.hasNonNull("lat") && doc.hasNonNull("lon")) {
            LocationPolicy.apply(report, doc.get("lat").asDouble(), doc.get("lon").asDouble());
        }
        for (JsonNode photo : doc.path("photos")) {
            String uri = photo.asText();
            report.addMedia(new MediaRef(uri, URLConnection.guessContentTypeFromName(uri.replaceAll("[?#].*", ""))));
        }
        return report.build();
    }

    private Privacy privacy(JsonNode doc) {
        return text(doc, "privacy").map(p -> Privacy.valueOf(p.toUpperCase(Locale.ROOT))).orElse(defaultPrivacy);
    }

    private static ReporterContact reporter(JsonNode r, Violations violations) {
        if (!r.isObject()) {
            return ReporterContact.none();
        }
        Optional<String> rawPhone = text(r, "phone");
        Optional<String> phone = rawPhone.flatMap(PhoneNumbers::toE164);
        if (rawPhone.isPresent() && phone.isEmpty()) {
            // the value itself is personal data (UU 27/2022) and stays out of the message
            violations.add("/reporter/phone", "cannot be read as a phone number");
        }
        ReporterContact contact = new ReporterContact(line(r, "name").orElse(null), phone.orElse(null),
                text(r, "nik").orElse(null), text(r, "email").map(String::strip).orElse(null),
                line(r, "user_id").orElse(null));
        return contact.isEmpty() ? ReporterContact.none() : contact;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() ? Optional.empty() : Optional.of(v.asText());
    }

    private static Optional<String> line(JsonNode node, String field) {
        return text(node, field).flatMap(TextNormalizer::optional).map(s -> s.replaceAll("\\s+", " "));
    }
}
