package id.crm.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.channel.spi.ChannelRegistry;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.MediaRef;
import id.crm.testkit.channel.SampleResources;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SmsAdapterTest {

    private final SmsAdapter sms1708 = new Sms1708Adapter();

    private InboundReport one(SmsAdapter adapter, String resource, String type) {
        List<InboundReport> reports = adapter.parse(SampleResources.load(getClass(), resource, type));
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }

    private List<InboundReport> json(String body) {
        return sms1708.parse(InboundMessage.ofUtf8(body, Map.of("Content-Type", List.of("application/json")), SampleResources.RECEIVED_AT));
    }

    @Test
    @DisplayName("an SMS to 1708 starting with LAPOR keeps the rest of the text and the sender's E.164 number")
    void scenario6() {
        InboundReport r = one(sms1708, "twilio-sms.form", "application/x-www-form-urlencoded");
        assertThat(r.text()).isEqualTo("pohon tumbang di Jl. Tebet Timur Dalam Raya RT 05/RW 02, menghalangi jalan");
        assertThat(r.reporter().phoneValue()).contains("+6281234567890");
        assertThat(r.externalId()).isEqualTo("SM5f3c1e0a9b8d47e2a1c6d0e4b7f29a31");
        assertThat(r.receivedAt()).isEqualTo(SampleResources.RECEIVED_AT);
        assertThat(r.attributes()).containsEntry("to", "1708");
    }

    @Test
    @DisplayName("keywords are stripped in their usual spellings, but only as whole words")
    void keywords() {
        String base = "{\"id\":\"1\",\"from\":\"081234567890\",\"text\":\"%s\"}";
        assertThat(json(base.formatted("lapor#got mampet")).get(0).text()).isEqualTo("got mampet");
        assertThat(json(base.formatted("Lapor: got mampet")).get(0).text()).isEqualTo("got mampet");
        assertThat(json(base.formatted("Laporan saya belum ditanggapi")).get(0).text()).isEqualTo("Laporan saya belum ditanggapi");
        assertThat(json(base.formatted("LAPOR"))).as("nothing left to report").isEmpty();
    }

    @Test
    @DisplayName("Indonesian numbers in every usual spelling become E.164")
    void phoneNumbers() {
        String base = "{\"id\":\"1\",\"from\":\"%s\",\"text\":\"got mampet\"}";
        for (String from : List.of("081234567890", "6281234567890", "+62 812-3456-7890", "+62 (0)812 3456 7890")) {
            assertThat(json(base.formatted(from)).get(0).reporter().phoneValue()).as(from).contains("+6281234567890");
        }
    }

    @Test
    @DisplayName("hex-encoded UCS-2 text is decoded, emoji included")
    void ucs2() {
        InboundReport r = one(sms1708, "gammu-ucs2.json", "application/json");
        assertThat(r.text()).isEqualTo("Jalan berlubang di depan Masjid Al-Ikhlas Cilandak \uD83D\uDE4F mohon diperbaiki");
        assertThat(r.reporter().phoneValue()).contains("+6281311223344");
        assertThat(r.receivedAt()).isEqualTo(Instant.ofEpochSecond(1687053600));
    }

    @Test
    @DisplayName("a long SMS delivered in parts is joined in order; a missing part is refused")
    void concatenated() {
        InboundReport r = one(sms1708, "gammu-long.json", "application/json");
        assertThat(r.text()).startsWith("Pedagang kaki lima memenuhi trotoar").contains("jalan raya dan hampir tertabrak angkot")
                .endsWith("Terima kasih.");
        assertThat(r.attributes()).containsEntry("segments", "2");
        assertThatThrownBy(() -> json("{\"id\":\"9\",\"from\":\"0812345678\",\"total\":3,\"parts\":[{\"seq\":1,\"text\":\"a\"},{\"seq\":3,\"text\":\"c\"}]}"))
                .isInstanceOf(MalformedPayloadException.class);
    }

    @Test
    @DisplayName("a WIB gateway time becomes the right UTC instant: 2023-06-18 09:00:00 is 02:00Z")
    void wib() {
        assertThat(one(sms1708, "gammu-sms.json", "application/json").receivedAt()).isEqualTo(Instant.parse("2023-06-18T02:00:00Z"));
    }

    @Test
    @DisplayName("a WhatsApp message keeps its photo and marks its transport")
    void whatsapp() {
        InboundReport r = one(new Sms08111272206Adapter(), "twilio-whatsapp.form", "application/x-www-form-urlencoded");
        assertThat(r.channelId()).isEqualTo("sms-08111272206");
        assertThat(r.text()).startsWith("Saluran air mampet");
        assertThat(r.reporter().phoneValue()).contains("+6285712345678");
        assertThat(r.attributes()).containsEntry("transport", "whatsapp").containsEntry("to", "+628111272206");
        assertThat(r.media()).singleElement().extracting(MediaRef::contentType).isEqualTo("image/jpeg");
    }

    @Test
    @DisplayName("an unsupported Content-Type is refused as malformed")
    void contentType() {
        assertThatThrownBy(() -> sms1708.parse(InboundMessage.ofUtf8("<sms/>", Map.of("Content-Type", List.of("text/xml")), Instant.EPOCH)))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("text/xml");
    }

    @Test
    @DisplayName("both lines are found by ServiceLoader")
    void discovered() {
        assertThat(new ChannelRegistry().discover().registered()).contains("sms-1708", "sms-08111272206");
    }
}
