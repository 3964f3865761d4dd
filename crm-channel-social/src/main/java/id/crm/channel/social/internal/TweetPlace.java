package id.crm.channel.social.internal;

import com.fasterxml.jackson.databind.JsonNode;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.LocationPolicy;
import id.crm.channel.spi.TextNormalizer;

/**
 * The location of a tweet: its exact point ({@code coordinates.coordinates}, GeoJSON order
 * {@code [lon, lat]}) when the user shared one, else the centre of its place's bounding box; both
 * go through {@link LocationPolicy}. The place's {@code full_name} becomes the address.
 *
 * <p>Stateless and thread-safe.
 */
final class TweetPlace {

    private TweetPlace() {
    }

    static void apply(JsonNode tweet, InboundReport.Builder b) {
        JsonNode place = tweet.path("place");
        Json.text(place, "full_name").flatMap(TextNormalizer::optional).filter(a -> a.length() <= 500).ifPresent(b::address);
        JsonNode point = tweet.path("coordinates").path("coordinates");
        if (point.isArray() && point.size() == 2 && point.get(0).isNumber() && point.get(1).isNumber()) {
            LocationPolicy.apply(b, point.get(1).asDouble(), point.get(0).asDouble());
            return;
        }
        JsonNode ring = place.path("bounding_box").path("coordinates").path(0);
        if (!ring.isArray() || ring.isEmpty()) {
            return;
        }
        double minLat = Double.POSITIVE_INFINITY, maxLat = Double.NEGATIVE_INFINITY;
        double minLon = Double.POSITIVE_INFINITY, maxLon = Double.NEGATIVE_INFINITY;
        for (JsonNode corner : ring) {
            if (!(corner.isArray() && corner.size() == 2 && corner.get(0).isNumber() && corner.get(1).isNumber())) {
                return;
            }
            minLon = Math.min(minLon, corner.get(0).asDouble());
            maxLon = Math.max(maxLon, corner.get(0).asDouble());
            minLat = Math.min(minLat, corner.get(1).asDouble());
            maxLat = Math.max(maxLat, corner.get(1).asDouble());
        }
        LocationPolicy.apply(b, (minLat + maxLat) / 2, (minLon + maxLon) / 2);
    }
}
