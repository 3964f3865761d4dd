package id.crm.channel.sms;

/**
 * SMS/WhatsApp 08111272206 (channel id {@code sms-08111272206}), Jakarta's mobile-number
 * complaint line; see {@link SmsAdapter} for the formats (WhatsApp messages arrive through the
 * same Twilio-style webhook with a {@code whatsapp:} sender). Discovered through
 * {@link java.util.ServiceLoader}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Sms08111272206Adapter extends SmsAdapter {

    public Sms08111272206Adapter() {
        super(SmsLine.JAKARTA_08111272206);
    }
}
