package id.crm.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input was refused; {@link #violations()} lists every problem at once, each with its field
 * path. Nothing was changed.
 *
 * @since 0.1
 */
public class ValidationException extends CrmException {

    private static final long serialVersionUID = 1L;
    public static final String CODE = "CRM-VALIDATION";
    private final transient List<Violation> violations;

    public ValidationException(String what, List<Violation> violations) {
        super(CODE, what + " is invalid: " + violations.stream().map(Violation::toString)
                .collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
