package id.crm.channel.desk;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.testkit.channel.Sample;
import java.time.Instant;
import java.util.List;

class PendopoBalaiKotaCompatibilityTest extends DeskKit {

    @Override
    protected ChannelAdapter adapter() {
        return new PendopoBalaiKotaAdapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(Sample.of("pendopo-balai-kota", resource("/samples/pendopo-balai-kota.json", "application/json"))
                .withIds("PBK-20231106-0019")
                .withReceivedAt("PBK-20231106-0019", Instant.parse("2023-11-06T06:30:00Z")));
    }
}
