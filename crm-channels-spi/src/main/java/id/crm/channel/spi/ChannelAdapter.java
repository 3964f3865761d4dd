package id.crm.channel.spi;

import java.util.List;

/**
 * A complaint channel: turns one raw delivery into normalised reports. Adapters are pure: bytes
 * and headers in, reports or a typed error out, no network and no storage. Signature checks,
 * handshakes, replies and polling are separate optional interfaces ({@link SignatureVerifier},
 * {@link HandshakeResponder}, {@link ReplySender}, {@link FeedPoller}).
 *
 * <p>Implementations must be thread-safe: the engine calls {@link #parse} concurrently. They are
 * discovered through {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/id.crm.channel.spi.ChannelAdapter}) or registered explicitly with a
 * {@link ChannelRegistry}.
 *
 * @since 0.1
 */
public interface ChannelAdapter {

    /**
     * The channel's id: lower-case letters, digits, dots, dashes or underscores, unique in a
     * deployment, stable forever (it keys idempotent intake), e.g. {@code qlue} or {@code sms-1708}.
     */
    String id();

    ChannelDescriptor descriptor();

    /**
     * Parses one delivery. One delivery may carry several reports (a page of a feed, a batch).
     *
     * @return the reports in the delivery, possibly none (a webhook ping, a status update)
     * @throws MalformedPayloadException when the payload cannot be understood; never any other
     *     exception, whatever the bytes
     */
    List<InboundReport> parse(InboundMessage message);
}
