package dk.pejling.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The top hits and, in the same pass over the postings, the documents for the facet counts: every document the
 * top-hits collector is given is also recorded for the facets. The top-hits collector counts every hit until the
 * exact-total threshold and only then lets Lucene skip non-competitive blocks, so when its total is exact
 * ({@link org.apache.lucene.search.TotalHits.Relation#EQUAL_TO}) the recorded documents are exactly the hits and
 * no second pass is needed; when it is not, the recorded documents are a partial list the caller ignores (and
 * counts a sample instead). Unlike Lucene's MultiCollector, which asks for every hit as soon as one of its
 * collectors needs them, this one leaves the top-hits collector's skipping intact.
 */
final class TopHitsWithFacetDocs implements CollectorManager<TopHitsWithFacetDocs.Pair, TopHitsWithFacetDocs.Result> {

    /** The top hits and the documents the collector saw (all the hits when the total is exact). */
    record Result(TopDocs top, FacetsCollector seen) {
    }

    private final TopScoreDocCollectorManager topHits;
    private final FacetsCollectorManager facetDocs = new FacetsCollectorManager();

    TopHitsWithFacetDocs(int wanted, int exactUpTo) {
        this.topHits = new TopScoreDocCollectorManager(wanted, exactUpTo);
    }

    @Override
    public Pair newCollector() throws IOException {
        return new Pair(topHits.newCollector(), facetDocs.newCollector());
    }

    @Override
    public Result reduce(Collection<Pair> pairs) throws IOException {
        List<TopScoreDocCollector> tops = new ArrayList<>(pairs.size());
        List<FacetsCollector> seen = new ArrayList<>(pairs.size());
        for (Pair pair : pairs) {
            tops.add(pair.top);
            seen.add(pair.seen);
        }
        return new Result(topHits.reduce(tops), facetDocs.reduce(seen));
    }

    static final class Pair implements Collector {

        private final TopScoreDocCollector top;
        private final FacetsCollector seen;

        private Pair(TopScoreDocCollector top, FacetsCollector seen) {
            this.top = top;
            this.seen = seen;
        }

        @Override
        public ScoreMode scoreMode() {
            return top.scoreMode(); // the facet documents need no scores, and must not stop the skipping
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector topLeaf = top.getLeafCollector(context);
            LeafCollector seenLeaf = seen.getLeafCollector(context);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    topLeaf.setScorer(scorer); // the top-hits collector alone raises the minimum competitive score
                }

                @Override
                public void collect(int doc) throws IOException {
                    topLeaf.collect(doc);
                    seenLeaf.collect(doc);
                }

                @Override
                public void finish() throws IOException {
                    topLeaf.finish();
                    seenLeaf.finish();
                }
            };
        }
    }
}
