package id.crm.channel.sms;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One SMS line of a deployment: its channel id, the name officers see, and the keywords citizens
 * put in front of a report ({@code LAPOR pohon tumbang ...}), which are stripped from the text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param channelId the channel id, e.g. {@code sms-1708}
 * @param displayName e.g. {@code "SMS LAPOR 1708"}
 * @param keywords leading keywords to strip, matched as whole words, case-insensitively
 * @since 0.1
 */
public record SmsLine(String channelId, String displayName, List<String> keywords) {

    /** Jakarta's SMS LAPOR 1708 line. */
    public static final SmsLine LAPOR_1708 = new SmsLine("sms-1708", "SMS LAPOR 1708", List.of("LAPOR", "ADUAN"));
    /** Jakarta's SMS/WhatsApp line 08111272206. */
    public static final SmsLine JAKARTA_08111272206 =
            new SmsLine("sms-08111272206", "SMS/WhatsApp 08111272206", List.of("LAPOR", "ADUAN", "CRM"));

    public SmsLine {
        requireNonNull(channelId, "channelId");
        requireNonNull(displayName, "displayName");
        keywords = List.copyOf(keywords);
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("displayName must not be blank");
        }
        for (String k : keywords) {
            if (k.isBlank()) {
                throw new IllegalArgumentException("keywords must not be blank");
            }
        }
    }
}
