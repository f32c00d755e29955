package dk.pejling.search.index;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * A query restricted to the documents whose access field holds one of the viewer's values, checked per segment:
 * in a segment where one of those values is on every document (docFreq = maxDoc, deleted ones included) the
 * filter cannot remove anything, and the query runs there exactly as without it. That lets Lucene score a plain
 * disjunction with its fastest scorer (block-max skipping over the words alone) instead of a conjunction with the
 * filter, which is the common case: the public's index is mostly public documents, and segments are written in
 * batches. Elsewhere the filter is a FILTER clause as before; the scores are the same either way (a filter adds none).
 */
final class ViewerScopedQuery extends Query {

    private final Query query;
    private final List<BytesRef> allowed;

    ViewerScopedQuery(Query query, List<BytesRef> allowed) {
        this.query = Objects.requireNonNull(query);
        this.allowed = List.copyOf(allowed);
    }

    Query query() {
        return query;
    }

    private Query filtered() {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(Fields.ACCESS, allowed), BooleanClause.Occur.FILTER)
                .build();
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = query.rewrite(searcher);
        return rewritten == query ? this : new ViewerScopedQuery(rewritten, allowed);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return new Weight(this) {
            // each built when a segment first needs it: building a weight looks up every term in every segment,
            // and most searches need only one of the two
            private Weight plain;
            private Weight filtered;

            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                return pick(context).scorerSupplier(context);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                return pick(context).explain(context, doc);
            }

            @Override
            public Matches matches(LeafReaderContext context, int doc) throws IOException {
                return pick(context).matches(context, doc);
            }

            @Override
            public int count(LeafReaderContext context) throws IOException {
                return pick(context).count(context);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false; // cheap per segment, and the query cache would build both weights to ask
            }

            private synchronized Weight pick(LeafReaderContext context) throws IOException {
                if (everyDocumentAllowed(context)) {
                    if (plain == null) {
                        plain = searcher.createWeight(query, scoreMode, boost);
                    }
                    return plain;
                }
                if (filtered == null) {
                    filtered = searcher.createWeight(searcher.rewrite(filtered()), scoreMode, boost);
                }
                return filtered;
            }
        };
    }

    /** Whether one of the allowed values is on every document of the segment. */
    private boolean everyDocumentAllowed(LeafReaderContext context) throws IOException {
        Terms terms = context.reader().terms(Fields.ACCESS);
        if (terms == null) {
            return false;
        }
        int maxDoc = context.reader().maxDoc();
        TermsEnum values = terms.iterator();
        for (BytesRef value : allowed) {
            if (values.seekExact(value) && values.docFreq() == maxDoc) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor inner = visitor.getSubVisitor(BooleanClause.Occur.MUST, this);
        query.visit(inner);
        new TermInSetQuery(Fields.ACCESS, allowed).visit(visitor.getSubVisitor(BooleanClause.Occur.FILTER, this));
    }

    @Override
    public String toString(String field) {
        return "+(" + query.toString(field) + ") #access:" + allowed.stream().map(BytesRef::utf8ToString).toList();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && query.equals(((ViewerScopedQuery) other).query)
                && allowed.equals(((ViewerScopedQuery) other).allowed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), query, allowed);
    }
}
