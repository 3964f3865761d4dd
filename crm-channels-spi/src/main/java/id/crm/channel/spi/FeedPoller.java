package id.crm.channel.spi;

import java.util.List;
import java.util.Optional;

/**
 * A channel that is polled (a JSON feed) rather than pushed. The cursor is opaque to the engine:
 * it stores the cursor after each page and passes it back on the next poll.
 *
 * @since 0.1
 */
public interface FeedPoller {

    /** One page of a feed: the reports and the cursor to continue from. */
    record Page(List<InboundReport> reports, Optional<String> nextCursor) {
        public Page {
            reports = List.copyOf(reports);
        }
    }

    /**
     * Parses a fetched feed page, keeping only reports after the cursor.
     *
     * @param message the fetched page
     * @param cursor the cursor stored after the previous page, empty on the first poll
     */
    Page parsePage(InboundMessage message, Optional<String> cursor);
}
