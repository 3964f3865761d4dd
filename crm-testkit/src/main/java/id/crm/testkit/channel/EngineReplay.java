package id.crm.testkit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelRegistry;
import id.crm.core.Crm;
import id.crm.core.Submission;
import id.crm.core.category.CategoryCatalog;
import id.crm.core.org.OrgDirectory;
import id.crm.core.org.OrgUnit;
import id.crm.core.org.UnitKind;
import id.crm.core.store.ComplaintQuery;
import id.crm.core.store.InMemoryComplaintStore;
import java.time.Clock;
import java.util.List;

/**
 * Runs every sample through a real engine twice: the first delivery creates one complaint per
 * report, the replay creates nothing and answers with the first acceptances. Thread-safe (stateless).
 */
final class EngineReplay {

    private EngineReplay() {
    }

    static void replayCreatesNothing(ChannelAdapter adapter, List<Sample> samples) {
        OrgDirectory org = OrgDirectory.of(List.of(OrgUnit.of("P", "Province", UnitKind.PROVINCE, null)));
        try (Crm crm = Crm.builder().directory(org).categories(CategoryCatalog.of(List.of(), org))
                .store(new InMemoryComplaintStore()).channels(new ChannelRegistry().register(adapter))
                .clock(Clock.systemUTC()).build()) {
            long expected = 0;
            for (Sample s : samples) {
                List<Submission> first = crm.ingest(adapter.id(), s.message());
                expected += first.stream().filter(x -> !x.replayed()).count();
                List<Submission> again = crm.ingest(adapter.id(), s.message());
                assertThat(again).as("replay of %s", s.name()).allMatch(Submission::replayed);
                assertThat(again).extracting(Submission::id).as("replay of %s", s.name())
                        .containsExactlyElementsOf(first.stream().map(Submission::id).toList());
            }
            assertThat(crm.store().count(ComplaintQuery.all(0))).as("complaints after replaying every sample")
                    .isEqualTo(expected);
        }
    }
}
