package id.crm.testkit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import id.crm.channel.spi.GeoPoint;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.LocationPolicy;
import id.crm.channel.spi.PhoneNumbers;
import id.crm.channel.spi.TextNormalizer;
import java.util.List;
import org.assertj.core.api.SoftAssertions;

/**
 * The invariants every parsed report must satisfy, checked directly (the kit does not need a Bean
 * Validation provider): they mirror the constraints on {@link InboundReport} and the channel rules
 * ({@link TextNormalizer}, {@link LocationPolicy}, {@link PhoneNumbers}). All violations of one
 * report are reported together.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ReportInvariants {

    private ReportInvariants() {
    }

    /** Checks every report of one delivery of channel {@code channelId}. */
    public static void check(String channelId, List<InboundReport> reports, String context) {
        assertThat(reports).as("reports of %s", context).isNotNull().doesNotContainNull();
        for (InboundReport r : reports) {
            check(channelId, r, context);
        }
    }

    /** Checks one report of channel {@code channelId}. */
    public static void check(String channelId, InboundReport r, String context) {
        SoftAssertions s = new SoftAssertions();
        String where = context + ": " + r;
        s.assertThat(r.channelId()).as("channelId of %s", where).isEqualTo(channelId);
        s.assertThat(r.externalId()).as("externalId of %s", where).isNotBlank().hasSizeLessThanOrEqualTo(200);
        s.assertThat(r.receivedAt()).as("receivedAt of %s", where).isNotNull();
        s.assertThat(r.text()).as("text of %s", where).isNotBlank()
                .hasSizeLessThanOrEqualTo(TextNormalizer.MAX_REPORT_TEXT);
        s.assertThat(TextNormalizer.isNormalized(r.text()))
                .as("text of %s is normalised (NFC, trimmed, no control characters)", where).isTrue();
        r.address().ifPresent(a -> s.assertThat(a).as("address of %s", where).isNotBlank().hasSizeLessThanOrEqualTo(500));
        r.categoryHint().ifPresent(c -> s.assertThat(c).as("category hint of %s", where).isNotBlank().hasSizeLessThanOrEqualTo(100));
        s.assertThat(r.media()).as("media of %s", where).hasSizeLessThanOrEqualTo(20);
        s.assertThat(r.attributes()).as("attributes of %s", where).hasSizeLessThanOrEqualTo(20);
        r.point().ifPresent(p -> checkPoint(s, p, where));
        if (r.attributes().containsKey(LocationPolicy.FLAG_ATTRIBUTE)) {
            s.assertThat(r.point()).as("a report with %s has no point: %s", LocationPolicy.FLAG_ATTRIBUTE, where).isEmpty();
        }
        r.reporter().phoneValue().ifPresent(p ->
                s.assertThat(PhoneNumbers.isE164(p)).as("reporter phone of %s is E.164", where).isTrue());
        r.reporter().handleValue().ifPresent(h -> s.assertThat(h).as("handle of %s", where).isNotBlank().hasSizeLessThanOrEqualTo(200));
        r.reporter().nameValue().ifPresent(n -> s.assertThat(n).as("name of %s", where).isNotBlank().hasSizeLessThanOrEqualTo(200));
        s.assertAll();
    }

    private static void checkPoint(SoftAssertions s, GeoPoint p, String where) {
        s.assertThat(p.lat() == 0 && p.lon() == 0).as("0/0 means no location, not a point: %s", where).isFalse();
        s.assertThat(p.isInIndonesia()).as("point %s of %s lies in Indonesia (else it is dropped and flagged)", p, where).isTrue();
    }
}
