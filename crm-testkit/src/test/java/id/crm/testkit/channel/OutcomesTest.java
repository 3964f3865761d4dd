package id.crm.testkit.channel;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelDescriptor;
import id.crm.channel.spi.ChannelKind;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MalformedPayloadException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutcomesTest {

    record Fake(Function<InboundMessage, List<InboundReport>> parser) implements ChannelAdapter {
        @Override public String id() { return "fake"; }
        @Override public ChannelDescriptor descriptor() { return new ChannelDescriptor("Fake", ChannelKind.NON_GEOTAGGING, Set.of(), "1.0"); }
        @Override public List<InboundReport> parse(InboundMessage m) { return parser.apply(m); }
    }

    private static final InboundMessage ANY = InboundMessage.of(new byte[] {1}, Instant.EPOCH);

    private static Outcomes outcomes(Function<InboundMessage, List<InboundReport>> parser) {
        return new Outcomes(new Fake(parser), Duration.ofMillis(300));
    }

    private static InboundReport report(String text) {
        return InboundReport.builder().channelId("fake").externalId("1").receivedAt(Instant.EPOCH).text(text).build();
    }

    @Test
    @DisplayName("an adapter that throws anything but MalformedPayloadException fails the kit")
    void untypedError() {
        assertThatThrownBy(() -> outcomes(m -> { throw new NullPointerException("boom"); })
                .refuses("x", ANY, Outcomes.Allow.VALID_REPORTS))
                .isInstanceOf(AssertionError.class).hasMessageContaining("NullPointerException");
    }

    @Test
    @DisplayName("an adapter that hangs fails the kit instead of hanging the build")
    void hang() {
        assertThatThrownBy(() -> outcomes(m -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            return List.of();
        }).refuses("x", ANY, Outcomes.Allow.VALID_REPORTS)).isInstanceOf(AssertionError.class).hasMessageContaining("did not finish");
    }

    @Test
    @DisplayName("reports from hostile input are accepted only where the check allows them")
    void allowances() {
        Outcomes gives = outcomes(m -> List.of(report("jalan rusak")));
        assertThatCode(() -> gives.refuses("x", ANY, Outcomes.Allow.VALID_REPORTS)).doesNotThrowAnyException();
        assertThatThrownBy(() -> gives.refuses("x", ANY, Outcomes.Allow.NOTHING_TO_REPORT)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> gives.refuses("x", ANY, Outcomes.Allow.REFUSAL_ONLY)).isInstanceOf(AssertionError.class);
        assertThatCode(() -> outcomes(m -> { throw new MalformedPayloadException("bad"); })
                .refuses("x", ANY, Outcomes.Allow.REFUSAL_ONLY)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a report whose text is not normalised fails the invariants")
    void unnormalisedText() {
        assertThatThrownBy(() -> outcomes(m -> List.of(report(" jalan\u0007rusak "))).parses("x", ANY))
                .isInstanceOf(AssertionError.class).hasMessageContaining("normalised");
    }

    @Test
    @DisplayName("a report with a point outside Indonesia fails the invariants")
    void pointOutside() {
        InboundReport london = report("banjir").toBuilder().point(51.5, -0.12).build();
        assertThatThrownBy(() -> outcomes(m -> List.of(london)).parses("x", ANY))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Indonesia");
    }
}
