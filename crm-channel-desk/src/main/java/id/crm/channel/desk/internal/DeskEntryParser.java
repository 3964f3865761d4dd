package id.crm.channel.desk.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.LocationPolicy;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.PhoneNumbers;
import id.crm.channel.spi.Privacy;
import id.crm.channel.spi.ReporterContact;
import id.crm.channel.spi.TextNormalizer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns one schema-checked desk entry into a report. The five desk channels share it and differ
 * only in their {@link DeskRules}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DeskEntryParser {

    /** Attribute keys, documented in {@link id.crm.channel.desk.DeskAdapter}. */
    public static final String OFFICER = "officer", DESK = "desk", PAPER_REFERENCE = "paper_reference",
            WEEKEND_DESK = "weekend_desk";

    private final DeskRules rules;
    private final JsonIntake intake;

    public DeskEntryParser(DeskRules rules, JsonIntake intake) {
        this.rules = requireNonNull(rules, "rules");
        this.intake = requireNonNull(intake, "intake");
    }

    /** Parses a delivery; throws only {@link MalformedPayloadException}. */
    public List<InboundReport> parse(InboundMessage message) {
        requireNonNull(message, "message");
        try {
            return List.of(toReport(message));
        } catch (MalformedPayloadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedPayloadException(rules.channelId() + ": cannot read the desk entry: " + e, e);
        }
    }

    private InboundReport toReport(InboundMessage message) {
        JsonNode doc = intake.read(message);
        Violations violations = new Violations(intake.violations(doc));
        String text = text(doc, "text").map(TextNormalizer::normalize).orElse("");
        if (text.isEmpty()) {
            violations.add("/text", "has no visible characters");
        }
        Optional<Instant> receivedAt = text(doc, "received_at").flatMap(s -> {
            Optional<Instant> at = JakartaTime.parse(s);
            if (at.isEmpty()) {
                violations.add("/received_at", "'" + s + "' is not a valid date and time");
            }
            return at;
        });
        ReporterContact reporter = reporter(doc.path("reporter"), violations);
        violations.throwIfAny(rules.channelId() + ": the entry violates the desk entry schema");

        Optional<String> paperReference = line(doc, "paper_reference").map(DeskEntryParser::canonicalReference);
        Instant at = receivedAt.orElse(message.receivedAt());
        InboundReport.Builder report = InboundReport.builder()
                .channelId(rules.channelId())
                .externalId(paperReference.map(ref -> rules.channelId() + ":" + ref)
                        .orElseGet(() -> doc.get("entry_id").asText()))
                .text(text)
                .receivedAt(at)
                .privacy(text(doc, "privacy").map(p -> Privacy.valueOf(p.toUpperCase(Locale.ROOT)))
                        .orElse(rules.defaultPrivacy()))
                .address(line(doc, "address").orElse(null))
                .categoryHint(line(doc, "category").orElse(null))
                .reporter(reporter)
                .attribute(OFFICER, line(doc, "officer").orElseThrow())
                .attribute(DESK, doc.get("desk").asText());
        paperReference.ifPresent(ref -> report.attribute(PAPER_REFERENCE, ref));
        DayOfWeek day = at.atZone(JakartaTime.WIB).getDayOfWeek();
        rules.weekendDay().filter(day::equals).ifPresent(d -> report.attribute(WEEKEND_DESK, "true"));
        if (doc.hasNonNull("lat") && doc.hasNonNull("lon")) {
            LocationPolicy.apply(report, doc.get("lat").asDouble(), doc.get("lon").asDouble());
        }
        return report.build();
    }

    /**
     * One spelling per paper, so that a letter entered twice is one report: upper case, no spaces
     * around the slashes and dots of Indonesian reference numbers ({@code 123 / SG / III / 2024}).
     */
    static String canonicalReference(String ref) {
        return ref.toUpperCase(Locale.ROOT).replaceAll("\\s*([/.])\\s*", "$1").replaceAll("\\s+", " ");
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
