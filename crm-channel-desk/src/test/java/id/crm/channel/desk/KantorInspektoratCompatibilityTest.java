package id.crm.channel.desk;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.testkit.channel.Sample;
import java.time.Instant;
import java.util.List;

class KantorInspektoratCompatibilityTest extends DeskKit {

    @Override
    protected ChannelAdapter adapter() {
        return new KantorInspektoratAdapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(Sample.of("inspektorat-pungli", resource("/samples/inspektorat-pungli.json", "application/json"))
                .withIds("kantor-inspektorat:0031/LP-INSP/V/2024")
                .withReceivedAt("kantor-inspektorat:0031/LP-INSP/V/2024", Instant.parse("2024-05-14T03:20:00Z")));
    }
}
