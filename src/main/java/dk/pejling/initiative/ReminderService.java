package dk.pejling.initiative;

import dk.pejling.access.Accounts;
import dk.pejling.access.Role;
import dk.pejling.initiative.store.ReportingRoundRepository;
import dk.pejling.initiative.store.RoundQueries;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.AuditAction;
import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.PejlingProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Reminds owners who have not reported, 7 and 1 days before the due date and 1 and 7 days after,
 * each reminder once per owner and initiative. Without a mail server nothing is sent; the tasks
 * still show on each owner's task page.
 */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private final ReportingRoundRepository rounds;
    private final RoundQueries queries;
    private final Accounts accounts;
    private final OrganisationService organisations;
    private final JdbcClient jdbc;
    private final PejlingProperties properties;
    private final JavaMailSender mail;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final ReportingRoundService roundService;
    private final InitiativePermissions permissions;

    ReminderService(ReportingRoundRepository rounds, RoundQueries queries, Accounts accounts,
                    OrganisationService organisations, JdbcClient jdbc, PejlingProperties properties, Clock clock,
                    ApplicationEventPublisher events, ReportingRoundService roundService,
                    InitiativePermissions permissions) {
        this.permissions = permissions;
        this.events = events;
        this.roundService = roundService;
        this.rounds = rounds;
        this.queries = queries;
        this.accounts = accounts;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.mail = properties.mail().configured() ? sender(properties.mail()) : null;
    }

    @Scheduled(cron = "${pejling.reminders.cron:0 0 7 * * *}")
    @SchedulerLock(name = "reporting-reminders", lockAtMostFor = "PT2H")
    public void daily() {
        sendDue(LocalDate.now(clock));
    }

    /** Sends the reminders due on {@code today}; answers how many were sent. */
    public int sendDue(LocalDate today) {
        if (mail == null) {
            return 0;
        }
        int sent = 0;
        List<Accounts.Contact> contacts = accounts.contacts();
        for (ReportingRound round : rounds.findOpen()) {
            String kind = kind(today, round.dueDate());
            if (kind == null) {
                continue;
            }
            for (OverviewRow row : queries.overview(round.id(), true)) {
                if (row.state() == ReportState.SUBMITTED || row.state() == ReportState.APPROVED) {
                    continue;
                }
                for (String recipient : recipients(row, contacts)) {
                    if (remember(round, row, recipient, kind)) {
                        send(round, row, recipient, kind);
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    /** What "send reminder now" did: how many mails went out, and whether a mail server is set up at all. */
    public record Reminded(int sent, int missing, boolean mailConfigured) {
    }

    /**
     * The coordinator's "send reminder now": one mail to each owner of an initiative that has not
     * reported (or was sent back), at most once a day per initiative and recipient, so a second
     * click the same day sends nothing twice.
     */
    @org.springframework.transaction.annotation.Transactional
    public Reminded remindNow(java.util.UUID roundId, dk.pejling.shared.Viewer viewer) {
        ReportingRound round = roundService.get(roundId, viewer);
        permissions.requireCoordinate(round.strategyId(), viewer);
        if (round.locked()) {
            throw new dk.pejling.shared.InvalidInputException("state", "the round is approved and locked");
        }
        List<OverviewRow> missing = queries.overview(round.id(), true).stream()
                .filter(row -> row.state() != ReportState.SUBMITTED && row.state() != ReportState.APPROVED).toList();
        if (mail == null) {
            return new Reminded(0, missing.size(), false);
        }
        String kind = "manual-" + LocalDate.now(clock);
        List<Accounts.Contact> contacts = accounts.contacts();
        int sent = 0;
        for (OverviewRow row : missing) {
            for (String recipient : recipients(row, contacts)) {
                if (remember(round, row, recipient, kind)) {
                    send(round, row, recipient, kind);
                    sent++;
                }
            }
        }
        return new Reminded(sent, missing.size(), true);
    }

    static String kind(LocalDate today, LocalDate due) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days == 7 || days == 1) {
            return "before-" + days;
        }
        if (days == -1 || days == -7) {
            return "overdue-" + (-days);
        }
        return null;
    }

    /** The initiative's lead, and the editors of its responsible organisation or of an organisation above it. */
    private Set<String> recipients(OverviewRow row, List<Accounts.Contact> contacts) {
        Set<String> to = new LinkedHashSet<>();
        for (Accounts.Contact c : contacts) {
            boolean lead = c.userId().equals(row.leadUserId());
            boolean owner = c.roles().contains(Role.EDITOR) && row.responsibleId() != null && c.organisationId() != null
                    && organisations.isSameOrUnitOf(new OrganisationId(row.responsibleId()), new OrganisationId(c.organisationId()));
            if (lead || owner) {
                to.add(c.email());
            }
        }
        return to;
    }

    /** Records the reminder; false when it was sent before. */
    private boolean remember(ReportingRound round, OverviewRow row, String recipient, String kind) {
        int inserted = jdbc.sql("""
                INSERT INTO reporting_reminder (round_id, initiative_id, recipient, kind, sent_at)
                SELECT :round, :initiative, :recipient, :kind, :at WHERE NOT EXISTS (
                    SELECT 1 FROM reporting_reminder WHERE round_id = :round AND initiative_id = :initiative
                       AND recipient = :recipient AND kind = :kind)""")
                .param("round", round.id()).param("initiative", row.initiativeId()).param("recipient", recipient)
                .param("kind", kind).param("at", java.sql.Timestamp.from(clock.instant())).update();
        if (inserted == 1) {
            // Written by plain SQL: the audit log hears of it from here.
            events.publishEvent(AuditEvent.change(AuditAction.CREATE, "reporting_reminder", round.id(), null,
                    Map.of("initiative", row.initiativeId(), "recipient", recipient, "kind", kind)));
        }
        return inserted == 1;
    }

    private void send(ReportingRound round, OverviewRow row, String recipient, String kind) {
        String link = properties.baseUrl() + "/runder/" + round.id() + "/indsatser/" + row.initiativeId();
        String due = round.dueDate().format(DANISH_DATE);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mail().from());
        message.setTo(recipient);
        boolean late = kind.startsWith("overdue") || (kind.startsWith("manual") && LocalDate.now(clock).isAfter(round.dueDate()));
        message.setSubject((late ? "Fristen er overskredet: " : "Påmindelse: ")
                + "status på " + row.label() + " (" + round.title() + ", frist " + due + ")");
        message.setText("""
                Hej

                %s venter på din status på %s.
                Fristen er %s. Det tager kun et par minutter:

                %s

                Venlig hilsen
                Pejling

                (English: please report the status of this initiative by %s at the link above.)
                """.formatted(round.title(), row.label(), due, link, due));
        try {
            mail.send(message);
        } catch (RuntimeException e) {
            log.warn("Could not send a reminder to {}: {}", recipient, e.getMessage());
        }
    }

    private static JavaMailSender sender(PejlingProperties.Mail settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host());
        sender.setPort(settings.port() == null ? 25 : settings.port());
        if (settings.user() != null && !settings.user().isBlank()) {
            sender.setUsername(settings.user());
            sender.setPassword(settings.password());
            sender.getJavaMailProperties().put("mail.smtp.auth", "true");
            sender.getJavaMailProperties().put("mail.smtp.starttls.enable", "true");
        }
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
