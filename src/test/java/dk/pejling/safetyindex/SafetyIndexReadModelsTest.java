package dk.pejling.safetyindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the safety index pages' read models hold for the public, a signed-in reader and an editor: a method
 * version of an internal index (not public) computed for two areas, one with too few answers for an index.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafetyIndexReadModelsTest {

    static final Locale DANISH = Locale.forLanguageTag("da");

    @Autowired
    SafetyIndexReadModels readModels;
    @Autowired
    SafetyIndexService service;
    @Autowired
    dk.pejling.safetyindex.store.SurveyStore surveys;
    @Autowired
    TestUsers users;

    Viewer anonymous = Viewer.anonymous();
    Viewer reader;
    Viewer editor;
    String version;
    String big;
    String small;

    @BeforeAll
    void anInternalIndexForTwoAreas() {
        editor = users.viewerOf(users.create(Role.EDITOR).principal());
        reader = users.viewerOf(users.create(Role.READER).principal());
        String tag = UUID.randomUUID().toString().substring(0, 6);
        big = "r" + tag + "-stor";
        small = "r" + tag + "-lille";
        service.saveAreas(List.of(new Area(big, "Storby " + tag, Area.Kind.AFDELING, null),
                new Area(small, "Lilleby " + tag, Area.Kind.AFDELING, null)), editor);
        version = "8." + Math.abs(tag.hashCode() % 10000) + ".0";
        service.saveMethod(SafetyFixtures.methodText().replace("version: 1.0.0", "version: " + version), false, editor);
        Period y = Period.of("2021");
        List<IndexInputs.Respondent> answers = new ArrayList<>(SafetyFixtures.respondents(big, y, 300, 250, 1));
        answers.addAll(SafetyFixtures.respondents(small, y, 30, 20, 2));
        SurveyWave wave = new SurveyWave(UUID.randomUUID(), "Læsemodel " + tag, "Test", y, null, null, 700, 330, null,
                SafetyFixtures.ITEMS, true, "SYNTETISK", java.time.Instant.now());
        surveys.insertWave(wave);
        surveys.insertRespondents(wave.id(), answers);
        service.compute(version, y, editor);
    }

    @Test
    void aSignedInReaderComparesTheAreasWithTheHiddenIndexAsItsReasonInWords() {
        ComparePage page = readModels.compare(version, "2021", Area.Kind.AFDELING, DANISH, reader);

        assertThat(page.method().version()).isEqualTo(version);
        assertThat(page.period()).isEqualTo("2021");
        assertThat(page.kind()).isEqualTo(Area.Kind.AFDELING);
        assertThat(page.rows()).extracting(ValueView::area).contains(big, small);
        ValueView hidden = page.rows().stream().filter(r -> r.area().equals(small)).findFirst().orElseThrow();
        assertThat(hidden.value()).isNull();
        assertThat(hidden.hiddenBecause()).startsWith("En indikator mangler eller er skjult");
        assertThat(hidden.indicators()).filteredOn(c -> c.key().equals("andel_tryg")).singleElement()
                .satisfies(c -> assertThat(c.hiddenBecause()).isEqualTo("For få svar (n = 30 < 50)"));
        assertThat(page.synthetic()).isTrue();
        assertThat(page.canEditFeeds()).as("a reader holds no editing role").isFalse();
        assertThat(readModels.compare(version, "2021", Area.Kind.AFDELING, DANISH, editor).canEditFeeds()).isTrue();
    }

    @Test
    void thePublicModelHoldsNothingOfTheInternalIndex() {
        ComparePage page = readModels.compare(version, "2021", Area.Kind.AFDELING, DANISH, anonymous);

        assertThat(page.methods()).extracting(MethodVersion::version).doesNotContain(version);
        assertThat(page.method()).isNull();
        assertThat(page.rows()).isEmpty();
        AreaPage area = readModels.area(big, version, DANISH, anonymous);
        assertThat(area.values()).isEmpty();
        assertThat(area.change()).isNull();
        assertThat(readModels.area(big, version, DANISH, reader).values()).extracting(ValueView::method).containsOnly(version);
        assertThatThrownBy(() -> readModels.method(version, anonymous)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAreaModelNamesTheAreaItsPathAndItsKindInTheViewersLanguage() {
        AreaPage page = readModels.area(small, version, DANISH, reader);

        assertThat(page.area().code()).isEqualTo(small);
        assertThat(page.path()).extracting(Area::code).endsWith(small);
        assertThat(page.kindLabel()).isNotEqualTo(Area.Kind.AFDELING.name());
        assertThat(page.values()).singleElement().satisfies(v -> assertThat(v.indicators())
                .anySatisfy(c -> assertThat(c.hiddenBecause()).startsWith("For få svar")));
        assertThatThrownBy(() -> readModels.area("ukendt-" + small, null, DANISH, reader)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theMethodModelOffersTheFormOnlyToWhoMaintainsTheIndex() {
        MethodPage forEditor = readModels.method(version, editor);
        assertThat(forEditor.method().version()).isEqualTo(version);
        assertThat(forEditor.doc()).isSameAs(forEditor.method().method());
        assertThat(forEditor.canCreate()).isTrue();
        assertThat(readModels.method(version, reader).canCreate()).isFalse();
        assertThatThrownBy(() -> readModels.method("0.0.0-ukendt", reader)).isInstanceOf(NotFoundException.class);
        assertThat(readModels.methodForm(editor).method()).as("the newest version under a refused form").isNotNull();
    }

    @Test
    void theFeedsModelIsForEditingRolesOnlyAndOffersEveryComponentOnce() {
        assertThatThrownBy(() -> readModels.feeds(reader)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> readModels.feeds(anonymous)).isInstanceOf(ForbiddenException.class);

        FeedsPage page = readModels.feeds(editor);
        assertThat(page.methods()).extracting(MethodVersion::version).contains(version);
        assertThat(page.components()).startsWith(IndicatorFeed.INDEX).doesNotHaveDuplicates();
        assertThat(page.areaNames()).containsKeys(big, small);
    }
}
