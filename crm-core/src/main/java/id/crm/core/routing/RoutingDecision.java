package id.crm.core.routing;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A router's answer for one report: where (if it could tell) and what (if it could tell).
 *
 * @param placement the kelurahan, when found
 * @param classification the category and suggested unit, when found
 * @since 0.1
 */
public record RoutingDecision(Optional<Placement> placement, Optional<Classification> classification) {

    public RoutingDecision {
        requireNonNull(placement, "placement");
        requireNonNull(classification, "classification");
    }

    public static RoutingDecision none() {
        return new RoutingDecision(Optional.empty(), Optional.empty());
    }
}
