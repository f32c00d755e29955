package dk.pejling.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.instance.InstanceId;
import dk.pejling.shared.Viewer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The search module on its own (Spring Modulith's module test: only this module's beans and the shared one),
 * driven by the event other modules publish. A stand-in {@link SearchSource} plays the contributing module,
 * so the scenario shows the contract without any other module: a committed {@link SearchableChanged} makes the
 * source's current documents findable, a key whose documents are gone leaves the index, and a document for
 * a strategy's readers is never found by the public.
 */
@ApplicationModuleTest
// The readiness group names the instance module's health contributor, which a module test does not boot.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class SearchIndexingScenarioTest {

    private static final Map<String, List<SearchDocument>> SOURCE = new ConcurrentHashMap<>();
    private static final Set<String> READ_ON_THREADS = ConcurrentHashMap.newKeySet();

    @TestConfiguration
    static class StandInModule {
        /** The one thing the search module takes from the instance module: this instance's name. */
        @Bean
        InstanceId instanceId() {
            return new InstanceId("scenario");
        }

        @Bean
        SearchSource scenarioSource() {
            return new SearchSource() {
                @Override
                public String name() {
                    return "scenario";
                }

                @Override
                public Stream<String> keys() {
                    return SOURCE.keySet().stream();
                }

                @Override
                public List<SearchDocument> documents(String key) {
                    READ_ON_THREADS.add(Thread.currentThread().getName());
                    return SOURCE.getOrDefault(key, List.of());
                }
            };
        }
    }

    @Autowired
    SearchService search;

    @Test
    void aChangedRecordIsFoundOnceTheModulesEventIsHandledAfterTheCommit(Scenario scenario) {
        SOURCE.put("plan-1", List.of(document("scenario-1", "Pasningsgaranti i dagtilbud", SearchDocument.Access.everyone())));

        scenario.publish(new SearchableChanged("scenario", "plan-1"))
                .andWaitForStateChange(() -> found("pasningsgaranti", Viewer.anonymous()), ids -> !ids.isEmpty())
                .andVerify(ids -> assertThat(ids).containsExactly("scenario-1"));
        // on the listeners' few threads with a queue (ModuleListenerExecutor), not a new thread per event
        assertThat(READ_ON_THREADS).isNotEmpty().allMatch(name -> name.startsWith("module-listener-"));
    }

    @Test
    void aRecordWhoseDocumentsAreGoneLeavesTheIndex(Scenario scenario) {
        SOURCE.put("plan-2", List.of(document("scenario-2", "Uddannelseshjælp og mentorforløb", SearchDocument.Access.everyone())));
        scenario.publish(new SearchableChanged("scenario", "plan-2"))
                .andWaitForStateChange(() -> found("uddannelseshjælp", Viewer.anonymous()), ids -> !ids.isEmpty());

        SOURCE.remove("plan-2");
        scenario.publish(new SearchableChanged("scenario", "plan-2"))
                .andWaitForStateChange(() -> found("uddannelseshjælp", Viewer.anonymous()), List::isEmpty)
                .andVerify(ids -> assertThat(ids).isEmpty());
    }

    @Test
    void aDocumentForAStrategysReadersIsFoundByAnAdministratorAndNeverByThePublic(Scenario scenario) {
        UUID internalStrategy = UUID.randomUUID();
        SOURCE.put("plan-3", List.of(document("scenario-3", "Kanariefugl intern handleplan",
                SearchDocument.Access.readersOf(List.of(internalStrategy)))));
        Viewer admin = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.ADMIN));

        scenario.publish(new SearchableChanged("scenario", "plan-3"))
                .andWaitForStateChange(() -> found("kanariefugl", admin), ids -> !ids.isEmpty())
                .andVerify(ids -> assertThat(found("kanariefugl", Viewer.anonymous())).isEmpty());
    }

    private List<String> found(String words, Viewer viewer) {
        return search.search(new SearchRequest(words, null, null, null, null, 0, 20), viewer).items().stream()
                .map(SearchResults.Item::id).toList();
    }

    private static SearchDocument document(String id, String title, SearchDocument.Access access) {
        return new SearchDocument(SearchType.INITIATIVE, id, title, "", "/test/" + id, access, List.of(), List.of(), 2026);
    }
}
