package id.crm.channel.web.internal;

import id.crm.channel.spi.MalformedPayloadException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the violations of one delivery, each as {@code "<json pointer>: <message>"}, so that
 * they are all reported at once. A semantic check does not repeat a field the schema already
 * rejected.
 *
 * <p>Not thread-safe: one instance per delivery.
 */
public final class Violations {

    private final List<String> items;

    public Violations(List<String> schemaViolations) {
        this.items = new ArrayList<>(schemaViolations);
    }

    /** Adds a violation at {@code pointer}, unless that field already has one. */
    public void add(String pointer, String message) {
        if (items.stream().noneMatch(v -> v.startsWith(pointer + ":"))) {
            items.add(pointer + ": " + message);
        }
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** @throws MalformedPayloadException listing every violation, when there is any */
    public void throwIfAny(String context) {
        if (!items.isEmpty()) {
            throw new MalformedPayloadException(context + " (" + items.size() + " violation"
                    + (items.size() == 1 ? "" : "s") + "): " + String.join("; ", items));
        }
    }
}
