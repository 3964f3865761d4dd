package id.crm.channel.desk;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.testkit.channel.Sample;
import java.time.Instant;
import java.util.List;

class KantorKelurahanCompatibilityTest extends DeskKit {

    @Override
    protected ChannelAdapter adapter() {
        return new KantorKelurahanAdapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(Sample.of("kelurahan-minggu", resource("/samples/kelurahan-minggu.json", "application/json"))
                .withIds("KLD-20230618-0007")
                .withReceivedAt("KLD-20230618-0007", Instant.parse("2023-06-18T02:05:00Z")));
    }
}
