package id.crm.channel.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.channel.spi.ChannelException;
import id.crm.channel.spi.ReporterContact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReplySendersTest {

    /** Records every call as "kind target text". */
    static final class Recorder implements XClient, FacebookGraph {
        final List<String> calls = new ArrayList<>();

        @Override
        public void postReply(String inReplyToTweetId, String text) {
            calls.add("tweet " + inReplyToTweetId + " " + text);
        }

        @Override
        public void comment(String objectId, String text) {
            calls.add("comment " + objectId + " " + text);
        }

        @Override
        public void sendMessage(String psid, String text) {
            calls.add("message " + psid + " " + text);
        }
    }

    private final Recorder network = new Recorder();

    @Test
    @DisplayName("an X reply mentions the reporter, answers their tweet and fits in 280 characters")
    void xReply() {
        XReplySender x = new XReplySender(network);
        x.reply(ReporterContact.ofHandle("rina_tnhabang"), "1670259384029102081", "Laporan Anda bernomor JK2306180342.");
        x.reply(ReporterContact.ofHandle("rina_tnhabang"), "1", "x".repeat(400));
        assertThat(network.calls.get(0)).isEqualTo("tweet 1670259384029102081 @rina_tnhabang Laporan Anda bernomor JK2306180342.");
        assertThat(network.calls.get(1).substring("tweet 1 ".length())).hasSize(280);
        assertThatThrownBy(() -> x.reply(ReporterContact.ofPhone("+6281234567890"), "1", "hi"))
                .isInstanceOf(ChannelException.class);
    }

    @Test
    @DisplayName("Facebook replies go back the way the report came: a message to a message, a comment to a post or comment")
    void facebookReply() {
        FacebookReplySender fb = new FacebookReplySender(network);
        fb.reply(ReporterContact.ofHandle("6789012345678901"), "m_AG5Hz2", "Nomor laporan JK2306180342");
        fb.reply(ReporterContact.ofHandle("6543210987654321"), "6659900000000000_789012345678901", "Nomor laporan JK2306180343");
        assertThat(network.calls).containsExactly("message 6789012345678901 Nomor laporan JK2306180342",
                "comment 6659900000000000_789012345678901 Nomor laporan JK2306180343");
    }
}
