package id.crm.channel.sms;

/**
 * The network side of sending an SMS: a deployment implements it over its gateway's HTTP API
 * (Twilio, Zenziva, a Gammu SMSD outbox table). Tests use a recording fake.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface SmsGateway {

    /**
     * Sends one message. Failures are the gateway's own unchecked exceptions; the engine's outbox
     * retries them.
     */
    void send(OutgoingSms sms);
}
