package id.crm.core.internal;

import id.crm.core.complaint.Complaint;
import id.crm.core.store.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes the outbox messages that tell reporters about their report: the number on acceptance, and
 * every public status change, to the reporter of the report and to the reporters of every duplicate
 * merged into it. Thread-safe (stateless).
 */
public final class Notifications {

    private Notifications() {
    }

    public static OutboxMessage accepted(Complaint c, Instant now) {
        return message(c, c, "accepted", "Laporan Anda diterima dengan nomor " + c.number()
                + ". Status: " + c.status().label() + ".", now);
    }

    /** Messages for a status change of {@code after}, or none when the status did not change. */
    public static List<OutboxMessage> statusChanged(Complaint before, Complaint after, Instant now,
                                                    Function<id.crm.core.complaint.ComplaintId, Complaint> lookup) {
        if (before.status() == after.status()) {
            return List.of();
        }
        String text = "Status laporan " + after.number() + ": " + after.status().label() + ".";
        List<OutboxMessage> out = new ArrayList<>();
        out.add(message(after, after, "status", text, now));
        for (var dup : after.duplicates()) {
            Complaint d = lookup.apply(dup);
            if (d != null) {
                out.add(message(after, d, "status", "Laporan " + d.number() + " digabung dengan " + after.number()
                        + ". " + text, now));
            }
        }
        return out;
    }

    private static OutboxMessage message(Complaint about, Complaint recipient, String kind, String text, Instant now) {
        return new OutboxMessage(UUID.randomUUID().toString(), about.id(), recipient.id(), recipient.channelId(),
                kind, text, now);
    }
}
