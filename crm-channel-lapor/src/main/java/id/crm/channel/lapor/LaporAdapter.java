package id.crm.channel.lapor;

import static java.util.Objects.requireNonNull;

import id.crm.channel.lapor.internal.JsonIntake;
import id.crm.channel.lapor.internal.LaporReportParser;
import id.crm.channel.spi.Capability;
import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelDescriptor;
import id.crm.channel.spi.ChannelKind;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.InvalidSignatureException;
import id.crm.channel.spi.SignatureVerifier;
import id.crm.channel.spi.Signatures;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LAPOR! SP4N, Indonesia's national complaint system (lapor.go.id, Perpres 76/2013): reports it
 * disposes to the province arrive through a bridge as JSON, one object or an array, in the shape
 * published as {@value #SCHEMA_RESOURCE}. The external id is LAPOR!'s tracking number, so a report
 * forwarded twice is one report. Privacy follows the reporter's choice on LAPOR!: {@code is_secret}
 * (<i>rahasia</i>) gives {@link id.crm.channel.spi.Privacy#CONFIDENTIAL}, else {@code is_anonymous}
 * (<i>anonim</i>) gives {@link id.crm.channel.spi.Privacy#ANONYMOUS}, else public. Title and content
 * become the text; {@code location} the address; {@code agency} the attribute {@code lapor_agency}.
 *
 * <p>Deliveries are authenticated by a token shared with the bridge, sent in the
 * {@value #TOKEN_HEADER} header and compared in constant time ({@link #verify}).
 *
 * <p>Thread-safe and stateless; discovered through {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
public final class LaporAdapter implements ChannelAdapter, SignatureVerifier {

    /** The channel id, stable forever. */
    public static final String ID = "lapor";
    /** The header carrying the shared token. */
    public static final String TOKEN_HEADER = "X-Lapor-Token";
    /** Classpath resource of the published schema of one forwarded report. */
    public static final String SCHEMA_RESOURCE = "id/crm/channel/lapor/lapor-report.schema.json";
    /** The {@code $id} of that schema. */
    public static final String SCHEMA_ID = "urn:id-crm:schema:channel:lapor:report:1";

    private static final ChannelDescriptor DESCRIPTOR = new ChannelDescriptor("LAPOR! SP4N",
            ChannelKind.NON_GEOTAGGING, Set.of(Capability.SIGNATURE), "1.0");

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
        return Holder.PARSER.parse(message);
    }

    /**
     * Checks the {@value #TOKEN_HEADER} header against the shared token.
     *
     * @throws InvalidSignatureException when the header is missing or does not match
     * @throws IllegalArgumentException when {@code secret} is blank
     */
    @Override
    public void verify(InboundMessage message, String secret) {
        requireNonNull(message, "message");
        Signatures.requireSecret(secret);
        String token = message.header(TOKEN_HEADER)
                .orElseThrow(() -> new InvalidSignatureException("LAPOR! delivery without the " + TOKEN_HEADER + " header"));
        if (!Signatures.constantTimeEquals(secret, token.strip())) {
            throw new InvalidSignatureException("LAPOR! delivery with a wrong " + TOKEN_HEADER);
        }
    }

    private static final class Holder {
        static final LaporReportParser PARSER = new LaporReportParser(ID,
                JsonIntake.load(Map.of(SCHEMA_ID, SCHEMA_RESOURCE), SCHEMA_ID));
    }
}
