package id.crm.channel.email.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.jspecify.annotations.Nullable;

/**
 * The content of a parsed message: its plain-text and HTML body parts and its attachments, found
 * by walking the MIME tree without recursion (a hostile message may nest thousands of parts).
 * Within {@code multipart/alternative} the plain part is preferred; HTML is used when a message has
 * no plain part. A part is an attachment when its disposition says so, when it has a file name,
 * or when it is not text.
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param plain the decoded text/plain body parts, joined
 * @param html the decoded text/html body parts, joined
 * @param attachments the attachments, in document order
 */
public record MailParts(String plain, String html, List<Attachment> attachments) {

    /** The deepest MIME nesting read; deeper parts are ignored. */
    public static final int MAX_DEPTH = 20;

    /** One attachment: its file name (if any) and content type. */
    public record Attachment(Optional<String> filename, String contentType) {
    }

    public MailParts {
        attachments = List.copyOf(attachments);
    }

    /**
     * Reads the parts of a message.
     *
     * @throws IOException when a part cannot be read, or a text part is not valid in its charset
     */
    public static MailParts of(Message message) throws IOException {
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder();
        List<Attachment> attachments = new ArrayList<>();
        Deque<Entity> todo = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        todo.push(message);
        depths.push(0);
        while (!todo.isEmpty()) {
            Entity entity = todo.pop();
            int depth = depths.pop();
            Body body = entity.getBody();
            if (depth > MAX_DEPTH || body == null) {
                continue;
            }
            if (body instanceof Multipart multipart) {
                List<Entity> parts = multipart.getBodyParts();
                for (int i = parts.size() - 1; i >= 0; i--) {
                    todo.push(parts.get(i));
                    depths.push(depth + 1);
                }
            } else if (body instanceof Message) {
                // an attached message (message/rfc822) is kept as an attachment, not read as text
                attachments.add(new Attachment(Optional.ofNullable(entity.getFilename()), "message/rfc822"));
            } else if (body instanceof SingleBody single) {
                String type = entity.getMimeType().toLowerCase(Locale.ROOT);
                boolean attachment = "attachment".equalsIgnoreCase(entity.getDispositionType())
                        || entity.getFilename() != null || !type.startsWith("text/");
                if (attachment) {
                    attachments.add(new Attachment(Optional.ofNullable(entity.getFilename()).filter(f -> !f.isBlank()), type));
                } else if (type.equals("text/html")) {
                    append(html, decode(single, entity.getCharset()));
                } else {
                    append(plain, decode(single, entity.getCharset()));
                }
            }
        }
        return new MailParts(plain.toString(), html.toString(), attachments);
    }

    private static void append(StringBuilder sb, String text) {
        if (sb.length() > 0) {
            sb.append("\n\n");
        }
        sb.append(text);
    }

    /**
     * Decodes a text part in its declared charset. A part without a charset, or with one this JVM
     * does not know, is read as UTF-8 (a superset of the RFC 2045 default US-ASCII); bytes that
     * are not valid in the charset refuse the message rather than turn into mojibake.
     */
    private static String decode(SingleBody body, @Nullable String declared) throws IOException {
        byte[] bytes;
        try (InputStream in = body.getInputStream()) {
            bytes = in.readAllBytes();
        }
        Charset charset = charset(declared);
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("a text part is not valid " + charset.name(), e);
        }
    }

    private static Charset charset(@Nullable String declared) {
        if (declared == null || declared.isBlank() || declared.equalsIgnoreCase("us-ascii")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(declared.strip());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
