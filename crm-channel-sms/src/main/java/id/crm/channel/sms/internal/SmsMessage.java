package id.crm.channel.sms.internal;

import id.crm.channel.spi.MediaRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One incoming SMS as a gateway format delivered it, before it becomes a report.
 *
 * @param id the gateway's message id
 * @param from the sender as sent (a number, possibly with a {@code whatsapp:} prefix)
 * @param to the line it was sent to
 * @param text the decoded text, not yet normalised
 * @param sentAt when the gateway says it arrived, if it says
 * @param segments how many SMS segments it was sent in, if known
 * @param media attachments (WhatsApp/MMS)
 */
public record SmsMessage(String id, String from, Optional<String> to, String text, Optional<Instant> sentAt,
                         Optional<Integer> segments, List<MediaRef> media) {
    public SmsMessage {
        media = List.copyOf(media);
    }
}
