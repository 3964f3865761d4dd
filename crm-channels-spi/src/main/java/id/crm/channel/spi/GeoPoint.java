package id.crm.channel.spi;

/**
 * A WGS84 position, latitude and longitude in decimal degrees.
 *
 * <p>Immutable and thread-safe. The constructor rejects values that are not finite or lie outside
 * the valid range; a channel that receives {@code 0/0} (the usual "no location" placeholder of
 * geotagging apps) must treat it as absent rather than build a point from it.
 *
 * @param lat latitude, -90 to 90
 * @param lon longitude, -180 to 180
 * @since 0.1
 */
public record GeoPoint(double lat, double lon) {

    /** Rough bounding box of Indonesia, with a margin for its seas. */
    private static final double INDONESIA_MIN_LAT = -11.5, INDONESIA_MAX_LAT = 6.5;
    private static final double INDONESIA_MIN_LON = 94.5, INDONESIA_MAX_LON = 141.5;

    public GeoPoint {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("latitude must be within -90..90, was " + lat);
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("longitude must be within -180..180, was " + lon);
        }
    }

    /** Whether the point lies within Indonesia's bounding box (land and territorial sea). */
    public boolean isInIndonesia() {
        return lat >= INDONESIA_MIN_LAT && lat <= INDONESIA_MAX_LAT
                && lon >= INDONESIA_MIN_LON && lon <= INDONESIA_MAX_LON;
    }

    /** Great-circle distance to another point in metres (haversine, mean Earth radius). */
    public double distanceMetres(GeoPoint other) {
        double r = 6_371_008.8;
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
