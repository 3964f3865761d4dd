package id.crm.core.routing;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a report is about: a category with a confidence, and the unit suggested to handle it (the
 * category's default, or a text rule's override).
 *
 * @param categoryCode the category's code in the catalog
 * @param confidence from 0 to 1; a category the reporter chose is 1
 * @param suggestedUnit the unit suggested to handle it; absent when the kelurahan handles it first
 * @since 0.1
 */
public record Classification(String categoryCode, double confidence, @Nullable String suggestedUnit) {

    public Classification {
        requireNonNull(categoryCode, "categoryCode");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
    }

    public Optional<String> suggested() {
        return Optional.ofNullable(suggestedUnit);
    }
}
