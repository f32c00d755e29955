package dk.pejling.portal;

import dk.pejling.safetyindex.Area;
import dk.pejling.safetyindex.AreaKindLabels;
import dk.pejling.safetyindex.Suppression;
import dk.pejling.shared.Redaction;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The models of the portal pages that read more than one thing, each in one call and one read-only
 * transaction. Everything comes from {@link PublicData} and {@link PublicSafetyIndex}, which read as the
 * public does; the other portal pages are one call of those already.
 */
@Service
@Transactional(readOnly = true)
public class PortalReadModels {

    /** The catalogue is published in Danish (DCAT-AP-DK), whatever the visitor's language. */
    private static final Locale CATALOGUE_LANGUAGE = Locale.forLanguageTag("da");

    private final PublicData data;
    private final PublicSafetyIndex index;
    private final MessageSource messages;

    PortalReadModels(PublicData data, PublicSafetyIndex index, MessageSource messages) {
        this.data = data;
        this.index = index;
        this.messages = messages;
    }

    /**
     * The public strategies that pass the filter, with the filter's choices.
     *
     * @param theme blank or null: any theme
     */
    public PortalFrontPage frontPage(String theme, UUID organisation, LifecycleStatus status, Integer year) {
        String chosenTheme = theme == null || theme.isBlank() ? null : theme.strip();
        PublicData.FrontPage front = data.frontPage(new PublicData.Filter(chosenTheme, organisation, status, year));
        return new PortalFrontPage(front.strategies(), front.themes(), data.organisations(),
                List.of(LifecycleStatus.values()), chosenTheme, organisation, status, year);
    }

    /** One public strategy with its indicators, for the open data files (in the files' own language). */
    public OpenDataStrategy openDataStrategy(String idOrKey, Locale locale) {
        PublicViews.StrategyPage page = data.strategy(idOrKey, locale);
        return new OpenDataStrategy(page, data.indicators(page, locale));
    }

    /**
     * The public strategies as datasets of the DCAT catalogue: the strategy's public summary describes it, or,
     * without one, a sentence saying what its data holds.
     */
    public List<DcatCatalog.Dataset> catalogDatasets() {
        List<DcatCatalog.Dataset> datasets = new ArrayList<>();
        for (PublicViews.StrategyCard card : data.strategies(new PublicData.Filter(null, null, null, null))) {
            Strategy s = data.strategyRecord(card.key());
            String summary = Redaction.forPublic(s.summary());
            String description = summary != null && !summary.isBlank() ? summary
                    : messages.getMessage("portal.catalog.description", new Object[] {card.title()}, CATALOGUE_LANGUAGE);
            datasets.add(new DcatCatalog.Dataset(card.key(), card.title(), description, card.themes(), s.updatedAt()));
        }
        return datasets;
    }

    /** The areas of one kind compared by a public method version; null arguments choose as the comparison does. */
    public PortalSafetyPage safetyComparison(String method, String period, Area.Kind kind, Locale locale) {
        return new PortalSafetyPage(index.comparison(method, period, kind).orElse(null), index.methodVersions(),
                kindLabels(locale), reasons(locale));
    }

    /** One area's public values over time. */
    public PortalSafetyAreaPage safetyArea(String code, Locale locale) {
        PublicSafetyIndex.AreaPage page = index.area(code);
        return new PortalSafetyAreaPage(page, kindLabels(locale).get(page.area().kind()), reasons(locale));
    }

    private Map<Area.Kind, String> kindLabels(Locale locale) {
        return AreaKindLabels.of(messages, locale);
    }

    /** "N_TOO_SMALL: n = 32 < 50" → "For få svar (n = 32 < 50)". */
    private Function<String, String> reasons(Locale locale) {
        return stored -> {
            int colon = stored.indexOf(':');
            String code = colon < 0 ? stored : stored.substring(0, colon);
            String detail = colon < 0 ? "" : stored.substring(colon + 1).strip();
            String words = messages.getMessage("safetyindex.suppressed." + code, null,
                    messages.getMessage("portal.safety.hidden", null, locale), locale);
            for (Suppression.Reason reason : Suppression.Reason.values()) {
                // the reason of a hidden indicator inside the reason of a hidden index, in words too
                detail = detail.replace(reason.name() + ":", messages.getMessage("safetyindex.suppressed." + reason.name(),
                        null, reason.name(), locale) + ":");
            }
            return detail.isEmpty() ? words : words + " (" + detail + ")";
        };
    }
}
