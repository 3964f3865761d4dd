package id.crm.core;

import static org.assertj.core.api.Assertions.assertThat;

import id.crm.channel.spi.InboundReport;
import id.crm.core.access.Actor;
import id.crm.core.complaint.Status;
import id.crm.core.org.OrgDirectory;
import id.crm.core.store.InMemoryComplaintStore;
import id.crm.core.workflow.Command.*;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Nothing in the engine is Jakarta: Kota Bandung runs the same lifecycle with its own configuration")
class AnotherCityTest {

    @Test
    @DisplayName("a Bandung report is routed by its hints, forwarded, resolved with evidence and closed")
    void bandung() {
        OrgDirectory d = TestCity.bandung();
        TestCity.MutableClock clock = new TestCity.MutableClock(Instant.parse("2024-03-04T02:00:00Z"));
        Crm crm = Crm.builder().directory(d).categories(TestCity.bandungCategories(d)).store(new InMemoryComplaintStore())
                .clock(clock).numberPrefix("BDG").build();
        Submission s = crm.submit(InboundReport.builder().channelId("web").externalId("w-1").receivedAt(clock.instant())
                .text("Jalan berlubang di depan kampus").categoryHint("jalan rusak")
                .attribute("kelurahan", "32.73.02.1006").build());
        assertThat(s.number().value()).isEqualTo("BDG2403040001");
        Actor lurahDago = Actor.operator("lurah.dago", "32.73.02.1006");
        Actor dinas = Actor.operator("dsdabm.1", "DSDABM");
        crm.handle(new Forward(s.id(), lurahDago, "DSDABM", "jalan kota"));
        crm.handle(new StartWork(s.id(), dinas));
        crm.handle(new Resolve(s.id(), dinas, List.of(TestCity.PHOTO), "sudah ditambal"));
        var c = crm.handle(new Close(s.id(), Actor.verifier("setda.1", "SETDA-PEM"), "ok"));
        assertThat(c.status()).isEqualTo(Status.DITUTUP);
        assertThat(c.category()).contains("JALAN_RUSAK");
    }
}
