package id.crm.core.internal;

import id.crm.channel.spi.InboundReport;
import id.crm.core.ValidationException;
import id.crm.core.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validates inbound reports with Hibernate Validator against the constraints declared on
 * {@link InboundReport}, plus the engine's own rules, and reports every violation at once.
 * Thread-safe.
 */
public final class ReportValidator {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);
    private final Validator validator = FACTORY.getValidator();

    /** @throws ValidationException listing every violation */
    public void validate(InboundReport report, Instant now) {
        List<Violation> out = new ArrayList<>();
        for (ConstraintViolation<InboundReport> v : validator.validate(report)) {
            out.add(new Violation(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (report.receivedAt().isAfter(now.plus(CLOCK_SKEW))) {
            out.add(new Violation("receivedAt", "lies in the future (" + report.receivedAt() + ")"));
        }
        if (!out.isEmpty()) {
            out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
            throw new ValidationException("report " + report.channelId() + "/" + report.externalId(), out);
        }
    }
}
