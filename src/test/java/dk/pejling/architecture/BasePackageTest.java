package dk.pejling.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A module's base package is its API: what other modules may use. It must not depend on the module's own
 * internals, or the API would drag them along and a change of a file column or a page would change it.
 * Spring Modulith's {@code verify()} checks only dependencies between modules, so these rules check the one
 * inside a module.
 *
 * <ul>
 * <li>The adapters — the file import and export ({@code file/}), the pages ({@code web/}), the REST API
 * ({@code api/}) — use the base, never the other way: no base class refers to them at all.</li>
 * <li>The store ({@code store/}) and the attainment calculator ({@code attainment/}) are the machinery of
 * the base's services (the README: "the service of its use cases is its base package"): a service may hold a
 * repository or call the calculator, but no public or protected member of a public base type may show one of
 * their types, so other modules never see them.</li>
 * </ul>
 */
class BasePackageTest {

    static final String ROOT = "dk.pejling";
    static final List<String> ADAPTERS = List.of("file", "web", "api");
    static final List<String> MACHINERY = List.of("store", "attainment");

    /**
     * Base types that showed the machinery when this test came (issue 13), to be turned round. The list may
     * only shrink: a new one fails the test, and so does an entry that is no longer needed.
     */
    private static final Set<String> KNOWN_EXPOSED = Set.of(
            // the calculator reads the indicator's facts and values and answers the base's verdict, and the base
            // calls the calculator: a cycle inside the module that these public members carry
            "indicator.Indicator.facts → indicator.attainment.IndicatorFacts",
            "indicator.IndicatorVerdict.of → indicator.attainment.IndicatorFacts",
            "indicator.IndicatorVerdict.of → indicator.attainment.MeasuredValue",
            "indicator.Measurement.asValue → indicator.attainment.MeasuredValue");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noBasePackageRefersToItsModulesFilesPagesOrRestApi() {
        assertThat(references(CLASSES, ADAPTERS)).as("base package → its module's file/, web/ or api/").isEmpty();
    }

    @Test
    void noBasePackageShowsItsStoreOrCalculatorToOtherModules() {
        assertThat(exposures(CLASSES, MACHINERY)).as("public base members showing store/ or attainment/ types")
                .isEqualTo(KNOWN_EXPOSED);
    }

    @Test
    void theRulesTellInternalsFromTheBaseAndFromOtherModules() {
        assertThat(internalOf("dk.pejling.indicator", "dk.pejling.indicator.file", ADAPTERS)).isTrue();
        assertThat(internalOf("dk.pejling.indicator", "dk.pejling.indicator.web.parts", ADAPTERS)).isTrue();
        assertThat(internalOf("dk.pejling.indicator", "dk.pejling.indicator", ADAPTERS)).isFalse();
        assertThat(internalOf("dk.pejling.indicator", "dk.pejling.strategy.web", ADAPTERS)).isFalse();
        assertThat(internalOf("dk.pejling.indicator", "dk.pejling.indicator.files", ADAPTERS)).isFalse();
        assertThat(baseModuleOf("dk.pejling.indicator")).isEqualTo("dk.pejling.indicator");
        assertThat(baseModuleOf("dk.pejling.indicator.web")).isNull();
        assertThat(baseModuleOf("dk.pejling")).isNull();
        // a service holding its repository is implementation; a public method answering a store type is not
        JavaClasses sample = new ClassFileImporter().importPackages("dk.pejling.indicator");
        assertThat(references(sample, MACHINERY)).contains("indicator.IndicatorService → indicator.store.IndicatorRepository");
        assertThat(exposures(sample, MACHINERY)).noneMatch(e -> e.startsWith("indicator.IndicatorService"));
    }

    /** "Source → Target" for each class of a base package that refers to a class of its module's {@code internals}. */
    static Set<String> references(JavaClasses classes, List<String> internals) {
        Set<String> found = new TreeSet<>();
        for (JavaClass source : classes) {
            String base = baseModuleOf(source.getPackageName());
            if (base == null) {
                continue;
            }
            for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                if (internalOf(base, target.getPackageName(), internals)) {
                    found.add(shortName(source) + " → " + shortName(target));
                }
            }
        }
        return found;
    }

    /**
     * "Type.member → Target" for each public or protected member of a public base type whose signature (its
     * type, return type, parameter types and their type arguments) names a class of its module's {@code internals}.
     */
    static Set<String> exposures(JavaClasses classes, List<String> internals) {
        Set<String> found = new TreeSet<>();
        for (JavaClass type : classes) {
            String base = baseModuleOf(type.getPackageName());
            if (base == null || !visible(type.getModifiers())) {
                continue;
            }
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                if (!visible(unit.getModifiers()) || unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    continue;
                }
                List<JavaType> signature = new ArrayList<>(unit.getParameterTypes());
                signature.add(unit.getReturnType());
                note(found, base, type, unit.getName(), signature, internals);
            }
            for (JavaField field : type.getFields()) {
                if (visible(field.getModifiers())) {
                    note(found, base, type, field.getName(), List.of(field.getType()), internals);
                }
            }
        }
        return found;
    }

    private static void note(Set<String> found, String base, JavaClass type, String member, List<JavaType> signature,
                             List<String> internals) {
        signature.stream().flatMap(t -> t.getAllInvolvedRawTypes().stream())
                .filter(raw -> internalOf(base, raw.getPackageName(), internals))
                .forEach(raw -> found.add(shortName(type) + "." + member + " → " + shortName(raw)));
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    /** The module whose base package this is ({@code dk.pejling.indicator}), or null for any other package. */
    static String baseModuleOf(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = packageName.substring(ROOT.length() + 1);
        return rest.isEmpty() || rest.contains(".") ? null : packageName;
    }

    static boolean internalOf(String base, String packageName, List<String> internals) {
        return internals.stream().anyMatch(i -> packageName.equals(base + "." + i) || packageName.startsWith(base + "." + i + "."));
    }

    private static String shortName(JavaClass type) {
        return type.getName().substring(ROOT.length() + 1);
    }
}
