package dk.pejling.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.organisation.Organisation;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.GoalKind;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.RelationKind;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyFilter;
import dk.pejling.strategy.StrategyOverview;
import dk.pejling.strategy.StrategyOverviews;
import dk.pejling.strategy.StrategyService;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Facts of the five seed documents that the demo data must carry into the register. */
@IntegrationTest
class DemoDataTest {

    @Autowired
    StrategyService strategies;
    @Autowired
    StrategyOverviews overviews;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void demoDataAndFirstAdministratorAreInBeforeTheWebServerTakesRequests() {
        // The servlet web server is a lifecycle bean; whatever starts in a lower phase is finished first.
        int webServerPhase = context.getBeansOfType(org.springframework.context.SmartLifecycle.class).values().stream()
                .filter(l -> l.getClass().getName().endsWith("WebServerStartStopLifecycle"))
                .mapToInt(org.springframework.context.SmartLifecycle::getPhase).findFirst().orElseThrow();
        DemoDataLoader demo = context.getBean(DemoDataLoader.class);
        org.springframework.context.SmartLifecycle admin = context.getBeansOfType(dk.pejling.shared.BeforeServing.class)
                .values().stream().filter(b -> b.getClass().getSimpleName().startsWith("BootstrapAdmin"))
                .findFirst().orElseThrow();

        assertThat(demo.getPhase()).isLessThan(webServerPhase);
        assertThat(admin.getPhase()).isLessThan(demo.getPhase());
        assertThat(demo.isRunning()).isTrue();
    }

    private StrategyOverview overview(String key, Viewer viewer) {
        return overviews.of(strategies.getBySlug(key, viewer), viewer);
    }

    @Test
    void maalOgStrategier2018HasOneMissionWithSevenMainGoalsAndAtLeastFiftyGoals() {
        StrategyOverview o = overview("maal-og-strategier-2018", Viewer.anonymous());

        assertThat(o.strategy().title()).isEqualTo("Mål og strategier 2018");
        assertThat(o.goals()).singleElement().satisfies(mission -> {
            assertThat(mission.goal().kind()).isEqualTo(GoalKind.MISSION);
            assertThat(mission.goal().title()).startsWith("At skabe rammerne for et godt hverdagsliv");
            assertThat(mission.children()).hasSize(7)
                    .allSatisfy(main -> assertThat(main.goal().kind()).isEqualTo(GoalKind.MAIN_GOAL));
            assertThat(mission.children()).extracting(n -> n.goal().code())
                    .containsExactly("1", "2", "3", "4", "5", "6", "7");
        });
        assertThat(o.goalCount()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void trygAalborgGroupsItsFiveGoalsUnderTheThreeDefinitionsOfSafety() {
        StrategyOverview o = overview("tryg-aalborg-2014-2017", Viewer.anonymous());

        assertThat(o.strategy().title()).isEqualTo("Tryg Aalborg – en mere tryg kommune");
        assertThat(o.goals()).extracting(n -> n.goal().title())
                .containsExactly("Den oplevede tryghed", "Den faktiske tryghed", "Den fællesskabende tryghed");
        assertThat(o.goals()).allSatisfy(n -> assertThat(n.goal().kind()).isEqualTo(GoalKind.MAIN_GOAL));
        List<GoalNode> goals = o.goals().stream().flatMap(n -> n.children().stream()).toList();
        assertThat(goals).extracting(n -> n.goal().code()).containsExactly("1", "2", "3", "4", "5");
        assertThat(goals).allSatisfy(n -> assertThat(n.goal().kind()).isEqualTo(GoalKind.GOAL));
        assertThat(o.goals()).extracting(n -> n.children().size()).containsExactly(1, 3, 1);
    }

    @Test
    void policeAndRegionArePartnersOfTrygAalborg() {
        StrategyOverview o = overview("tryg-aalborg-2014-2017", Viewer.anonymous());

        assertThat(o.owner().name()).isEqualTo("Aalborg Kommune");
        assertThat(o.partners()).extracting(Organisation::name)
                .containsExactlyInAnyOrder("Nordjyllands Politi", "Region Nordjylland");
        assertThat(o.strategy().period().from()).hasYear(2014);
        assertThat(o.strategy().period().to()).hasYear(2017);
    }

    @Test
    void theLoevvangenSubAgreementIsPartOfTheMasterPlan() {
        StrategyOverview sub = overview("loevvangen-delaftale-beskaeftigelse", Viewer.anonymous());
        StrategyOverview master = overview("loevvangen-helhedsplan-2021-2025", Viewer.anonymous());

        assertThat(sub.relations()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RelationKind.PART_OF);
            assertThat(r.incoming()).isFalse();
            assertThat(r.strategy().id()).isEqualTo(master.strategy().id().value());
        });
        assertThat(master.relations()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RelationKind.PART_OF);
            assertThat(r.incoming()).isTrue();
            assertThat(r.strategy().id()).isEqualTo(sub.strategy().id().value());
        });
    }

    @Test
    void theSharedStrategyDatabaseIsInternalAndInvisibleToAnonymousCallers() throws Exception {
        Strategy internal = strategies.getBySlug("tryg-aalborg-strategidatabase", users.demoViewer("laeser"));

        assertThat(internal.visibility()).isEqualTo(Visibility.INTERNAL);
        assertThatThrownBy(() -> strategies.getBySlug("tryg-aalborg-strategidatabase", Viewer.anonymous()))
                .isInstanceOf(NotFoundException.class);
        assertThat(strategies.list(StrategyFilter.none(), new PageQuery("fælles database over strategier", 0, 50),
                Viewer.anonymous()).items()).isEmpty();
        mvc.perform(get("/api/v1/strategies/" + internal.id().value())).andExpect(status().isNotFound());
        mvc.perform(get("/strategier/" + internal.id().value())).andExpect(status().isNotFound());

        StrategyOverview trygForAnonymous = overview("tryg-aalborg-2014-2017", Viewer.anonymous());
        assertThat(trygForAnonymous.relations()).noneSatisfy(r -> assertThat(r.strategy().id())
                .isEqualTo(internal.id().value()));
        assertThat(overview("tryg-aalborg-2014-2017", users.demoViewer("laeser")).relations())
                .anySatisfy(r -> assertThat(r.strategy().id()).isEqualTo(internal.id().value()));
    }

    @Test
    void theInternalSubGoalOfTheLoevvangenAgreementIsHiddenFromAnonymousCallers() {
        int anonymous = overview("loevvangen-delaftale-beskaeftigelse", Viewer.anonymous()).goalCount();
        // the demo reader's administration takes part through its units (the job centre is a partner)
        int signedIn = overview("loevvangen-delaftale-beskaeftigelse", users.demoViewer("laeser")).goalCount();
        int outsider = overview("loevvangen-delaftale-beskaeftigelse", Fixtures.READER).goalCount();
        assertThat(outsider).as("a signed-in user of no partner organisation").isEqualTo(anonymous);

        assertThat(signedIn).isEqualTo(anonymous + 1);
    }

    @Test
    void everyDemoFileBecameAStrategyAndAnonymousCallersSeeExactlyThePublicOnes() throws Exception {
        List<String> keys = new java.util.ArrayList<>();
        for (var file : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:demo/strategies/*.yaml")) {
            keys.add(file.getFilename().replace(".yaml", ""));
        }
        assertThat(keys).hasSizeGreaterThanOrEqualTo(29);

        int internal = 0;
        for (String key : keys) {
            Strategy s = strategies.getBySlug(key, Fixtures.EDITOR);
            if (s.visibility() == Visibility.INTERNAL) {
                internal++;
                assertThatThrownBy(() -> strategies.getBySlug(key, Viewer.anonymous())).as(key)
                        .isInstanceOf(NotFoundException.class);
            } else {
                assertThat(strategies.getBySlug(key, Viewer.anonymous()).id()).as(key).isEqualTo(s.id());
            }
        }
        assertThat(internal).as("internal demo strategies").isPositive();
    }

    /**
     * Seed 003 redacts the names of people as "Xxxxx". Whatever the register shows of the Løvvangen
     * agreement must keep them redacted: every "v. <Name>" and "Direktør ..., <Name>" is an Xxxx.
     */
    @Test
    void namesRedactedInTheSeedAreNeverShownUnredacted() throws Exception {
        TestUsers.TestUser reader = users.create(Role.READER);
        Pattern person = Pattern.compile("(?:\\bv\\.|Boligselskab,)\\s+(\\p{Lu}[\\p{L}-]*)");
        StringBuilder shown = new StringBuilder();
        for (String key : List.of("loevvangen-delaftale-beskaeftigelse", "loevvangen-helhedsplan-2021-2025",
                "loevvangen-helhedsplan-2017")) {
            Strategy s = strategies.getBySlug(key, Fixtures.READER);
            shown.append(mvc.perform(get("/api/v1/strategies/" + s.id().value()).header("Authorization", reader.bearer()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            shown.append(mvc.perform(get("/strategier/" + s.id().value()).param("lang", "da"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        }

        assertThat(shown).contains("Løvvangen");
        Matcher names = person.matcher(shown);
        while (names.find()) {
            assertThat(names.group(1)).as("a name after '%s'", names.group()).startsWith("Xxxx");
        }
    }
}
