package id.crm.core.view;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the reporter sees through their token: the public view (also for confidential reports) and
 * what they can do now.
 *
 * @param report the report as the public would see it if it were public
 * @param canReopen whether the reopen window is open
 * @param canRate whether a rating can be given
 * @param pendingQuestion a question from the holder waiting for an answer
 * @since 0.1
 */
public record ReporterView(PublicView report, boolean canReopen, boolean canRate, @Nullable String pendingQuestion) {

    public ReporterView {
        requireNonNull(report, "report");
    }

    public Optional<String> question() {
        return Optional.ofNullable(pendingQuestion);
    }
}
