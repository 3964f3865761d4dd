package id.crm.channel.spi;

/**
 * Optional things a channel adapter can do besides parsing. Each one corresponds to an interface
 * the adapter implements; the descriptor lists them so that tools can show them without reflection.
 *
 * @since 0.1
 */
public enum Capability {
    /** Checks a delivery's signature ({@link SignatureVerifier}). */
    SIGNATURE,
    /** Answers a webhook registration challenge ({@link HandshakeResponder}). */
    HANDSHAKE,
    /** Replies to the reporter on the same channel ({@link ReplySender}). */
    REPLY,
    /** Is polled for new reports with a cursor ({@link FeedPoller}). */
    POLLING,
    /** Reports are entered by staff on behalf of the reporter (desks, letters). */
    STAFF_ENTRY
}
