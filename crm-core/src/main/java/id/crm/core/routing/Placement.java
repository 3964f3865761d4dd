package id.crm.core.routing;

import static java.util.Objects.requireNonNull;

/**
 * Where a report happened: a kelurahan with the confidence of the placement and how it was found.
 *
 * @param kelurahanCode the kelurahan's code in the org directory
 * @param confidence from 0 to 1; a point inside a polygon is 1
 * @param method {@code point}, {@code text}, {@code attribute} or {@code manual}
 * @since 0.1
 */
public record Placement(String kelurahanCode, double confidence, String method) {

    public Placement {
        requireNonNull(kelurahanCode, "kelurahanCode");
        requireNonNull(method, "method");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
    }
}
