package id.crm.channel.email;

import id.crm.channel.email.internal.EmailParser;
import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelDescriptor;
import id.crm.channel.spi.ChannelKind;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import java.util.List;
import java.util.Set;

/**
 * The province's complaint mailbox, dki@jakarta.go.id: a non-geotagging channel. A delivery is one
 * raw RFC 5322 message, as an MTA pipe, an IMAP fetcher or an inbound-mail webhook in raw-MIME mode
 * hands it over, parsed with Apache James mime4j. The message becomes one report:
 * <ul>
 *   <li>external id: the Message-ID without angle brackets; for a message without one,
 *       {@code sha256:} and the hex SHA-256 of its originator fields (From, Sender, To, Cc, Date,
 *       Subject) and body, so a redelivery is recognised even when relays added trace headers;
 *   <li>text: the Subject (without {@code Re:}/{@code Fwd:}/{@code Bls:} prefixes) and the body,
 *       plain part preferred, else the HTML part as text (jsoup, no markup or script survives),
 *       with quoted replies and signatures cut ({@code > } lines, {@code On … wrote:},
 *       {@code Pada … menulis:}, {@code -- }, {@code Sent from my iPhone}, {@code Dikirim dari …});
 *   <li>reporter: the From address and display name;
 *   <li>time: the Date header (any offset; WIB is +0700), else the delivery time, also when the
 *       header lies more than a day after delivery (a wrong clock);
 *   <li>media: each attachment as {@code attachment:<Message-ID>/<n>/<file name>} with its
 *       content type (percent-encoded; at most 20, the rest counted in {@code attachments_omitted});
 *   <li>attribute {@code in_reply_to}: the Message-ID the citizen answered, to link a follow-up
 *       to its thread.
 * </ul>
 * A message must be valid UTF-8 (7-bit ASCII mail, or 8-bit UTF-8 under RFC 6532) without NUL
 * characters, have a From address and some text, and be at most {@value #MAX_BYTES} bytes;
 * anything else is a {@link id.crm.channel.spi.MalformedPayloadException} listing what is wrong, and
 * the engine keeps it in quarantine. Reports are {@link id.crm.channel.spi.Privacy#PUBLIC}: mail
 * has no privacy choice, and staff change it on request.
 *
 * <p>Thread-safe and stateless; discovered through {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
public final class EmailAdapter implements ChannelAdapter {

    /** The channel id, stable forever. */
    public static final String ID = "email";
    /** The largest message accepted, as common mailbox providers allow (25 MB). */
    public static final int MAX_BYTES = 25 * 1024 * 1024;

    private static final ChannelDescriptor DESCRIPTOR =
            new ChannelDescriptor("Email dki@jakarta.go.id", ChannelKind.NON_GEOTAGGING, Set.of(), "1.0");

    private final EmailParser parser = new EmailParser(ID, MAX_BYTES);

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
        return parser.parse(message);
    }
}
