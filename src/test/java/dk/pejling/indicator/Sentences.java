package dk.pejling.indicator;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Verdict sentences as the application writes them, from the real message bundles, for plain tests that
 * assert the words without starting Spring.
 */
public final class Sentences {

    private static final ExplanationText TEXT = new ExplanationText(bundles());
    private static final IndicatorWords WORDS = new IndicatorWords(bundles());

    /** The indicator words in Danish and in English, as pages and reports write them. */
    public static final IndicatorWords.Wording DA = WORDS.in(ExplanationText.DANISH);
    public static final IndicatorWords.Wording EN = WORDS.in(java.util.Locale.ENGLISH);

    private Sentences() {
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    public static String da(Explanation explanation) {
        return TEXT.danish(explanation);
    }

    public static String en(Explanation explanation) {
        return TEXT.english(explanation);
    }
}
