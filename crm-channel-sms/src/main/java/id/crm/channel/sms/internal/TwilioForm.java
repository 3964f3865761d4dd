package id.crm.channel.sms.internal;

import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.MediaRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the form-encoded webhook of Twilio's Programmable Messaging (SMS and WhatsApp):
 * {@code MessageSid} (older {@code SmsMessageSid}/{@code SmsSid}), {@code From}, {@code To},
 * {@code Body}, {@code NumSegments} for a long message that the gateway already concatenated, and
 * {@code NumMedia} with {@code MediaUrlN}/{@code MediaContentTypeN}. Twilio sends no timestamp:
 * the delivery's arrival time is used.
 *
 * <p>Stateless and thread-safe.
 */
public final class TwilioForm {

    private TwilioForm() {
    }

    public static SmsMessage read(String body) {
        FormBody f = FormBody.parse(body);
        String id = f.get("MessageSid").or(() -> f.get("SmsMessageSid")).or(() -> f.get("SmsSid"))
                .orElseThrow(() -> new MalformedPayloadException("form has no MessageSid"));
        String from = f.get("From").orElseThrow(() -> new MalformedPayloadException("form has no From"));
        String text = f.get("Body").orElse("");
        Optional<Integer> segments = f.get("NumSegments").filter(s -> s.matches("[1-9][0-9]{0,2}")).map(Integer::valueOf);
        List<MediaRef> media = new ArrayList<>();
        int n = f.get("NumMedia").filter(s -> s.matches("[0-9]{1,2}")).map(Integer::parseInt).orElse(0);
        for (int i = 0; i < Math.min(n, 10); i++) {
            Optional<String> type = f.get("MediaContentType" + i);
            f.get("MediaUrl" + i).filter(u -> u.startsWith("https://") || u.startsWith("http://"))
                    .ifPresent(u -> media.add(new MediaRef(u, type.orElse(null))));
        }
        return new SmsMessage(id, from, f.get("To"), text, Optional.empty(), segments, media);
    }
}
