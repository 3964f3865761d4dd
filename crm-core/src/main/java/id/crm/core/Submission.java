package id.crm.core;

import static java.util.Objects.requireNonNull;

import id.crm.core.complaint.ComplaintId;
import id.crm.core.complaint.ReportNumber;
import id.crm.core.complaint.ReporterToken;
import id.crm.core.complaint.Status;
import java.util.Optional;

/**
 * The engine's answer to an accepted report: its id, the number the reporter is given and, on first
 * acceptance only, the reporter's private token. A replayed delivery gets the first acceptance's id
 * and number with {@code replayed} set and no token: tokens are stored only as hashes, so the token
 * travels once, with the first answer.
 *
 * @param id the complaint's id
 * @param number the report number for the reporter
 * @param token the reporter's private token (first acceptance only)
 * @param replayed whether this delivery was accepted before
 * @param status the complaint's status now
 * @param kelurahan where it was placed, if it was
 * @param duplicateOf the master report, if it was merged on arrival
 * @since 0.1
 */
public record Submission(ComplaintId id, ReportNumber number, Optional<ReporterToken> token, boolean replayed,
                         Status status, Optional<String> kelurahan, Optional<ComplaintId> duplicateOf) {

    public Submission {
        requireNonNull(id, "id");
        requireNonNull(number, "number");
        requireNonNull(token, "token");
        requireNonNull(status, "status");
        requireNonNull(kelurahan, "kelurahan");
        requireNonNull(duplicateOf, "duplicateOf");
    }
}
