package id.crm.channel.email.internal;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.Payloads;
import id.crm.channel.spi.ReporterContact;
import id.crm.channel.spi.TextNormalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Turns one raw RFC 5322 message into a report; see {@link id.crm.channel.email.EmailAdapter} for
 * the mapping.
 *
 * <p>Immutable and thread-safe: a mime4j builder is made per message.
 */
public final class EmailParser {

    /** Attribute with the Message-ID the message answers, linking a citizen's follow-up to its thread. */
    public static final String IN_REPLY_TO = "in_reply_to";
    /** Attribute with the number of attachments beyond the 20 a report can reference. */
    public static final String ATTACHMENTS_OMITTED = "attachments_omitted";
    /** A report references at most this many media (see {@link InboundReport#media()}). */
    public static final int MAX_MEDIA = 20;

    private static final Pattern SUBJECT_PREFIX = Pattern.compile("(?i)^((re|fw|fwd|aw|tr|bls|balas|trs|teruskan)\\s*:\\s*)+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,253}\\.[^@\\s]{2,63}");
    private static final MimeConfig CONFIG = MimeConfig.custom()
            .setMaxLineLen(-1)
            .setMaxHeaderCount(500)
            .setMaxHeaderLen(64 * 1024)
            .setMaxContentLen(-1)
            .build();
    /** A Date header this far after delivery is a wrong clock; the delivery time is used instead. */
    private static final Duration MAX_CLOCK_SKEW = Duration.ofDays(1);

    private final String channelId;
    private final int maxBytes;

    public EmailParser(String channelId, int maxBytes) {
        this.channelId = requireNonNull(channelId, "channelId");
        this.maxBytes = maxBytes;
    }

    /** Parses a delivery; throws only {@link MalformedPayloadException}. */
    public List<InboundReport> parse(InboundMessage delivery) {
        requireNonNull(delivery, "delivery");
        try {
            return List.of(toReport(delivery));
        } catch (MalformedPayloadException e) {
            throw e;
        } catch (IOException | MimeException | RuntimeException e) {
            throw new MalformedPayloadException(channelId + ": not a readable RFC 5322 message: " + e.getMessage(), e);
        }
    }

    private InboundReport toReport(InboundMessage delivery) throws IOException, MimeException {
        // RFC 5322 mail is 7-bit ASCII, or UTF-8 under RFC 6532; NUL is never allowed (RFC 5322 §2.3)
        String raw = Payloads.utf8(delivery, maxBytes);
        if (raw.indexOf('\0') >= 0) {
            throw new MalformedPayloadException(channelId + ": not an RFC 5322 message: it contains NUL characters");
        }
        byte[] bytes = delivery.body();
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(CONFIG);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        Message message = builder.parseMessage(new ByteArrayInputStream(bytes));
        try {
            return toReport(delivery, message, bytes);
        } finally {
            message.dispose();
        }
    }

    private InboundReport toReport(InboundMessage delivery, Message message, byte[] bytes) throws IOException {
        List<String> problems = new ArrayList<>();
        if (message.getHeader() == null || message.getHeader().getFields().isEmpty()) {
            throw new MalformedPayloadException(channelId + ": not an RFC 5322 message: no header fields");
        }
        Optional<Mailbox> from = Optional.ofNullable(message.getFrom()).filter(l -> !l.isEmpty()).map(l -> l.get(0))
                .filter(m -> EMAIL.matcher(m.getAddress()).matches());
        if (from.isEmpty()) {
            problems.add("no valid From address (RFC 5322 §3.6.2 requires one)");
        }
        String subject = Optional.ofNullable(message.getSubject()).map(Headers::fixRawUtf8).map(TextNormalizer::normalize)
                .map(s -> SUBJECT_PREFIX.matcher(s).replaceFirst("").replaceAll("\\s+", " ").strip()).orElse("");
        MailParts parts = MailParts.of(message);
        String body = TextNormalizer.normalize(parts.plain().isBlank() ? HtmlText.toText(parts.html()) : parts.plain());
        body = ReplyStripper.strip(body);
        String text;
        if (subject.isEmpty() || body.startsWith(subject)) {
            text = body;
        } else if (body.isEmpty()) {
            text = subject;
        } else {
            text = subject + "\n\n" + body;
        }
        if (text.isEmpty()) {
            problems.add("neither the Subject nor the body has any text");
        }
        if (!problems.isEmpty()) {
            throw new MalformedPayloadException(channelId + ": the message cannot be a report: " + String.join("; ", problems));
        }
        String externalId = Headers.messageId(message.getMessageId()).orElseGet(() -> "sha256:" + fingerprint(message, bytes));
        InboundReport.Builder report = InboundReport.builder()
                .channelId(channelId)
                .externalId(externalId)
                .text(TextNormalizer.reportText(text))
                .receivedAt(sentAt(message, delivery.receivedAt()))
                .reporter(from.map(EmailParser::contact).orElseThrow());
        Headers.messageId(Headers.field(message, "In-Reply-To")).ifPresent(id -> report.attribute(IN_REPLY_TO, id));
        List<MailParts.Attachment> attachments = parts.attachments();
        for (int i = 0; i < Math.min(attachments.size(), MAX_MEDIA); i++) {
            MailParts.Attachment a = attachments.get(i);
            String name = a.filename().map(Headers::fixRawUtf8).orElse("part-" + (i + 1));
            report.addMedia(new MediaRef("attachment:" + encode(externalId) + "/" + (i + 1) + "/" + encode(name),
                    a.contentType()));
        }
        if (attachments.size() > MAX_MEDIA) {
            report.attribute(ATTACHMENTS_OMITTED, Integer.toString(attachments.size() - MAX_MEDIA));
        }
        return report.build();
    }

    private static ReporterContact contact(Mailbox mailbox) {
        Optional<String> name = Optional.ofNullable(mailbox.getName()).map(Headers::fixRawUtf8)
                .flatMap(TextNormalizer::optional).map(s -> s.replaceAll("\\s+", " "));
        return ReporterContact.ofEmail(name.orElse(null), mailbox.getAddress());
    }

    /** The Date header, unless missing, unreadable or more than a day after delivery (a wrong clock). */
    private static Instant sentAt(Message message, Instant delivered) {
        return Optional.ofNullable(message.getDate()).map(java.util.Date::toInstant)
                .filter(at -> !at.isAfter(delivered.plus(MAX_CLOCK_SKEW)))
                .orElse(delivered);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * SHA-256 of what the sender wrote: the originator fields and the body. Trace fields that
     * relays add in transit (Received, Return-Path, X-...) are left out, so that the same message
     * arriving along another path gets the same id.
     */
    private static String fingerprint(Message message, byte[] raw) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : new String[] {"From", "Sender", "To", "Cc", "Date", "Subject"}) {
                String value = Headers.field(message, name);
                sha.update((name + ":" + (value == null ? "" : value.strip()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            int body = Headers.bodyOffset(raw);
            sha.update(raw, body, raw.length - body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
