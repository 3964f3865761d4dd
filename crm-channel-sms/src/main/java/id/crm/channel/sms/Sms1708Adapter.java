package id.crm.channel.sms;

/**
 * SMS LAPOR 1708 (channel id {@code sms-1708}), Jakarta's short-code complaint line; see
 * {@link SmsAdapter} for the formats. Discovered through {@link java.util.ServiceLoader}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Sms1708Adapter extends SmsAdapter {

    public Sms1708Adapter() {
        super(SmsLine.LAPOR_1708);
    }
}
