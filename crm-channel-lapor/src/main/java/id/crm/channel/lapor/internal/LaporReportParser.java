package id.crm.channel.lapor.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.PhoneNumbers;
import id.crm.channel.spi.Privacy;
import id.crm.channel.spi.ReporterContact;
import id.crm.channel.spi.TextNormalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a LAPOR! delivery (one report object or an array of them) into reports, after checking
 * each against the published schema.
 *
 * <p>Immutable and thread-safe.
 */
public final class LaporReportParser {

    /** Attribute with the agency LAPOR! disposed the report to. */
    public static final String AGENCY = "lapor_agency";
    /** The most reports one delivery may carry. */
    public static final int MAX_BATCH = 500;

    private final String channelId;
    private final JsonIntake intake;

    public LaporReportParser(String channelId, JsonIntake intake) {
        this.channelId = requireNonNull(channelId, "channelId");
        this.intake = requireNonNull(intake, "intake");
    }

    /** Parses a delivery; throws only {@link MalformedPayloadException}. */
    public List<InboundReport> parse(InboundMessage message) {
        requireNonNull(message, "message");
        try {
            JsonNode doc = intake.read(message);
            if (!doc.isArray()) {
                return List.of(toReport(doc, "", message.receivedAt()));
            }
            if (doc.size() > MAX_BATCH) {
                throw new MalformedPayloadException(channelId + ": a delivery carries at most " + MAX_BATCH
                        + " reports, this one " + doc.size());
            }
            List<InboundReport> reports = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (int i = 0; i < doc.size(); i++) {
                try {
                    reports.add(toReport(doc.get(i), "/" + i, message.receivedAt()));
                } catch (MalformedPayloadException e) {
                    refused.add(e.getMessage());
                }
            }
            if (!refused.isEmpty()) {
                // one bad item refuses the whole delivery, so that it is quarantined as the bridge sent it
                throw new MalformedPayloadException(String.join(" | ", refused));
            }
            return List.copyOf(reports);
        } catch (MalformedPayloadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedPayloadException(channelId + ": cannot read the LAPOR! delivery: " + e, e);
        }
    }

    private InboundReport toReport(JsonNode doc, String at, Instant delivered) {
        Violations violations = new Violations(intake.violations(doc).stream().map(v -> at + v).toList());
        Optional<String> title = line(doc, "title");
        String content = text(doc, "content").map(TextNormalizer::normalize).orElse("");
        if (content.isEmpty()) {
            violations.add(at + "/content", "has no visible characters");
        }
        Optional<Instant> createdAt = text(doc, "created_at").flatMap(s -> {
            Optional<Instant> t = JakartaTime.parse(s);
            if (t.isEmpty()) {
                violations.add(at + "/created_at", "'" + s + "' is not a valid date and time");
            }
            return t;
        });
        ReporterContact reporter = reporter(doc.path("reporter"), at, violations);
        violations.throwIfAny(channelId + ": the delivery violates the LAPOR! report schema");

        InboundReport.Builder report = InboundReport.builder()
                .channelId(channelId)
                .externalId(doc.get("tracking_id").asText())
                .text(title.filter(t -> !content.startsWith(t)).map(t -> t + "\n\n" + content).orElse(content))
                .receivedAt(createdAt.orElse(delivered))
                .privacy(privacy(doc))
                .address(line(doc, "location").orElse(null))
                .categoryHint(line(doc, "category").orElse(null))
                .reporter(reporter);
        line(doc, "agency").ifPresent(a -> report.attribute(AGENCY, a));
        for (JsonNode file : doc.path("attachments")) {
            report.addMedia(new MediaRef(file.get("url").asText(), text(file, "mime_type").orElse(null)));
        }
        return report.build();
    }

    /** {@code is_secret} (rahasia) wins over {@code is_anonymous} (anonim): a secret report is never public. */
    private static Privacy privacy(JsonNode doc) {
        if (doc.path("is_secret").asBoolean(false)) {
            return Privacy.CONFIDENTIAL;
        }
        return doc.path("is_anonymous").asBoolean(false) ? Privacy.ANONYMOUS : Privacy.PUBLIC;
    }

    private static ReporterContact reporter(JsonNode r, String at, Violations violations) {
        if (!r.isObject()) {
            return ReporterContact.none();
        }
        Optional<String> rawPhone = text(r, "phone");
        Optional<String> phone = rawPhone.flatMap(PhoneNumbers::toE164);
        if (rawPhone.isPresent() && phone.isEmpty()) {
            // the value itself is personal data (UU 27/2022) and stays out of the message
            violations.add(at + "/reporter/phone", "cannot be read as a phone number");
        }
        ReporterContact contact = new ReporterContact(line(r, "name").orElse(null), phone.orElse(null),
                text(r, "nik").orElse(null), text(r, "email").map(String::strip).orElse(null), null);
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
