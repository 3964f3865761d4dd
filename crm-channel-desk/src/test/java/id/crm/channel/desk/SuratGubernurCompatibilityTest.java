package id.crm.channel.desk;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.testkit.channel.Sample;
import java.time.Instant;
import java.util.List;

class SuratGubernurCompatibilityTest extends DeskKit {

    @Override
    protected ChannelAdapter adapter() {
        return new SuratGubernurAdapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(Sample.of("surat-gubernur", resource("/samples/surat-gubernur.json", "application/json"))
                .withIds("surat-gubernur:417/SG/III/2024")
                .withReceivedAt("surat-gubernur:417/SG/III/2024", Instant.parse("2024-03-10T17:00:00Z")));
    }
}
