package id.crm.testkit.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.LocationPolicy;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The kit's check of {@link LocationPolicy}: one delivery per kind of coordinate pair.
 *
 * <p>Stateless and thread-safe.
 */
final class LocationChecks {

    private LocationChecks() {
    }

    static void check(Outcomes outcomes, BiFunction<Double, Double, Optional<InboundMessage>> sample) {
        InboundReport klender = one(outcomes, sample, -6.2187, 106.9081, "a point in Klender, Jakarta Timur");
        assertThat(klender.point()).as("point of a report in Klender").hasValueSatisfying(p -> {
            assertThat(p.lat()).isCloseTo(-6.2187, within(1e-6));
            assertThat(p.lon()).isCloseTo(106.9081, within(1e-6));
        });
        assertThat(klender.attributes()).doesNotContainKey(LocationPolicy.FLAG_ATTRIBUTE);

        InboundReport none = one(outcomes, sample, 0, 0, "0/0");
        assertThat(none.point()).as("0/0 means no location").isEmpty();
        assertThat(none.attributes()).as("0/0 is not flagged").doesNotContainKey(LocationPolicy.FLAG_ATTRIBUTE);

        InboundReport london = one(outcomes, sample, 51.5072, -0.1276, "a point in London");
        assertThat(london.point()).as("a point far outside Indonesia is dropped").isEmpty();
        assertThat(london.attributes()).containsEntry(LocationPolicy.FLAG_ATTRIBUTE, LocationPolicy.OUTSIDE_INDONESIA);

        InboundReport swapped = one(outcomes, sample, 106.9081, -6.2187, "latitude and longitude swapped");
        assertThat(swapped.point()).as("an impossible latitude is dropped").isEmpty();
        assertThat(swapped.attributes()).containsEntry(LocationPolicy.FLAG_ATTRIBUTE, LocationPolicy.INVALID);
    }

    private static InboundReport one(Outcomes outcomes, BiFunction<Double, Double, Optional<InboundMessage>> sample,
                                     double lat, double lon, String what) {
        InboundMessage m = sample.apply(lat, lon).orElseThrow();
        List<InboundReport> reports = outcomes.parses(what, m);
        assertThat(reports).as("reports for %s", what).hasSize(1);
        return reports.get(0);
    }
}
