package id.crm.core;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelException;
import id.crm.channel.spi.ChannelRegistry;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MalformedPayloadException;
import id.crm.channel.spi.ReporterContact;
import id.crm.core.access.Actor;
import id.crm.core.access.Role;
import id.crm.core.category.CategoryCatalog;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintId;
import id.crm.core.complaint.ReportNumber;
import id.crm.core.complaint.ReporterToken;
import id.crm.core.internal.Notifications;
import id.crm.core.internal.ReportValidator;
import id.crm.core.org.OrgDirectory;
import id.crm.core.routing.DuplicateDetector;
import id.crm.core.routing.Router;
import id.crm.core.store.ComplaintStore;
import id.crm.core.store.QuarantinedPayload;
import id.crm.core.view.PublicView;
import id.crm.core.view.PublicViews;
import id.crm.core.view.ReporterView;
import id.crm.core.workflow.Command;
import id.crm.core.workflow.Workflow;
import id.crm.core.workflow.WorkflowRules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The complaint engine: takes reports in ({@link #submit}, {@link #ingest}), runs officers'
 * commands through the workflow ({@link #handle}), and answers lookups and public views. Built with
 * {@link #builder()}; nothing in it is specific to one city: the org directory, categories, rules,
 * report-number prefix and time zone are configuration.
 *
 * <p>Thread-safe. Every change is one {@link id.crm.core.store.Commit}: two concurrent writers to
 * one complaint cannot both win; the loser gets a {@link ConcurrencyConflictException} and may retry.
 *
 * @since 0.1
 */
public final class Crm implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Crm.class);

    private final OrgDirectory directory;
    private final CategoryCatalog categories;
    private final ComplaintStore store;
    private final Clock clock;
    private final Workflow workflow;
    private final ChannelRegistry channels;
    private final PublicViews views;
    private final ReportValidator validator = new ReportValidator();
    private final Intake intake;
    private final Changes changes;

    Crm(CrmBuilder b) {
        this.directory = b.directory;
        this.categories = b.categories;
        this.store = b.store;
        this.clock = b.clock;
        this.workflow = new Workflow(directory, categories, b.rules);
        this.channels = b.channels;
        this.views = new PublicViews(directory, categories);
        this.changes = new Changes(store, List.copyOf(b.reactions), b.duplicates);
        this.intake = new Intake(store, clock, b.zone, b.numberPrefix, b.router, b.duplicates,
                b.placementThreshold, directory, categories, changes);
    }

    /** Starts building an engine. */
    public static CrmBuilder builder() {
        return new CrmBuilder();
    }

    /**
     * Accepts one normalised report: validates it, gives it a number and a token, places and
     * categorises it, links it to a master when it duplicates one, and stores it. Idempotent by
     * (channel, external id): a replay returns the first acceptance.
     *
     * @throws ValidationException listing every violation; nothing is stored
     */
    public Submission submit(InboundReport report) {
        requireNonNull(report, "report");
        validator.validate(report, clock.instant());
        return intake.accept(report);
    }

    /**
     * Parses one raw delivery with the channel's adapter and submits every report in it. A payload
     * that cannot be parsed is kept in quarantine with the reason.
     *
     * @throws IntakeRejectedException when the payload cannot be parsed (after quarantining it)
     * @throws id.crm.channel.spi.NoSuchChannelException for an unknown channel id
     * @throws ValidationException when a parsed report is invalid
     */
    public List<Submission> ingest(String channelId, InboundMessage message) {
        ChannelAdapter adapter = channels.get(requireNonNull(channelId, "channelId"));
        List<InboundReport> reports;
        try {
            reports = adapter.parse(requireNonNull(message, "message"));
        } catch (MalformedPayloadException e) {
            String id = UUID.randomUUID().toString();
            store.quarantine(new QuarantinedPayload(id, channelId, message.receivedAt(), e.getMessage(),
                    message.headers(), message.body()));
            LOG.warn("{}: delivery on channel {} quarantined as {}: {}", e.code(), channelId, id, e.getMessage());
            throw new IntakeRejectedException(e.code(), "delivery on channel " + channelId
                    + " cannot be parsed and was quarantined as " + id + ": " + e.getMessage(), id, e);
        } catch (ChannelException e) {
            throw new IntakeRejectedException(e.code(), e.getMessage(), null, e);
        }
        List<Submission> out = new ArrayList<>(reports.size());
        for (InboundReport r : reports) {
            out.add(submit(r));
        }
        return out;
    }

    /**
     * Runs an officer's command through the workflow.
     *
     * @return the complaint's new state
     * @throws NotPermittedException when the actor may not do this to this complaint
     * @throws IllegalTransitionException when the complaint's state does not allow it
     * @throws NoSuchComplaintException when the complaint does not exist
     * @throws ConcurrencyConflictException when another writer changed it first
     */
    public Complaint handle(Command command) {
        requireNonNull(command, "command");
        if (command.actor().role() == Role.REPORTER) {
            throw new NotPermittedException("reporters act through their token: use asReporter(token)");
        }
        return apply(command);
    }

    private Complaint apply(Command command) {
        Complaint c = load(command.complaint());
        Instant now = clock.instant();
        List<ComplaintEvent> events = workflow.decide(c, command, now, store::load);
        return changes.commit(c, events, now, command instanceof Command.MarkDuplicate m ? Optional.of(m.master())
                : Optional.empty());
    }

    /**
     * Records engine-made events on one complaint (service-level clocks, for example), retrying on
     * conflicts. {@code decide} may return no events, and is called again after a conflict.
     */
    public Complaint record(ComplaintId id, Function<Complaint, List<ComplaintEvent>> decide) {
        for (int attempt = 1; ; attempt++) {
            Complaint c = load(id);
            List<ComplaintEvent> events = decide.apply(c);
            if (events.isEmpty()) {
                return c;
            }
            try {
                return changes.commit(c, events, clock.instant(), Optional.empty());
            } catch (ConcurrencyConflictException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    /** What the reporter holding this token may do. */
    public ReporterActions asReporter(ReporterToken token) {
        ComplaintId id = byToken(token).map(Complaint::id)
                .orElseThrow(() -> new NoSuchComplaintException("no report for this token"));
        return new ReporterActions(id, this::apply);
    }

    public Optional<Complaint> find(ComplaintId id) {
        return store.load(requireNonNull(id, "id"));
    }

    public Optional<Complaint> byNumber(ReportNumber number) {
        return store.findByNumber(requireNonNull(number, "number")).flatMap(store::load);
    }

    public Optional<Complaint> byToken(ReporterToken token) {
        return store.findByTokenHash(requireNonNull(token, "token").hash()).flatMap(store::load);
    }

    /** The complaint's whole history: the audit trail. */
    public List<ComplaintEvent> history(ComplaintId id) {
        return store.history(id);
    }

    /** The public view of a report; empty when unknown or confidential. */
    public Optional<PublicView> publicView(ReportNumber number) {
        return byNumber(number).filter(c -> c.privacy() != id.crm.channel.spi.Privacy.CONFIDENTIAL).map(this::view);
    }

    /** The reporter's private view through their token. */
    public Optional<ReporterView> reporterView(ReporterToken token) {
        Instant now = clock.instant();
        return byToken(token).map(c -> new ReporterView(view(c),
                c.resolvedAt().map(r -> !now.isAfter(r.plus(workflow.rules().reopenWindow()))).orElse(false)
                        && (c.status() == id.crm.core.complaint.Status.SELESAI
                        || c.status() == id.crm.core.complaint.Status.DITUTUP),
                c.rating().isEmpty() && c.status() == id.crm.core.complaint.Status.DITUTUP,
                c.awaitingReporter() ? lastQuestion(c) : null));
    }

    private String lastQuestion(Complaint c) {
        List<ComplaintEvent> h = store.history(c.id());
        for (int i = h.size() - 1; i >= 0; i--) {
            if (h.get(i) instanceof ComplaintEvent.InfoRequested q) {
                return q.question();
            }
        }
        return null;
    }

    private PublicView view(Complaint c) {
        String master = c.master().flatMap(store::load).map(m -> m.number().value()).orElse(null);
        return views.of(c, store.history(c.id()), master);
    }

    /**
     * Opens the reporter's identity for an officer; the reading is recorded in the complaint's
     * history with the reason.
     *
     * @throws NotPermittedException unless the actor is staff of the holding unit, intake or a verifier
     */
    public ReporterContact revealReporter(Actor actor, ComplaintId id, String reason) {
        requireNonNull(actor, "actor");
        requireNonNull(reason, "reason");
        boolean allowed = switch (actor.role()) {
            case INTAKE, VERIFIER -> true;
            case OPERATOR -> find(id).flatMap(Complaint::holder).filter(actor::actsFor).isPresent();
            default -> false;
        };
        if (!allowed || reason.isBlank()) {
            throw new NotPermittedException(actor.userId() + " may not read the reporter of " + id
                    + (reason.isBlank() ? " without a reason" : ""));
        }
        record(id, c -> List.of(new ComplaintEvent.IdentityViewed(clock.instant(), actor, reason.strip())));
        return store.reporter(id).orElse(ReporterContact.none());
    }

    Complaint load(ComplaintId id) {
        return store.load(id).orElseThrow(() -> new NoSuchComplaintException("no complaint " + id));
    }

    public OrgDirectory directory() { return directory; }

    public CategoryCatalog categories() { return categories; }

    public ComplaintStore store() { return store; }

    public Clock clock() { return clock; }

    public ChannelRegistry channels() { return channels; }

    public Workflow workflow() { return workflow; }

    /** Closes the store. */
    @Override
    public void close() {
        store.close();
    }

    /** Lets a helper build the outbox messages of a change with the store's lookups. */
    static Function<ComplaintId, Complaint> lookup(ComplaintStore store) {
        return id -> store.load(id).orElse(null);
    }

    static List<id.crm.core.store.OutboxMessage> statusMessages(Complaint before, Complaint after, Instant now,
                                                                ComplaintStore store) {
        return Notifications.statusChanged(before, after, now, lookup(store));
    }
}
