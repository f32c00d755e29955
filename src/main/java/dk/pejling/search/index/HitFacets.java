package dk.pejling.search.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * The hits a facet count looks at: every hit when the total was counted exactly (at most
 * {@link Search#EXACT_TOTAL_UP_TO}, cheap), otherwise a random sample of about one in {@code step} of them ({@link DocSampleQuery}), so that about
 * {@link #SAMPLE} hits are read whatever the total; the counts are then multiplied by the step. The sample is
 * taken from the same filtered query, so a sampled count never includes a record outside the viewer's reach.
 */
final class HitFacets {

    /** About this many hits are counted when the total is too large to count them all. */
    static final int SAMPLE = 1000;

    private HitFacets() {
    }

    /** The collected hits and the factor their counts stand for (1: every hit was counted). */
    record Collected(FacetsCollector hits, int step) {

        boolean exact() {
            return step == 1;
        }
    }

    /** Every hit, already collected beside the top hits ({@link TopHitsWithFacetDocs}). */
    static Collected every(FacetsCollector hits) {
        return new Collected(hits, 1);
    }

    /**
     * A sample of the query's hits, for a total too large to count (every hit when the estimate is small). The step
     * comes from {@code estimated}'s cost, the same hits as the query written as one conjunction with the viewer's
     * filter: the per-segment form Lucene runs estimates its hits otherwise, and the sample must not change with it.
     */
    static Collected sample(IndexSearcher searcher, Query query, Query estimated) throws IOException {
        Query constant = new ConstantScoreQuery(query);
        int step = step(searcher, new ConstantScoreQuery(estimated));
        Query counted = step == 1 ? constant : new BooleanQuery.Builder()
                .add(constant, BooleanClause.Occur.FILTER)
                .add(new DocSampleQuery(step), BooleanClause.Occur.FILTER)
                .build();
        return new Collected(searcher.search(counted, new FacetsCollectorManager()), step);
    }

    /** The step that leaves about {@link #SAMPLE} hits, from the query's own estimate of its hits (an upper bound). */
    private static int step(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long estimate = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            if (supplier != null) {
                estimate += supplier.cost();
            }
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, estimate / SAMPLE));
    }
}
