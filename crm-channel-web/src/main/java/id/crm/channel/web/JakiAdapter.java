package id.crm.channel.web;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelDescriptor;
import id.crm.channel.spi.ChannelKind;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.Privacy;
import id.crm.channel.web.internal.WebReportParser;
import java.util.List;
import java.util.Set;

/**
 * JAKI (<i>Jakarta Kini</i>), the province's citizen app: a geotagging channel whose reports carry
 * a point and photos. Accepts one JSON submission per delivery, validated against the published
 * schema {@value WebSchemas#JAKI_RESOURCE} (the web report schema plus a required {@code lat}/{@code lon};
 * {@code 0/0} is accepted and means the phone had no fix). Reports without a {@code privacy} field
 * are {@link Privacy#CONFIDENTIAL}: since 2021 JAKI reports are private by default.
 *
 * <p>Thread-safe and stateless; discovered through {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
public final class JakiAdapter implements ChannelAdapter {

    /** The channel id, stable forever. */
    public static final String ID = "jaki";

    private static final ChannelDescriptor DESCRIPTOR =
            new ChannelDescriptor("JAKI (Jakarta Kini)", ChannelKind.GEOTAGGING, Set.of(), "1.0");

    private final WebReportParser parser = new WebReportParser(ID, WebSchemas.jaki(), Privacy.CONFIDENTIAL);

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
