package id.crm.core.scoring;

import static java.util.Objects.requireNonNull;

import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.store.ComplaintQuery;
import id.crm.core.store.ComplaintStore;
import java.util.List;
import java.util.Map;

/**
 * Entry points for scoring: statistics per unit from a store or from any iterable of histories,
 * and the league table built on them.
 *
 * <pre>{@code
 * Period june = Period.month(2025, 6, zone);
 * LeagueTable table = Scoring.leagueTable(store, june, ScoringPolicy.defaults(), 1_000_000);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Scoring {

    private Scoring() {
    }

    /** The histories of the complaints received in a period, read from the store lazily. */
    public static Iterable<List<ComplaintEvent>> histories(ComplaintStore store, Period period, int limit) {
        requireNonNull(store, "store");
        requireNonNull(period, "period");
        List<Complaint> found = store.find(ComplaintQuery.all(limit).between(
                period.from().equals(java.time.Instant.MIN) ? null : period.from(),
                period.before().equals(java.time.Instant.MAX) ? null : period.before()));
        return () -> found.stream().map(c -> store.history(c.id())).iterator();
    }

    /** Statistics per unit from histories. */
    public static Map<String, UnitStats> stats(Iterable<List<ComplaintEvent>> histories, Period period,
                                               ScoringPolicy policy) {
        return new StatsCollector(policy, period).addAll(requireNonNull(histories, "histories")).stats();
    }

    /** The league table of a period from the store's complaints (at most {@code limit} of them). */
    public static LeagueTable leagueTable(ComplaintStore store, Period period, ScoringPolicy policy, int limit) {
        return LeagueTable.of(stats(histories(store, period, limit), period, policy).values(), policy);
    }
}
