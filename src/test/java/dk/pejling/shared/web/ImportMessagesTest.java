package dk.pejling.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.register.RegisterProblem;
import dk.pejling.shared.tabular.ImportProblem;
import dk.pejling.shared.tabular.RowError;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The import pages' row errors, from the application's message bundles: Danish in the Danish UI, English under English. */
class ImportMessagesTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final Locale ENGLISH = Locale.forLanguageTag("en");

    private final ImportMessages messages = messages();

    private static ImportMessages messages() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return new ImportMessages(bundles, new FieldErrorMessages(bundles));
    }

    @Test
    void aRecordNotFoundIsSaidInThePagesLanguageWithItsKindTranslated() {
        RowError notFound = RowError.of(3, "", ImportProblem.NOT_FOUND, "goal", "tryg-aalborg/1.2");

        assertThat(messages.rowError(notFound, DANISH)).isEqualTo("mål »tryg-aalborg/1.2« findes ikke");
        assertThat(messages.rowError(notFound, ENGLISH)).isEqualTo("goal “tryg-aalborg/1.2” not found");
    }

    @Test
    void aRegisterProblemAndAReferenceAreSaidInThePagesLanguage() {
        RowError key = RowError.of(2, "nøgle", RegisterProblem.KEY_FORMAT, "Tryg Aalborg");
        RowError reference = RowError.of(2, "strategi", ImportProblem.UNKNOWN_REFERENCE, "strategy", "tryg");

        assertThat(messages.rowError(key, DANISH)).isEqualTo("»Tryg Aalborg« er ikke en nøgle: skriv små bogstaver, tal og bindestreger");
        assertThat(messages.rowError(key, ENGLISH)).startsWith("“Tryg Aalborg” is not a key");
        assertThat(messages.rowError(reference, DANISH)).isEqualTo("der findes ingen strategi med nøglen »tryg«");
        assertThat(messages.rowError(reference, ENGLISH)).isEqualTo("there is no strategy with the key “tryg”");
    }

    @Test
    void aRuleOfTheRecordIsTheDomainsFieldErrorInThePagesLanguage() {
        RowError taken = RowError.of(5, "kode", ImportProblem.INVALID, "is already used by another organisation");

        assertThat(messages.rowError(taken, DANISH)).isEqualTo("bruges allerede af en anden organisation");
        assertThat(messages.rowError(taken, ENGLISH)).isEqualTo("is already used by another organisation");
        assertThat(messages.problem(ImportProblem.FILE_EMPTY, List.of(), DANISH)).isEqualTo("Filen er tom.");
    }
}
