package id.crm.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.MalformedPayloadException;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WebParsingProperties {

    final JakiAdapter jaki = new JakiAdapter();
    final BalaiWargaAdapter balaiWarga = new BalaiWargaAdapter();

    @Property(tries = 300)
    @Label("whatever the bytes, parsing yields reports or MalformedPayloadException, nothing else")
    void neverThrowsOtherwise(@ForAll("jsonish") String body) {
        InboundMessage m = InboundMessage.ofUtf8(body, java.util.Map.of(), Instant.EPOCH);
        for (var adapter : java.util.List.of(jaki, balaiWarga)) {
            try {
                assertThat(adapter.parse(m)).allSatisfy(r -> assertThat(r.text()).isNotBlank());
            } catch (MalformedPayloadException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Property(tries = 200)
    @Label("a submission's external id is its client id, however often it is parsed")
    void externalIdIsClientId(@ForAll("ids") String id) {
        String body = "{\"id\":\"" + id + "\",\"text\":\"Got mampet\",\"lat\":-6.2,\"lon\":106.8}";
        InboundMessage m = InboundMessage.ofUtf8(body, java.util.Map.of(), Instant.EPOCH);
        assertThat(jaki.parse(m).get(0).externalId()).isEqualTo(id);
        assertThat(jaki.parse(m)).isEqualTo(jaki.parse(m));
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '.').ofMinLength(1).ofMaxLength(60)
                .map(s -> "a" + s);
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> fragments = Arbitraries.of("{", "}", "[", "]", "\"id\"", "\"text\"", "\"lat\"", "\"lon\"", ":",
                ",", "\"x\"", "1e999", "-6.2", "106.8", "null", "true", "\"photos\"", "\"reporter\"", "{\"phone\":\"08\"}",
                "\"submitted_at\"", "\"2023-13-45 25:61\"", "\"privacy\"", "\"public\"", "\u0000", "\uFEFF");
        return Arbitraries.oneOf(
                fragments.list().ofMaxSize(30).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(200));
    }
}
