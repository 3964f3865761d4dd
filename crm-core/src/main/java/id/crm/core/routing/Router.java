package id.crm.core.routing;

import id.crm.channel.spi.InboundReport;
import id.crm.core.category.CategoryCatalog;
import id.crm.core.org.OrgDirectory;
import id.crm.core.org.UnitKind;
import java.util.Optional;

/**
 * Decides where a new report happened and what it is about. The engine places a report only when
 * the placement's confidence reaches its threshold; below it, the report waits for intake staff
 * rather than being guessed. A geographic and text router over real polygons and a trained
 * classifier lives in {@code crm-routing}; {@link #byHints} is the simple built-in one.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Router {

    RoutingDecision route(InboundReport report);

    /**
     * Routes by what the channel said outright: the category hint (matched against the catalog)
     * and a {@code kelurahan} attribute holding a kelurahan code (desks know where they are).
     */
    static Router byHints(CategoryCatalog categories, OrgDirectory directory) {
        return report -> {
            Optional<Placement> placement = Optional.ofNullable(report.attributes().get("kelurahan"))
                    .flatMap(directory::find)
                    .filter(u -> u.kind() == UnitKind.KELURAHAN)
                    .map(u -> new Placement(u.code(), 1.0, "attribute"));
            Optional<Classification> classification = report.categoryHint().flatMap(categories::match)
                    .map(c -> new Classification(c.code(), 1.0, c.defaultUnitCode()));
            return new RoutingDecision(placement, classification);
        };
    }
}
