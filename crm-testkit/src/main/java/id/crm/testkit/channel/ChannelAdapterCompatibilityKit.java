package id.crm.testkit.channel;

import static id.crm.testkit.channel.Outcomes.Allow.NOTHING_TO_REPORT;
import static id.crm.testkit.channel.Outcomes.Allow.VALID_REPORTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelDescriptor;
import id.crm.channel.spi.ChannelRegistry;
import id.crm.channel.spi.FeedPoller;
import id.crm.channel.spi.HandshakeResponder;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.SignatureVerifier;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The checks every channel adapter must pass, as an abstract JUnit 5 suite (in the manner of
 * Micrometer's {@code MeterRegistryCompatibilityKit}). Subclass it in the adapter's tests, supply
 * the adapter and real-format sample deliveries, and the kit checks, without network:
 * <ul>
 *   <li>a sane descriptor and id, and capabilities that match the interfaces implemented;
 *   <li>the samples parse into valid reports ({@link ReportInvariants}) with the expected external
 *       ids and instants (so local times such as WIB, UTC+7, become the right UTC instants);
 *   <li>the same payload twice gives the same external ids, whenever it arrives;
 *   <li>empty, truncated, garbage, oversized ({@link #oversizedBytes()}), wrongly encoded (UTF-16,
 *       Latin-1, broken UTF-8) and deeply nested bodies (100,000 brackets) give
 *       {@link id.crm.channel.spi.MalformedPayloadException} or, where the format allows it, nothing
 *       to report: never another exception, never a hang ({@link #timeLimit()});
 *   <li>unknown fields are ignored (the kit injects one into JSON and form bodies);
 *   <li>text is normalised (NFC, trimmed, no control characters; {@link id.crm.channel.spi.TextNormalizer});
 *   <li>coordinates follow {@link id.crm.channel.spi.LocationPolicy}: a point in Indonesia is
 *       kept; {@code 0/0} means no location; a point far outside Indonesia is dropped and the
 *       report gets attribute {@code location_flag=outside_indonesia}; an impossible one is dropped
 *       with {@code location_flag=invalid}. The report is never refused for its location;
 *   <li>signatures, handshakes and feed cursors behave, when the adapter has them;
 *   <li>random payloads give only typed errors ({@link CiTries}: 10,000 tries when {@code CI=true}).
 * </ul>
 *
 * <pre>{@code
 * class QlueCompatibilityTest extends ChannelAdapterCompatibilityKit {
 *     protected ChannelAdapter adapter() { return new QlueAdapter(); }
 *     protected List<Sample> samples() {
 *         return List.of(Sample.of("feed", resource("feed-page.json", "application/json"))
 *                 .withIds("2103917", "2103925")
 *                 .withReceivedAt("2103917", Instant.parse("2023-06-18T02:00:00Z")));
 *     }
 * }
 * }</pre>
 *
 * <p>Only {@link #adapter()} and {@link #samples()} are required; the other hooks turn on more
 * checks (tests that need a missing hook are skipped, not failed). The kit creates one instance per
 * test, as JUnit and jqwik do; it is not meant to be shared between threads.
 *
 * @since 0.1
 */
public abstract class ChannelAdapterCompatibilityKit {

    /** The adapter under test. */
    protected abstract ChannelAdapter adapter();

    /** Real-format deliveries of the channel, with the headers it really sends. At least one must carry a report. */
    protected abstract List<Sample> samples();

    /** A delivery carrying one report with exactly this text; empty when the subclass cannot build one. */
    protected Optional<InboundMessage> sampleWithText(String text) {
        return Optional.empty();
    }

    /** A delivery carrying one report at this position; empty for channels without locations. */
    protected Optional<InboundMessage> sampleWithLocation(double lat, double lon) {
        return Optional.empty();
    }

    /** Wraps a raw body with this channel's usual headers; by default those of the first sample. */
    protected InboundMessage message(byte[] body) {
        InboundMessage first = samples().get(0).message();
        return InboundMessage.of(body, first.headers(), first.receivedAt());
    }

    /**
     * Whether a truncated copy of this sample can be told from a complete one. True by default;
     * false for form and plain-text bodies, whose prefixes may be complete messages, so that their
     * truncations need only parse into valid reports or be refused.
     */
    protected boolean detectsTruncation(InboundMessage sample) {
        String type = sample.mediaType().orElse("");
        return !type.equals("application/x-www-form-urlencoded") && !type.startsWith("text/");
    }

    /** The sample with an unknown field added; by default injected into JSON and form bodies. */
    protected Optional<InboundMessage> sampleWithUnknownField(Sample sample) {
        InboundMessage m = sample.message();
        return HostilePayloads.withUnknownField(m.body(), m.mediaType()).map(b -> InboundMessage.of(b, m.headers(), m.receivedAt()));
    }

    /** How long one parse may take before the kit calls it a hang. */
    protected Duration timeLimit() {
        return Duration.ofSeconds(5);
    }

    /** The size of the oversized body the adapter must refuse; raise it for channels that accept big mail. */
    protected int oversizedBytes() {
        return 5 * 1024 * 1024;
    }

    /** Loads a sample body from the subclass's test resources. */
    protected final InboundMessage resource(String path, String contentType) {
        return SampleResources.load(getClass(), path, contentType);
    }

    private Outcomes outcomes() {
        return new Outcomes(adapter(), timeLimit());
    }

    @Test
    @DisplayName("the descriptor names the channel, its kind and version, and the id is valid and registrable")
    void descriptorIsSane() {
        ChannelAdapter a = adapter();
        assertThat(a.id()).as("id").matches("[a-z0-9][a-z0-9._-]{0,63}");
        ChannelDescriptor d = a.descriptor();
        assertThat(d).as("descriptor").isNotNull();
        assertThat(d.displayName()).as("display name").isNotBlank();
        assertThat(d.version()).as("version").matches("[0-9]+(\\.[0-9]+)*([-+.][A-Za-z0-9.]+)?");
        assertThat(new ChannelRegistry().register(a).get(a.id())).isSameAs(a);
        CapabilityChecks.capabilitiesMatchInterfaces(a);
    }

    @Test
    @DisplayName("every sample parses into valid reports with the expected ids and instants")
    void samplesParse() {
        int total = 0;
        for (Sample s : samples()) {
            List<InboundReport> reports = outcomes().parses(s.name(), s.message());
            total += reports.size();
            List<String> ids = reports.stream().map(InboundReport::externalId).toList();
            s.externalIds().ifPresent(expected -> assertThat(ids).as("external ids of %s", s).isEqualTo(expected));
            s.receivedAt().forEach((id, at) -> assertThat(reports).as("report %s of %s", id, s)
                    .filteredOn(r -> r.externalId().equals(id)).singleElement()
                    .extracting(InboundReport::receivedAt).isEqualTo(at));
        }
        assertThat(total).as("reports in all samples together").isPositive();
    }

    @Test
    @DisplayName("delivering every sample twice to a real engine creates each complaint exactly once")
    void replayIntoEngineCreatesOneComplaint() {
        EngineReplay.replayCreatesNothing(adapter(), samples());
    }

    @Test
    @DisplayName("the same payload parsed twice, even a day apart, gives the same external ids")
    void samePayloadSameIds() {
        for (Sample s : samples()) {
            List<InboundReport> first = outcomes().parses(s.name(), s.message());
            assertThat(outcomes().parses(s.name(), s.message())).as("%s parsed again", s).isEqualTo(first);
            InboundMessage later = InboundMessage.of(s.message().body(), s.message().headers(),
                    s.message().receivedAt().plus(Duration.ofDays(1)));
            assertThat(outcomes().parses(s.name(), later)).as("%s delivered again a day later", s)
                    .extracting(InboundReport::externalId)
                    .isEqualTo(first.stream().map(InboundReport::externalId).toList());
        }
    }

    @Test
    @DisplayName("an empty or blank body is refused as malformed or gives nothing to report")
    void emptyBody() {
        for (String body : List.of("", " ", "\r\n\t ")) {
            outcomes().refuses("body '" + HostilePayloads.printable(body) + "'", message(body.getBytes()), NOTHING_TO_REPORT);
        }
    }

    @Test
    @DisplayName("every truncated prefix of a sample is refused as malformed (a truncated feed page goes to quarantine)")
    void truncatedBodies() {
        for (Sample s : samples()) {
            byte[] body = s.message().body();
            var allow = detectsTruncation(s.message()) ? Outcomes.Allow.REFUSAL_ONLY : VALID_REPORTS;
            for (int n : HostilePayloads.prefixLengths(body, 300)) {
                InboundMessage cut = InboundMessage.of(java.util.Arrays.copyOf(body, n), s.message().headers(), s.message().receivedAt());
                outcomes().refuses(s.name() + " cut to " + n + " of " + body.length + " bytes", cut, allow);
            }
        }
    }

    @Test
    @DisplayName("garbage bodies are refused as malformed or give nothing to report")
    void garbageBodies() {
        HostilePayloads.garbage().forEach((what, body) -> outcomes().refuses(what, message(body), NOTHING_TO_REPORT));
    }

    @Test
    @DisplayName("an oversized body is refused as malformed, quickly")
    void oversizedBody() {
        for (Sample s : samples()) {
            byte[] big = HostilePayloads.oversized(s.message().body(), oversizedBytes());
            InboundMessage m = InboundMessage.of(big, s.message().headers(), s.message().receivedAt());
            outcomes().refuses(s.name() + " padded to " + big.length + " bytes", m, Outcomes.Allow.REFUSAL_ONLY);
        }
    }

    @Test
    @DisplayName("wrongly encoded bodies (UTF-16, Latin-1, broken UTF-8) are refused as malformed")
    void wronglyEncodedBodies() {
        List<InboundMessage> originals = new java.util.ArrayList<>(samples().stream().map(Sample::message).toList());
        sampleWithText("Jalan rusak di depan Café Mawar — 30°C, bau sekali").ifPresent(originals::add);
        for (InboundMessage m : originals) {
            HostilePayloads.wronglyEncoded(m.body()).forEach((what, body) -> outcomes().refuses(
                    what + " of " + m, InboundMessage.of(body, m.headers(), m.receivedAt()), NOTHING_TO_REPORT));
        }
    }

    @Test
    @DisplayName("deeply nested bodies are refused without a stack overflow or a hang")
    void deeplyNestedBodies() {
        HostilePayloads.deeplyNested(100_000).forEach((what, body) -> outcomes().refuses(what, message(body), NOTHING_TO_REPORT));
    }

    @Test
    @DisplayName("unknown fields are ignored")
    void unknownFieldsIgnored() {
        boolean checked = false;
        for (Sample s : samples()) {
            Optional<InboundMessage> extra = sampleWithUnknownField(s);
            if (extra.isPresent()) {
                assertThat(outcomes().parses(s.name() + " with an unknown field", extra.get()))
                        .as("%s with an unknown field", s).isEqualTo(outcomes().parses(s.name(), s.message()));
                checked = true;
            }
        }
        assumeThat(checked).as("no sample could take an unknown field; override sampleWithUnknownField").isTrue();
    }

    @Test
    @DisplayName("report text is normalised: NFC, trimmed, no control characters")
    void textIsNormalised() {
        String raw = "  \u0007Jalan rusak\u0000 di Kebon Jeruk,\r\ndepan Cafe\u0301 Tenda\t\u001b \u0085 ";
        Optional<InboundMessage> m = sampleWithText(raw);
        assumeThat(m).as("sampleWithText not provided").isPresent();
        List<InboundReport> reports = outcomes().parses("text with control characters", m.get());
        assertThat(reports).singleElement().extracting(InboundReport::text).asString()
                .contains("Jalan rusak di Kebon Jeruk,\ndepan Caf\u00e9 Tenda")
                .doesNotContain("\u0007", "\u0000", "\r", "\u001b", "\t", "\u0085")
                .isEqualTo(id.crm.channel.spi.TextNormalizer.normalize(reports.get(0).text()));
    }

    @Test
    @DisplayName("a point in Indonesia is kept; 0/0 means no location; far-away and impossible points are dropped and flagged")
    void locationsFollowThePolicy() {
        assumeThat(sampleWithLocation(-6.2187, 106.9081)).as("sampleWithLocation not provided").isPresent();
        LocationChecks.check(outcomes(), this::sampleWithLocation);
    }

    @Test
    @DisplayName("a signature verifier refuses wrong secrets, missing and forged headers with InvalidSignatureException")
    void signatureRefusals() {
        assumeThat(adapter()).isInstanceOf(SignatureVerifier.class);
        CapabilityChecks.signatureRefusals((SignatureVerifier) adapter(), samples());
    }

    @Test
    @DisplayName("a handshake responder answers nothing to requests that are no handshake")
    void handshakeIgnoresOtherRequests() {
        assumeThat(adapter()).isInstanceOf(HandshakeResponder.class);
        CapabilityChecks.handshakeIgnoresOtherRequests((HandshakeResponder) adapter());
    }

    @Test
    @DisplayName("a feed poller returns only what is after its cursor")
    void feedCursor() {
        assumeThat(adapter()).isInstanceOf(FeedPoller.class);
        for (Sample s : samples()) {
            CapabilityChecks.feedCursorAdvances((FeedPoller) adapter(), outcomes(), s);
        }
    }

    @Property
    @AddLifecycleHook(CiTries.class)
    @Label("random and mutated payloads give reports or MalformedPayloadException, nothing else")
    void randomPayloadsGiveOnlyTypedErrors(@ForAll("crmKitPayloads") byte[] body) {
        outcomes().refuses("random payload of " + body.length + " bytes", message(body), VALID_REPORTS);
    }

    @Provide
    Arbitrary<byte[]> crmKitPayloads() {
        return RandomPayloads.payloads(samples().stream().map(s -> s.message().body()).toList());
    }
}
