package id.crm.core.view;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.MediaRef;
import id.crm.core.category.Category;
import id.crm.core.category.CategoryCatalog;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintEvent.*;
import id.crm.core.org.OrgDirectory;
import id.crm.core.org.OrgUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link PublicView}s from a complaint's state and history: the public timeline is a filtered
 * view of the event log that keeps hand-overs, work, evidence and outcomes, and drops everything
 * internal (identity readings, clocks, questions).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PublicViews {

    private final OrgDirectory directory;
    private final CategoryCatalog categories;

    public PublicViews(OrgDirectory directory, CategoryCatalog categories) {
        this.directory = requireNonNull(directory, "directory");
        this.categories = requireNonNull(categories, "categories");
    }

    /** The view of a report; callers decide whether the public may see it (confidential reports not). */
    public PublicView of(Complaint c, List<ComplaintEvent> history, String masterNumber) {
        List<TimelineEntry> timeline = new ArrayList<>();
        Complaint state = null;
        for (ComplaintEvent e : history) {
            state = state == null ? Complaint.replay(List.of(e)) : state.apply(List.of(e));
            String description = describe(e);
            if (description != null) {
                String status = state.status().label();
                List<MediaRef> photos = e instanceof Resolved r ? r.evidence() : List.of();
                timeline.add(new TimelineEntry(e.at(), status, description, photos));
            }
        }
        return new PublicView(c.number().value(), c.status().name(), c.status().label(), c.receivedAt(), c.text(),
                c.category().flatMap(categories::find).map(Category::name).orElse(null),
                c.kelurahan().orElse(null), c.kelurahan().map(this::name).orElse(null),
                c.holder().map(this::name).orElse(null), masterNumber, timeline, c.evidence());
    }

    private String describe(ComplaintEvent e) {
        if (e instanceof Received) return "Laporan diterima";
        if (e instanceof Placed p) return "Diterima di " + name(p.kelurahanCode());
        if (e instanceof Forwarded f) return "Diteruskan ke " + name(f.toUnit());
        if (e instanceof Disposed d) return "Didisposisikan ke " + name(d.toUnit());
        if (e instanceof Returned r) return "Dikembalikan ke " + name(r.toUnit()) + ": " + r.reason();
        if (e instanceof WorkStarted w) return "Sedang dikerjakan oleh " + name(w.unit());
        if (e instanceof Resolved r) return "Selesai dikerjakan oleh " + name(r.unit())
                + (r.note().isEmpty() ? "" : ": " + r.note());
        if (e instanceof Closed) return "Diverifikasi dan ditutup";
        if (e instanceof Rejected r) return "Ditolak: " + r.reason();
        if (e instanceof MarkedDuplicate m) return "Digabung dengan laporan " + m.masterNumber();
        if (e instanceof Reopened r) return "Dibuka kembali: " + r.reason();
        return null;
    }

    private String name(String unitCode) {
        return directory.find(unitCode).map(OrgUnit::name).orElse(unitCode);
    }
}
