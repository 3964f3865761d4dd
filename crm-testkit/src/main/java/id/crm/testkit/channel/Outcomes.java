package id.crm.testkit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MalformedPayloadException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one parse under the kit's time limit and classifies what happened, so each check says in
 * one line which outcomes it accepts.
 *
 * <p>Immutable and thread-safe.
 */
final class Outcomes {

    /** Which outcomes of a hostile delivery a check accepts besides {@link MalformedPayloadException}. */
    enum Allow { REFUSAL_ONLY, NOTHING_TO_REPORT, VALID_REPORTS }

    private final ChannelAdapter adapter;
    private final Duration limit;

    Outcomes(ChannelAdapter adapter, Duration limit) {
        this.adapter = adapter;
        this.limit = limit;
    }

    /** Parses and requires success; the reports are checked against {@link ReportInvariants}. */
    List<InboundReport> parses(String what, InboundMessage message) {
        Result r = run(what, message);
        if (r.refusal().isPresent()) {
            throw new AssertionFailedError(what + ": expected reports, but the adapter refused it as malformed: "
                    + r.refusal().get().getMessage(), r.refusal().get());
        }
        return r.reports();
    }

    /** Parses a hostile delivery: it must be refused as malformed, or give what {@code allow} accepts. */
    void refuses(String what, InboundMessage message, Allow allow) {
        Result r = run(what, message);
        if (r.refusal().isPresent() || allow == Allow.VALID_REPORTS) {
            return;
        }
        if (allow == Allow.NOTHING_TO_REPORT) {
            assertThat(r.reports()).as("%s: expected MalformedPayloadException or nothing to report", what).isEmpty();
        } else {
            throw new AssertionFailedError(what + ": expected MalformedPayloadException, got " + r.reports());
        }
    }

    /** What one parse gave: checked reports, or the refusal. */
    private record Result(List<InboundReport> reports, Optional<MalformedPayloadException> refusal) {
    }

    private Result run(String what, InboundMessage message) {
        List<InboundReport> reports;
        try {
            reports = Bounded.call(limit, what, () -> adapter.parse(message));
        } catch (MalformedPayloadException e) {
            assertThat(e.code()).as("%s: code of the MalformedPayloadException", what).isEqualTo(MalformedPayloadException.CODE);
            return new Result(List.of(), Optional.of(e));
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionFailedError(what + ": expected a report list or MalformedPayloadException, but got "
                    + t.getClass().getName() + ": " + t.getMessage(), t);
        }
        if (reports == null) {
            throw new AssertionFailedError(what + ": parse returned null");
        }
        ReportInvariants.check(adapter.id(), reports, what);
        return new Result(reports, Optional.empty());
    }
}
