package dk.pejling.search.index;

import dk.pejling.shared.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The viewer's reach as a Lucene filter clause, the same rule as {@link Viewer#canSee}: the public finds
 * public documents; a signed-in user also the content of closed agenda items and the internal records of
 * the strategies they read; administrators everything. Because it is part of the query, totals, facets,
 * snippets and suggestions never count a document the viewer may not read.
 */
final class ViewerFilter {

    private ViewerFilter() {
    }

    static Query of(Viewer viewer) {
        List<String> allowed = accessValues(viewer);
        if (allowed == null) {
            return new MatchAllDocsQuery();
        }
        return new TermInSetQuery(Fields.ACCESS, allowed.stream().map(BytesRef::new).toList());
    }

    /**
     * The query restricted to the viewer's reach; the administrators' query as it is. The filter is skipped in
     * the segments where every document passes it ({@link ViewerScopedQuery}).
     */
    static Query restrict(Query query, Viewer viewer) {
        List<String> allowed = accessValues(viewer);
        if (allowed == null) {
            return query;
        }
        return new ViewerScopedQuery(query, allowed.stream().map(BytesRef::new).toList());
    }

    /** The values of the access field the viewer may find, or null for everything (administrators). */
    static List<String> accessValues(Viewer viewer) {
        if (viewer.isAdmin()) {
            return null;
        }
        List<String> allowed = new ArrayList<>();
        allowed.add(Fields.ACCESS_PUBLIC);
        if (!viewer.isAnonymous()) {
            allowed.add(Fields.ACCESS_SIGNED_IN);
            for (UUID strategy : viewer.internalScope().strategies()) {
                allowed.add(Fields.accessOfStrategy(strategy));
            }
        }
        return allowed;
    }

    /** Anonymous viewers search and see the published text, with marked names replaced. */
    static boolean publishedTextOnly(Viewer viewer) {
        return viewer.isAnonymous();
    }

    static Term accessTerm(String value) {
        return new Term(Fields.ACCESS, value);
    }
}
