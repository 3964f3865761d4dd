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
 * Balai Warga, the complaint form on jakarta.go.id: a non-geotagging channel (the form has no map,
 * so {@code lat}/{@code lon} are optional and usually absent; reports are placed by their text or
 * by staff). Accepts one JSON submission per delivery, validated against the published schema
 * {@value WebSchemas#REPORT_RESOURCE}. Reports without a {@code privacy} field are
 * {@link Privacy#PUBLIC}, the form's default.
 *
 * <p>Thread-safe and stateless; discovered through {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
public final class BalaiWargaAdapter implements ChannelAdapter {

    /** The channel id, stable forever. */
    public static final String ID = "balai-warga";

    private static final ChannelDescriptor DESCRIPTOR =
            new ChannelDescriptor("Balai Warga (jakarta.go.id)", ChannelKind.NON_GEOTAGGING, Set.of(), "1.0");

    private final WebReportParser parser = new WebReportParser(ID, WebSchemas.report(), Privacy.PUBLIC);

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
