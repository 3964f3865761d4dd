package id.crm.channel.sms;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.testkit.channel.ChannelAdapterCompatibilityKit;
import id.crm.testkit.channel.Sample;
import java.util.List;

class Sms08111272206CompatibilityTest extends ChannelAdapterCompatibilityKit {

    @Override
    protected ChannelAdapter adapter() {
        return new Sms08111272206Adapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(
                Sample.of("twilio-whatsapp.form", resource("twilio-whatsapp.form", Sms1708CompatibilityTest.FORM))
                        .withIds("SM9a8b7c6d5e4f40312a1b2c3d4e5f6a7b"),
                Sample.of("gammu-sms.json", resource("gammu-sms.json", "application/json")).withIds("48213"));
    }
}
