package dk.pejling.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page (a {@code @GetMapping} handler of a class in a {@code web} package) asks the module for what it shows
 * in one call: one method of a bean outside {@code web/} — a {@code *ReadModels}, a service or another Spring
 * component of the application. A page that gathers from several services puts the rules of what it shows
 * (who may see what, what follows from what) in the page, where no test of the module sees them; one read
 * model answering one page record keeps them in the module. Calls on records, the {@code Viewer}, the
 * {@code Model}, Spring and JDK types and the {@code shared.web} helpers do not count, and neither do the page
 * class's own methods (their calls count as the handler's), nor a second call of the same method.
 */
class PageReadModelCallsTest {

    private static final String ROOT = "dk.pejling";

    /**
     * Handlers allowed to ask more than one bean. Empty: the 42 handlers found when this test came (issue 13) were
     * all turned into read-model calls, so a page that asks twice fails the test.
     */
    private static final Set<String> KNOWN = Set.of();

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void everyPageAsksOneBeanMethodForWhatItShows() {
        Map<String, Set<String>> found = new TreeMap<>();
        for (JavaClass page : CLASSES) {
            if (!inWebPackage(page) || page.getPackageName().startsWith(ROOT + ".shared.web")) {
                continue;
            }
            for (JavaMethod handler : page.getMethods()) {
                if (handler.isAnnotatedWith(GetMapping.class)) {
                    Set<String> calls = beanCalls(handler);
                    if (calls.size() > 1) {
                        found.put(name(handler), calls);
                    }
                }
            }
        }
        String shown = found.entrySet().stream().map(e -> e.getKey() + " → " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("\n"));
        assertThat(found.keySet()).as("GET handlers calling more than one bean method:%n%s", shown).isEqualTo(KNOWN);
    }

    @Test
    void aHandlersOwnHelpersCountAndRecordsViewersAndSpringDoNot() {
        JavaClasses sample = new ClassFileImporter().importClasses(SamplePage.class, SampleReadModels.class,
                SampleService.class, SampleRecord.class);
        JavaClass page = sample.get(SamplePage.class);
        assertThat(beanCalls(page.getMethod("oneCall", org.springframework.ui.Model.class)))
                .containsExactly("PageReadModelCallsTest$SampleReadModels.page");
        assertThat(beanCalls(page.getMethod("twoThroughAHelper")))
                .containsExactly("PageReadModelCallsTest$SampleReadModels.page", "PageReadModelCallsTest$SampleService.other");
    }

    /** The distinct methods of application beans outside web/ the handler calls, itself or through its class's own methods. */
    static Set<String> beanCalls(JavaMethod handler) {
        JavaClass page = handler.getOwner();
        Set<String> calls = new TreeSet<>();
        Set<JavaCodeUnit> seen = new HashSet<>();
        Deque<JavaCodeUnit> todo = new ArrayDeque<>();
        todo.add(handler);
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.pop();
            if (!seen.add(unit)) {
                continue;
            }
            Stream.concat(unit.getMethodCallsFromSelf().stream(), unit.getMethodReferencesFromSelf().stream())
                    .map(JavaAccess::getTarget).forEach(target -> {
                        JavaClass owner = target.getOwner();
                        if (owner.equals(page) || owner.getName().startsWith(page.getName() + "$")) {
                            resolve(target).ifPresent(todo::add); // the page's own helpers and lambdas
                        } else if (applicationBean(owner)) {
                            calls.add(shortName(owner) + "." + target.getName());
                        }
                    });
        }
        return calls;
    }

    private static java.util.Optional<JavaCodeUnit> resolve(AccessTarget target) {
        return target instanceof AccessTarget.CodeUnitAccessTarget code ? code.resolveMember().map(m -> (JavaCodeUnit) m)
                : java.util.Optional.empty();
    }

    /** A Spring component of the application outside the web packages (a read model, a service, a permission check). */
    static boolean applicationBean(JavaClass type) {
        return type.getPackageName().startsWith(ROOT + ".") && !inWebPackage(type)
                && (type.isAnnotatedWith(Component.class) || type.isMetaAnnotatedWith(Component.class));
    }

    private static boolean inWebPackage(JavaClass type) {
        return type.getPackageName().endsWith(".web") || type.getPackageName().contains(".web.");
    }

    private static String shortName(JavaClass type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String name(JavaMethod handler) {
        return handler.getOwner().getName().substring(ROOT.length() + 1) + "." + handler.getName();
    }

    // A page as the rule sees it; the sample classes are outside any web package, so only the counting is tried here.

    @org.springframework.stereotype.Service
    static class SampleReadModels {
        SampleRecord page() {
            return new SampleRecord("x");
        }
    }

    @org.springframework.stereotype.Service
    static class SampleService {
        String other() {
            return "y";
        }
    }

    record SampleRecord(String title) {
    }

    static class SamplePage {
        private final SampleReadModels readModels = new SampleReadModels();
        private final SampleService service = new SampleService();

        @GetMapping("/one")
        String oneCall(org.springframework.ui.Model model) {
            SampleRecord record = readModels.page();
            model.addAttribute("title", record.title().strip());
            model.addAttribute("again", readModels.page());
            return "page";
        }

        @GetMapping("/two")
        String twoThroughAHelper() {
            return java.util.Optional.of(readModels.page()).map(r -> helper()).orElseThrow();
        }

        private String helper() {
            return service.other();
        }
    }
}
