package id.crm.channel.sms;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.ChannelException;
import id.crm.channel.spi.ReplySender;
import id.crm.channel.spi.ReporterContact;
import id.crm.channel.spi.TextNormalizer;

/**
 * Replies by SMS through an {@link SmsGateway}: the text is put on one line and cut to
 * {@value #MAX_CHARS} characters (three concatenated GSM segments of 153 characters), so a reply
 * never becomes an expensive train of SMS. {@link #sendReportNumber} formats the receipt a
 * reporter gets after filing a report.
 *
 * <p>Thread-safe when the gateway is.
 *
 * @since 0.1
 */
public final class SmsReplySender implements ReplySender {

    /** The longest reply sent. */
    public static final int MAX_CHARS = 459;
    /** Code of the error for a reporter without a phone number. */
    public static final String NO_PHONE = "CRM-CH-SMS-NO-PHONE";

    private final SmsGateway gateway;
    private final String line;

    /**
     * @param gateway where messages go
     * @param line the sending line as the gateway knows it, e.g. {@code 1708}
     */
    public SmsReplySender(SmsGateway gateway, String line) {
        this.gateway = requireNonNull(gateway, "gateway");
        this.line = requireNonNull(line, "line");
    }

    /** The receipt text for a new report, in Indonesian. */
    public static String receipt(String reportNumber) {
        requireNonNull(reportNumber, "reportNumber");
        return "Terima kasih, laporan Anda kami terima dengan nomor " + reportNumber
                + ". Simpan nomor ini untuk memantau tindak lanjutnya.";
    }

    /** Sends the {@link #receipt receipt} for {@code reportNumber}. */
    public void sendReportNumber(ReporterContact to, String inReplyTo, String reportNumber) {
        reply(to, inReplyTo, receipt(reportNumber));
    }

    /**
     * @throws ChannelException with code {@value #NO_PHONE} when the reporter left no phone number
     */
    @Override
    public void reply(ReporterContact to, String inReplyTo, String text) {
        requireNonNull(to, "to");
        requireNonNull(inReplyTo, "inReplyTo");
        String phone = to.phoneValue().orElseThrow(() -> new ChannelException(NO_PHONE, "the reporter left no phone number to reply to"));
        String oneLine = TextNormalizer.normalize(requireNonNull(text, "text")).replaceAll("\\s*\n\\s*", " ");
        if (oneLine.isEmpty()) {
            throw new IllegalArgumentException("reply text is blank");
        }
        int end = MAX_CHARS - 1;
        if (oneLine.length() > MAX_CHARS && Character.isHighSurrogate(oneLine.charAt(end - 1))) {
            end--;
        }
        String cut = oneLine.length() <= MAX_CHARS ? oneLine : oneLine.substring(0, end) + "\u2026";
        gateway.send(new OutgoingSms(line, phone, cut, inReplyTo));
    }
}
