package id.crm.channel.qlue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import id.crm.channel.qlue.internal.Json;
import id.crm.channel.qlue.internal.QluePostReader;
import id.crm.channel.spi.Capability;
import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelDescriptor;
import id.crm.channel.spi.ChannelKind;
import id.crm.channel.spi.FeedPoller;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.Payloads;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Qlue channel (id {@value #ID}), a geotagging app whose reports Jakarta's CRM took in until
 * 2018. Two delivery shapes are accepted: a feed page (a JSON array of posts, polled from a feed
 * URL, see {@link #parsePage}) and a webhook carrying one post (a JSON object). Field meanings are
 * those of the feed as PetaBencana's public integration consumes it; {@code post_date} is local
 * time, WIB (UTC+7) by default. The post id is the external id and the feed cursor.
 *
 * <p>A page is parsed as a whole: if any post in it is malformed (or the page is truncated), the
 * whole page is refused with {@link MalformedPayloadException}, so the engine quarantines its bytes
 * and does not advance the cursor past posts it never stored. Locations follow
 * {@link id.crm.channel.spi.LocationPolicy}. Bodies over 4 MiB are refused.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class QlueAdapter implements ChannelAdapter, FeedPoller {

    /** The channel id. */
    public static final String ID = "qlue";
    /** Feed pages can be long; a single post is far smaller. */
    static final int MAX_BYTES = 4 << 20;

    private static final ChannelDescriptor DESCRIPTOR =
            new ChannelDescriptor("Qlue", ChannelKind.GEOTAGGING, java.util.Set.of(Capability.POLLING), "1.0");

    private final QluePostReader reader;

    /** An adapter for Jakarta's feed, whose times are WIB (UTC+7). Used by {@link java.util.ServiceLoader}. */
    public QlueAdapter() {
        this(ZoneOffset.ofHours(7));
    }

    /** An adapter for a feed whose local times are in {@code feedZone} (e.g. WITA for Makassar). */
    public QlueAdapter(ZoneId feedZone) {
        this.reader = new QluePostReader(ID, requireNonNull(feedZone, "feedZone"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChannelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<InboundReport> parse(InboundMessage message) {
        return parsePage(message, Optional.empty()).reports();
    }

    /**
     * Parses a feed page (or a single-post webhook) and keeps the posts whose id is greater than
     * the cursor. The next cursor is the greatest post id seen, or the old cursor when the page
     * has nothing newer.
     *
     * @param cursor a cursor this adapter returned earlier: a post id in decimal
     * @throws IllegalArgumentException when the cursor is not a post id
     */
    @Override
    public Page parsePage(InboundMessage message, Optional<String> cursor) {
        requireNonNull(message, "message");
        long after = requireNonNull(cursor, "cursor").map(QlueAdapter::cursorValue).orElse(0L);
        JsonNode root = Json.read(Payloads.utf8(message, MAX_BYTES));
        List<JsonNode> posts = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(posts::add);
        } else if (root.isObject()) {
            posts.add(root);
        } else {
            throw new MalformedPayloadException("a Qlue delivery is a JSON array of posts or one post object");
        }
        List<InboundReport> reports = new ArrayList<>();
        long max = after;
        for (int i = 0; i < posts.size(); i++) {
            String where = root.isArray() ? "post [" + i + "]" : "post";
            InboundReport r = reader.read(posts.get(i), where);
            long id = Long.parseLong(r.externalId());
            max = Math.max(max, id);
            if (id > after) {
                reports.add(r);
            }
        }
        Optional<String> next = max > 0 ? Optional.of(Long.toString(max)) : cursor;
        return new Page(reports, next);
    }

    private static long cursorValue(String cursor) {
        try {
            if (cursor.matches("[0-9]{1,19}")) {
                return Long.parseLong(cursor);
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("not a Qlue cursor (a post id): " + cursor);
    }
}
