package id.crm.channel.spi;

import java.util.Map;
import java.util.Optional;

/**
 * Answers a webhook registration challenge (Facebook's {@code hub.challenge}, X's CRC check).
 *
 * @since 0.1
 */
public interface HandshakeResponder {

    /** A response to a handshake request: status, content type and body. */
    record HandshakeResponse(int status, String contentType, String body) {
    }

    /**
     * @param query the request's query parameters
     * @param secret the deployment's secret or verify token for this channel
     * @return the response, or empty when the request is not a handshake of this channel
     * @throws InvalidSignatureException when it is a handshake but the token does not match
     */
    Optional<HandshakeResponse> respond(Map<String, String> query, String secret);
}
