package id.crm.channel.sms;

import static java.util.Objects.requireNonNull;

/**
 * An SMS to send: from the line, to an E.164 number, with its text and the incoming message it
 * answers (gateways that thread conversations use it; others ignore it).
 *
 * <p>Immutable and thread-safe. {@link #toString()} leaves out the number and the text.
 *
 * @param from the sending line, e.g. {@code 1708}
 * @param to the recipient, E.164
 * @param text the message
 * @param inReplyTo the external id of the incoming message
 * @since 0.1
 */
public record OutgoingSms(String from, String to, String text, String inReplyTo) {

    public OutgoingSms {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(text, "text");
        requireNonNull(inReplyTo, "inReplyTo");
    }

    @Override
    public String toString() {
        return "OutgoingSms[from " + from + ", " + text.length() + " chars, in reply to " + inReplyTo + "]";
    }
}
