package id.crm.channel.desk;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.testkit.channel.Sample;
import java.time.Instant;
import java.util.List;

class KantorKecamatanCompatibilityTest extends DeskKit {

    @Override
    protected ChannelAdapter adapter() {
        return new KantorKecamatanAdapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(Sample.of("kecamatan-sabtu", resource("/samples/kecamatan-sabtu.json", "application/json"))
                .withIds("KEC-TEBET-20240316-0002")
                .withReceivedAt("KEC-TEBET-20240316-0002", Instant.parse("2024-03-16T01:45:00Z")));
    }
}
