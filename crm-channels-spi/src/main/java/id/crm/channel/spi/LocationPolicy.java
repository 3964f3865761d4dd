package id.crm.channel.spi;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule every channel applies to a coordinate pair it received, so that reports are placed
 * alike whatever the channel:
 * <ul>
 *   <li>{@code 0/0} is the "no location" placeholder of geotagging apps: no point, no flag;
 *   <li>a value that is not finite or lies outside -90..90 / -180..180 is dropped and the report
 *       gets attribute {@value #FLAG_ATTRIBUTE}={@value #INVALID};
 *   <li>a valid point outside Indonesia's bounding box ({@link GeoPoint#isInIndonesia()}, usually a
 *       swapped latitude/longitude or a phone that lost its fix) is dropped and the report gets
 *       {@value #FLAG_ATTRIBUTE}={@value #OUTSIDE_INDONESIA};
 *   <li>in both flagged cases the raw pair is kept in {@value #RAW_ATTRIBUTE} for staff.
 * </ul>
 * A dropped point never rejects the report: its text is still worth handling, and staff place it.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class LocationPolicy {

    /** Attribute that says why a received location was dropped. */
    public static final String FLAG_ATTRIBUTE = "location_flag";
    /** Attribute with the dropped raw {@code lat,lon}. */
    public static final String RAW_ATTRIBUTE = "location_raw";
    /** Flag value: the coordinates were not a valid WGS84 position. */
    public static final String INVALID = "invalid";
    /** Flag value: the position lies far outside Indonesia. */
    public static final String OUTSIDE_INDONESIA = "outside_indonesia";

    /** What the policy made of a coordinate pair: a point, or a flag, or neither (no location). */
    public record Resolution(Optional<GeoPoint> point, Optional<String> flag) {
    }

    private LocationPolicy() {
    }

    /** Applies the policy; see the class comment. */
    public static Resolution resolve(double lat, double lon) {
        if (lat == 0 && lon == 0) {
            return new Resolution(Optional.empty(), Optional.empty());
        }
        if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            return new Resolution(Optional.empty(), Optional.of(INVALID));
        }
        GeoPoint p = new GeoPoint(lat, lon);
        return p.isInIndonesia()
                ? new Resolution(Optional.of(p), Optional.empty())
                : new Resolution(Optional.empty(), Optional.of(OUTSIDE_INDONESIA));
    }

    /** Applies the policy to a report under construction and returns the builder. */
    public static InboundReport.Builder apply(InboundReport.Builder builder, double lat, double lon) {
        Resolution r = resolve(lat, lon);
        r.point().ifPresent(builder::point);
        r.flag().ifPresent(flag -> builder.attribute(FLAG_ATTRIBUTE, flag)
                .attribute(RAW_ATTRIBUTE, String.format(Locale.ROOT, "%s,%s", lat, lon)));
        return builder;
    }
}
