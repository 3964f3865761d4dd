package id.crm.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.channel.spi.ChannelKind;
import id.crm.channel.spi.ChannelRegistry;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.Privacy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmailAdapterTest {

    static final Instant DELIVERED = Instant.parse("2023-06-18T03:00:00Z");
    final EmailAdapter email = new EmailAdapter();

    static byte[] bytes(String name) {
        try (InputStream in = EmailAdapterTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InboundMessage sample(String name) {
        return InboundMessage.of(bytes(name), Map.of("Content-Type", List.of("message/rfc822")), DELIVERED);
    }

    static InboundMessage raw(String message) {
        return InboundMessage.of(message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), DELIVERED);
    }

    static InboundReport single(List<InboundReport> reports) {
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }

    @Test
    @DisplayName("a quoted-printable plain message gives subject and body without its signature and device footer")
    void plainQuotedPrintable() {
        InboundReport r = single(email.parse(sample("plain-quoted-printable.eml")));

        assertThat(r.channelId()).isEqualTo("email");
        assertThat(r.externalId()).isEqualTo("20230616074512.3F2A1C0012@mail.example.co.id");
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2023-06-16T00:45:12Z"));
        assertThat(r.text()).startsWith("Jalan berlubang di Tebet Barat\n\nSelamat pagi,\n\nSaya ingin melaporkan")
                .endsWith("Terima kasih.")
                .doesNotContain("Budi Santoso", "Dikirim dari");
        assertThat(r.reporter().emailValue()).contains("budi.santoso@example.co.id");
        assertThat(r.reporter().nameValue()).contains("Budi Santoso");
        assertThat(r.privacy()).isEqualTo(Privacy.PUBLIC);
        assertThat(r.point()).isEmpty();
        assertThat(r.media()).isEmpty();
    }

    @Test
    @DisplayName("a base64 UTF-8 subject is decoded and the plain alternative is preferred over HTML")
    void alternative() {
        InboundReport r = single(email.parse(sample("alternative-base64-subject.eml")));

        assertThat(r.externalId()).isEqualTo("CAF3xq7sK2m=Yp0vQ8@mail.gmail.com");
        assertThat(r.text()).startsWith("Keluhan: trotoar rusak – Jl. Jenderal Sudirman, caf\u00e9 depan halte\n\nYth. Bapak/Ibu,")
                .contains("Halte Karet Sudirman rusak")
                .doesNotContain("<", "alert", "xss");
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2023-06-17T14:03:40Z"));
        assertThat(r.reporter().nameValue()).contains("Rina Wijaya");
    }

    @Test
    @DisplayName("attachments become media references under the Message-ID, with their content types")
    void attachments() {
        InboundReport r = single(email.parse(sample("mixed-attachments.eml")));

        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2023-06-15T14:20:05Z"));
        assertThat(r.text()).startsWith("Sampah menumpuk di Kali Ciliwung, Kampung Melayu (foto terlampir)\n\nSampah plastik")
                .doesNotContain("Sent from my iPhone");
        assertThat(r.media()).containsExactly(
                new MediaRef("attachment:a7c1e9f0-5b2d-4c11-9e3a-2f6d8b1c0e47%40outlook.example.com/1/IMG_2041.JPG", "image/jpeg"),
                new MediaRef("attachment:a7c1e9f0-5b2d-4c11-9e3a-2f6d8b1c0e47%40outlook.example.com/2/Surat%20Pengantar%20RT%2005.pdf",
                        "application/pdf"));
    }

    @Test
    @DisplayName("a reply keeps only what the citizen added and links to the thread it answers")
    void replyThread() {
        InboundReport r = single(email.parse(sample("reply-thread.eml")));

        assertThat(r.text()).isEqualTo("[JK2306120215] Lampu jalan mati di Jl. Kramat Raya\n\n"
                + "Sudah 4 hari sejak laporan, lampu masih mati semua. Mohon ditindaklanjuti, jalanan gelap sekali di malam hari.");
        assertThat(r.attributes()).containsEntry("in_reply_to", "JK2306120215.reply@crm.jakarta.go.id");
    }

    @Test
    @DisplayName("an HTML-only message is read as text without script or quoted reply; without Message-ID the id is a hash")
    void htmlOnly() {
        InboundReport r = single(email.parse(sample("html-only-no-message-id.eml")));

        assertThat(r.text()).isEqualTo("Parkir liar di trotoar Blok M\n\nBanyak motor parkir di atas trotoar depan Blok M Square.\n"
                + "Pejalan kaki tidak bisa lewat, mohon ditertibkan.");
        assertThat(r.externalId()).matches("sha256:[0-9a-f]{64}");
        assertThat(r.reporter().emailValue()).contains("siti.nurhaliza@example.id");
        assertThat(r.reporter().nameValue()).isEmpty();
    }

    @Test
    @DisplayName("the same message twice gives the same report, with or without a Message-ID")
    void idempotent() {
        for (String name : List.of("plain-quoted-printable.eml", "html-only-no-message-id.eml", "mixed-attachments.eml")) {
            assertThat(email.parse(sample(name))).as(name).isEqualTo(email.parse(sample(name)));
        }
    }

    @Test
    @DisplayName("without a Message-ID, the same message relayed along another path keeps its id")
    void fingerprintIgnoresTraceHeaders() {
        byte[] original = bytes("html-only-no-message-id.eml");
        byte[] relayed = ("Received: from relay.example.net by mx.jakarta.go.id; Wed, 14 Jun 2023 16:31:02 +0700\r\n"
                + new String(original, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        String other = new String(original, StandardCharsets.UTF_8).replace("Blok M Square", "Blok M Plaza");

        String id = single(email.parse(InboundMessage.of(original, DELIVERED))).externalId();
        assertThat(single(email.parse(InboundMessage.of(relayed, DELIVERED))).externalId()).isEqualTo(id);
        assertThat(single(email.parse(InboundMessage.of(other.getBytes(StandardCharsets.UTF_8), DELIVERED))).externalId())
                .isNotEqualTo(id);
    }

    @Test
    @DisplayName("without a Date header, or with one far in the future, the delivery time is used")
    void dateFallback() {
        String noDate = "From: a@example.com\nSubject: Got mampet\n\nSaluran di gang kami tersumbat.\n";
        String future = "From: a@example.com\nDate: Mon, 1 Jan 2035 10:00:00 +0700\nSubject: Got mampet\n\nTersumbat.\n";
        assertThat(single(email.parse(raw(noDate))).receivedAt()).isEqualTo(DELIVERED);
        assertThat(single(email.parse(raw(future))).receivedAt()).isEqualTo(DELIVERED);
    }

    @Test
    @DisplayName("a raw UTF-8 subject (RFC 6532) is read as UTF-8")
    void rawUtf8Subject() {
        String m = "From: \"Andi Café\" <andi@example.com>\nSubject: Pohon tumbang – Jl. Cikini\n\nMenghalangi jalan.\n";
        InboundReport r = single(email.parse(raw(m)));
        assertThat(r.text()).startsWith("Pohon tumbang – Jl. Cikini");
        assertThat(r.reporter().nameValue()).contains("Andi Café");
    }

    @Test
    @DisplayName("a message without From and without any text lists both problems")
    void malformedListsProblems() {
        assertThatThrownBy(() -> email.parse(raw("To: dki@jakarta.go.id\nSubject:   \n\n> only a quote\n")))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContainingAll("From", "neither the Subject nor the body");
    }

    @Test
    @DisplayName("bodies that are not mail are malformed: no headers, NUL characters, Latin-1 bytes, empty")
    void notMail() {
        for (byte[] body : List.of("".getBytes(), "just some words without headers".getBytes(),
                "From: a@example.com\nSubject: x\u0000y\n\nbody".getBytes(StandardCharsets.UTF_8),
                "From: a@example.com\nSubject: caf\u00e9\n\nbody".getBytes(StandardCharsets.ISO_8859_1),
                "[".repeat(100_000).getBytes())) {
            assertThatThrownBy(() -> email.parse(InboundMessage.of(body, DELIVERED))).isInstanceOf(MalformedPayloadException.class);
        }
    }

    @Test
    @DisplayName("the email adapter is discovered as a non-geotagging channel")
    void discovery() {
        ChannelRegistry registry = new ChannelRegistry();
        registry.discover(EmailAdapterTest.class.getClassLoader());
        assertThat(registry.get("email").descriptor().kind()).isEqualTo(ChannelKind.NON_GEOTAGGING);
    }
}
