package id.crm.core;

import id.crm.core.access.Actor;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintId;
import id.crm.core.internal.Notifications;
import id.crm.core.routing.DuplicateDetector;
import id.crm.core.store.Commit;
import id.crm.core.store.ComplaintStore;
import id.crm.core.store.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns decided events into one commit: adds the reactions' events, links a duplicate to its
 * master in the same commit, writes the reporters' notifications, and keeps the duplicate index in
 * step. Thread-safe (stateless apart from its collaborators).
 */
final class Changes {

    private final ComplaintStore store;
    private final List<Reaction> reactions;
    private final DuplicateDetector duplicates;

    Changes(ComplaintStore store, List<Reaction> reactions, DuplicateDetector duplicates) {
        this.store = store;
        this.reactions = reactions;
        this.duplicates = duplicates;
    }

    /** Adds the reactions' events to a change: returns the full list of events to store. */
    List<ComplaintEvent> withReactions(Optional<Complaint> before, List<ComplaintEvent> events, Complaint after, Instant now) {
        List<ComplaintEvent> all = new ArrayList<>(events);
        for (Reaction r : reactions) {
            List<ComplaintEvent> extra = r.react(before, after, List.copyOf(all), now);
            if (!extra.isEmpty()) {
                all.addAll(extra);
                after = after.apply(extra);
            }
        }
        return all;
    }

    /** Commits events decided on {@code c}; {@code master} is set when they merge it into a master. */
    Complaint commit(Complaint c, List<ComplaintEvent> decided, Instant now, Optional<ComplaintId> master) {
        Complaint after = c.apply(decided);
        List<ComplaintEvent> events = withReactions(Optional.of(c), decided, after, now);
        after = c.apply(events);
        List<Commit.Append> appends = new ArrayList<>();
        appends.add(new Commit.Append(c.id(), c.version(), events, after));
        List<OutboxMessage> outbox = new ArrayList<>(Notifications.statusChanged(c, after, now, Crm.lookup(store)));
        if (master.isPresent()) {
            appends.add(linkToMaster(master.get(), c.id(), now));
        }
        store.commit(new Commit(appends, Optional.empty(), Optional.empty(), outbox));
        track(after);
        return after;
    }

    Commit.Append linkToMaster(ComplaintId masterId, ComplaintId duplicate, Instant now) {
        Complaint m = store.load(masterId).orElseThrow(() -> new NoSuchComplaintException("no master " + masterId));
        List<ComplaintEvent> link = List.of(new ComplaintEvent.DuplicateLinked(now, Actor.SYSTEM, duplicate));
        return new Commit.Append(m.id(), m.version(), link, m.apply(link));
    }

    /** Keeps the duplicate index in step with a complaint's new state. */
    void track(Complaint after) {
        if (!after.status().isOpen()) {
            duplicates.unregister(after.id());
        }
    }
}
