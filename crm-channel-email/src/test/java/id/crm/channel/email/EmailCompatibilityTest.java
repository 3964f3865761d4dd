package id.crm.channel.email;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.InboundMessage;
import id.crm.testkit.channel.ChannelAdapterCompatibilityKit;
import id.crm.testkit.channel.Sample;
import id.crm.testkit.channel.SampleResources;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class EmailCompatibilityTest extends ChannelAdapterCompatibilityKit {

    @Override
    protected ChannelAdapter adapter() {
        return new EmailAdapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(
                eml("plain-quoted-printable").withIds("20230616074512.3F2A1C0012@mail.example.co.id")
                        .withReceivedAt("20230616074512.3F2A1C0012@mail.example.co.id", Instant.parse("2023-06-16T00:45:12Z")),
                eml("alternative-base64-subject").withIds("CAF3xq7sK2m=Yp0vQ8@mail.gmail.com"),
                eml("mixed-attachments").withIds("a7c1e9f0-5b2d-4c11-9e3a-2f6d8b1c0e47@outlook.example.com")
                        .withReceivedAt("a7c1e9f0-5b2d-4c11-9e3a-2f6d8b1c0e47@outlook.example.com",
                                Instant.parse("2023-06-15T14:20:05Z")),
                eml("reply-thread").withIds("CAK9v2Hn=Q1pTt4u0w@mail.gmail.com"),
                eml("html-only-no-message-id"));
    }

    private Sample eml(String name) {
        return Sample.of(name, resource("/samples/" + name + ".eml", "message/rfc822"));
    }

    @Override
    protected Optional<InboundMessage> sampleWithText(String text) {
        String mail = "From: Warga <warga@example.com>\r\nMessage-ID: <kit-text@example.com>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                // control characters cannot travel raw in mail (RFC 5322 §2.3): a mail client would encode them
                + Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\r\n";
        return Optional.of(InboundMessage.of(mail.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", List.of("message/rfc822")), SampleResources.RECEIVED_AT));
    }

    /** Mail clients add headers of their own; an unknown one changes nothing. */
    @Override
    protected Optional<InboundMessage> sampleWithUnknownField(Sample sample) {
        byte[] extra = "X-Mailer: Kit Mail 1.0\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = sample.message().body();
        byte[] both = new byte[extra.length + body.length];
        System.arraycopy(extra, 0, both, 0, extra.length);
        System.arraycopy(body, 0, both, extra.length, body.length);
        return Optional.of(message(both));
    }

    /** A prefix of a plain-text message is itself a complete message. */
    @Override
    protected boolean detectsTruncation(InboundMessage sample) {
        return false;
    }

    /** Mail may carry 25 MB of attachments; beyond that it is refused. */
    @Override
    protected int oversizedBytes() {
        return EmailAdapter.MAX_BYTES + 1024;
    }
}
