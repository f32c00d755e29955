package dk.pejling.strategy;

import dk.pejling.organisation.OrganisationId;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Period;
import dk.pejling.shared.Visibility;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything a user sets on a strategy, checked as a whole so that a form or an API call gets
 * every field error at once and nothing is written when one of them is wrong.
 */
public record StrategyDetails(String title, StrategyKind kind, OrganisationId ownerId, Set<OrganisationId> partnerIds,
                              Period period, LifecycleStatus status, String summary, List<String> themes,
                              List<LinkInput> links, List<RelationInput> relations, Visibility visibility) {

    /**
     * A link as a user edits it; {@code id} names an existing link, which keeps an uploaded file. A document: a link (with a URL), an uploaded file (by its id), or, with {@code withoutAddress}, a
     * document the strategy names by title only (its source gives no address and no copy is uploaded), so
     * the page lists it among the documents instead of saying there are none.
     */
    public record LinkInput(UUID id, String title, String url, boolean withoutAddress) {
        public LinkInput(UUID id, String title, String url) {
            this(id, title, url, false);
        }
    }

    public record RelationInput(RelationKind kind, StrategyId target) {
    }

    public StrategyDetails {
        Map<String, String> errors = new LinkedHashMap<>();
        title = strip(title);
        summary = strip(summary);
        if (title == null) {
            errors.put("title", "must not be blank");
        } else if (title.length() > 300) {
            errors.put("title", "must be at most 300 characters");
        }
        if (kind == null) {
            errors.put("kind", "must be given");
        }
        if (ownerId == null) {
            errors.put("ownerId", "must be given");
        }
        if (status == null) {
            errors.put("status", "must be given");
        }
        if (visibility == null) {
            errors.put("visibility", "must be given");
        }
        if (summary != null && summary.length() > 20_000) {
            errors.put("summary", "must be at most 20000 characters");
        }
        partnerIds = partnerIds == null ? Set.of() : new LinkedHashSet<>(partnerIds);
        themes = cleanThemes(themes, errors);
        links = links == null ? List.of() : List.copyOf(links);
        relations = relations == null ? List.of() : List.copyOf(relations);
        checkLinks(links, errors);
        if (relations.stream().anyMatch(r -> r.kind() == null || r.target() == null)) {
            errors.put("relations", "each relation needs a kind and a target strategy");
        }
        if (period == null) {
            period = new Period(null, null);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static List<String> cleanThemes(List<String> themes, Map<String, String> errors) {
        if (themes == null) {
            return List.of();
        }
        List<String> clean = new ArrayList<>();
        for (String theme : themes) {
            String t = strip(theme);
            if (t == null) {
                continue;
            }
            if (t.length() > 100) {
                errors.put("themes", "each theme must be at most 100 characters");
            } else if (!clean.contains(t)) {
                clean.add(t);
            }
        }
        return List.copyOf(clean);
    }

    private static void checkLinks(List<LinkInput> links, Map<String, String> errors) {
        for (int i = 0; i < links.size(); i++) {
            LinkInput link = links.get(i);
            if (strip(link.title()) == null) {
                errors.put("links[" + i + "].title", "must not be blank");
            }
            if (link.id() == null && strip(link.url()) == null && !link.withoutAddress()) {
                errors.put("links[" + i + "].url", "a new link needs a URL (files are uploaded separately)");
            }
            if (link.url() != null && !link.url().isBlank() && !isHttpUrl(link.url().strip())) {
                errors.put("links[" + i + "].url", "must be an http or https address");
            }
        }
    }

    static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
