package id.crm.core.routing;

import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintId;
import java.util.Optional;

/**
 * Finds the open master report a new report duplicates. Precision comes first: a wrong merge hides
 * a real problem. The engine registers every open master and unregisters it when it closes, so
 * implementations keep an index and never scan all open reports.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1
 */
public interface DuplicateDetector {

    /**
     * @param candidate the new report, already placed and categorised when possible
     * @param reporterKey a stable key of its reporter across channels (see
     *     {@link id.crm.channel.spi.ReporterContact#reporterKey()})
     */
    Optional<ComplaintId> findMaster(Complaint candidate, Optional<String> reporterKey);

    /** A report that may be a master from now on. */
    void register(Complaint open, Optional<String> reporterKey);

    /** A report that is no longer open (done, rejected, merged). */
    void unregister(ComplaintId id);

    /** Links nothing. */
    static DuplicateDetector none() {
        return new DuplicateDetector() {
            @Override
            public Optional<ComplaintId> findMaster(Complaint candidate, Optional<String> reporterKey) {
                return Optional.empty();
            }

            @Override
            public void register(Complaint open, Optional<String> reporterKey) {
            }

            @Override
            public void unregister(ComplaintId id) {
            }
        };
    }
}
