package dk.pejling.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.pejling.access.Accounts;
import dk.pejling.access.PejlingPrincipal;
import dk.pejling.access.Role;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.Period;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyDetails;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategyService;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Reminders go through a real SMTP server (GreenMail) with a deep link, once each, and stop after reporting. */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
class ReminderMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("pejling.mail.host", () -> "127.0.0.1");
        registry.add("pejling.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("pejling.mail.from", () -> "pejling@kommune.example");
        registry.add("pejling.base-url", () -> "https://pejling.kommune.example");
    }

    static final Viewer ADMIN = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.ADMIN), "test-admin");

    @Autowired
    ReminderService reminders;
    @Autowired
    StrategyService strategies;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    ReportingRoundService rounds;
    @Autowired
    StatusReportService reports;
    @Autowired
    OrganisationService organisations;
    @Autowired
    Accounts accounts;

    @Test
    void remindsTheOwnerBeforeTheDueDateOnceWithADeepLinkAndNotAfterReporting() throws Exception {
        var police = organisations.findBySlug("nordjyllands-politi").orElseThrow();
        PejlingPrincipal owner = accounts.createUser("ejer-" + UUID.randomUUID().toString().substring(0, 6), "Ejer",
                police.id().value(), "a-long-test-password", EnumSet.of(Role.EDITOR));
        accounts.setEmail(owner.userId(), "ejer@politi.example");
        Strategy strategy = strategies.create(new StrategyDetails("Påmindelsestest", StrategyKind.PLAN, police.id(), Set.of(),
                new Period(null, null), LifecycleStatus.ADOPTED, null, List.of(), List.of(), List.of(), Visibility.PUBLIC),
                null, ADMIN);
        Initiative initiative = initiatives.create(strategy.id(), new InitiativeDetails(null, "7.1", InitiativeKind.ACTION,
                "Tryghedsvandring", null, null, null, null, null, police.id().value(), null, null, null, List.of(), List.of(),
                List.of(), List.of(), null, Visibility.PUBLIC), ADMIN);
        LocalDate today = LocalDate.of(2026, 3, 1);
        ReportingRound round = rounds.open(strategy.id(), "Status pr. 1. marts 2026", today, today.plusDays(7), ADMIN);

        assertThat(reminders.sendDue(today)).isGreaterThanOrEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessagesForDomain("politi.example");
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("7.1 Tryghedsvandring").contains("08.03.2026");
        assertThat(received[0].getContent().toString())
                .contains("https://pejling.kommune.example/runder/" + round.id() + "/indsatser/" + initiative.id().value());

        assertThat(reminders.sendDue(today)).isZero(); // the same reminder is never sent twice
        assertThat(reminders.sendDue(today.plusDays(3))).isZero(); // no reminder is due that day

        reports.submit(round.id(), initiative.id(), new StatusInput("i-gang", null, 10), null, ADMIN);
        reminders.sendDue(today.plusDays(6)); // the day before the due date
        assertThat(smtp.getReceivedMessagesForDomain("politi.example")).hasSize(1);
    }
}
