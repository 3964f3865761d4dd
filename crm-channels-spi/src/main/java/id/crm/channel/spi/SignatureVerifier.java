package id.crm.channel.spi;

/**
 * Checks that a delivery really comes from the channel (an HMAC header, a shared token).
 *
 * @since 0.1
 */
public interface SignatureVerifier {

    /**
     * @param message the delivery, with its headers
     * @param secret the deployment's shared secret for this channel
     * @throws InvalidSignatureException when the signature is missing or does not match
     */
    void verify(InboundMessage message, String secret);
}
