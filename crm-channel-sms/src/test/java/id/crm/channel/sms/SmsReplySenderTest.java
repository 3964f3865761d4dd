package id.crm.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.channel.spi.ChannelException;
import id.crm.channel.spi.ReporterContact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SmsReplySenderTest {

    /** A gateway that records what it is asked to send. */
    static final class RecordingGateway implements SmsGateway {
        final List<OutgoingSms> sent = new ArrayList<>();

        @Override
        public void send(OutgoingSms sms) {
            sent.add(sms);
        }
    }

    private final RecordingGateway gateway = new RecordingGateway();
    private final SmsReplySender sender = new SmsReplySender(gateway, "1708");

    @Test
    @DisplayName("the reporter gets the report number by SMS from the line they wrote to")
    void reportNumber() {
        sender.sendReportNumber(ReporterContact.ofPhone("+6281234567890"), "SM1", "JK2306180342");
        assertThat(gateway.sent).singleElement().satisfies(s -> {
            assertThat(s.from()).isEqualTo("1708");
            assertThat(s.to()).isEqualTo("+6281234567890");
            assertThat(s.text()).contains("JK2306180342");
            assertThat(s.inReplyTo()).isEqualTo("SM1");
        });
    }

    @Test
    @DisplayName("a long reply is put on one line and cut to three SMS segments")
    void longReply() {
        sender.reply(ReporterContact.ofPhone("+6281234567890"), "SM1", "baris satu\nbaris dua " + "x".repeat(1000));
        assertThat(gateway.sent.get(0).text()).startsWith("baris satu baris dua").hasSize(SmsReplySender.MAX_CHARS).endsWith("\u2026");
    }

    @Test
    @DisplayName("a reporter without a phone number cannot be answered by SMS, and nothing is sent")
    void noPhone() {
        assertThatThrownBy(() -> sender.reply(ReporterContact.ofHandle("someone"), "SM1", "halo"))
                .isInstanceOf(ChannelException.class)
                .extracting(e -> ((ChannelException) e).code()).isEqualTo(SmsReplySender.NO_PHONE);
        assertThat(gateway.sent).isEmpty();
    }
}
