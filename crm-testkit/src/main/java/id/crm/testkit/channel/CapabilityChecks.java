package id.crm.testkit.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.channel.spi.Capability;
import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.FeedPoller;
import id.crm.channel.spi.HandshakeResponder;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.InvalidSignatureException;
import id.crm.channel.spi.SignatureVerifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kit's checks of optional capabilities: signature, handshake and polling.
 *
 * <p>Stateless and thread-safe.
 */
final class CapabilityChecks {

    static final String WRONG_SECRET = "crm-kit-wrong-secret";

    private CapabilityChecks() {
    }

    /** SIGNATURE, HANDSHAKE and POLLING are declared exactly when the matching interface is implemented. */
    static void capabilitiesMatchInterfaces(ChannelAdapter adapter) {
        var caps = adapter.descriptor().capabilities();
        assertThat(caps.contains(Capability.SIGNATURE)).as("declares SIGNATURE iff it implements SignatureVerifier")
                .isEqualTo(adapter instanceof SignatureVerifier);
        assertThat(caps.contains(Capability.HANDSHAKE)).as("declares HANDSHAKE iff it implements HandshakeResponder")
                .isEqualTo(adapter instanceof HandshakeResponder);
        assertThat(caps.contains(Capability.POLLING)).as("declares POLLING iff it implements FeedPoller")
                .isEqualTo(adapter instanceof FeedPoller);
    }

    /** A wrong secret, a delivery without headers and garbage header values all give InvalidSignatureException. */
    static void signatureRefusals(SignatureVerifier verifier, List<Sample> samples) {
        for (Sample s : samples) {
            InboundMessage m = s.message();
            assertThatThrownBy(() -> verifier.verify(m, WRONG_SECRET)).as("%s with a wrong secret", s)
                    .isInstanceOf(InvalidSignatureException.class);
            InboundMessage bare = InboundMessage.of(m.body(), m.receivedAt());
            assertThatThrownBy(() -> verifier.verify(bare, WRONG_SECRET)).as("%s without headers", s)
                    .isInstanceOf(InvalidSignatureException.class);
            for (String name : m.headers().keySet()) {
                for (String junk : List.of("", "sha256=", "sha256=%%%", "sha1=00", "x".repeat(5000), "sha256=AAAA")) {
                    InboundMessage forged = InboundMessage.of(m.body(), Map.of(name, List.of(junk)), m.receivedAt());
                    assertThatThrownBy(() -> verifier.verify(forged, WRONG_SECRET))
                            .as("%s with header %s='%s'", s, name, HostilePayloads.printable(junk))
                            .isInstanceOf(InvalidSignatureException.class);
                }
            }
        }
    }

    /** A request that is no handshake gets no handshake response. */
    static void handshakeIgnoresOtherRequests(HandshakeResponder responder) {
        assertThat(responder.respond(Map.of(), WRONG_SECRET)).as("response to an empty query").isEmpty();
        assertThat(responder.respond(Map.of("page", "2", "q", "banjir"), WRONG_SECRET)).as("response to a search query").isEmpty();
    }

    /** The first page gives what parse gives and a cursor; polling again from that cursor gives nothing new. */
    static void feedCursorAdvances(FeedPoller poller, Outcomes outcomes, Sample s) {
        List<InboundReport> parsed = outcomes.parses(s.name(), s.message());
        FeedPoller.Page first = poller.parsePage(s.message(), Optional.empty());
        assertThat(first.reports()).as("first page of %s equals parse", s).isEqualTo(parsed);
        if (!parsed.isEmpty()) {
            assertThat(first.nextCursor()).as("cursor after %s", s).isPresent();
        }
        FeedPoller.Page again = poller.parsePage(s.message(), first.nextCursor());
        assertThat(again.reports()).as("%s polled again from its own cursor", s).isEmpty();
        assertThat(again.nextCursor()).as("cursor kept when nothing is new").isEqualTo(first.nextCursor());
    }
}
