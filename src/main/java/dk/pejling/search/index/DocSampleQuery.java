package dk.pejling.search.index;

import java.io.IOException;
import java.util.SplittableRandom;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * About one document in {@code step} of each segment, taken while the query runs: as a FILTER clause beside a
 * query it lets the conjunction jump from sampled document to sampled document instead of visiting every hit,
 * which is what a facet count over a sample of a large hit list needs (Lucene's RandomSamplingFacetsCollector
 * samples only after every hit has been collected). The gaps between sampled documents are random (1 to
 * 2·step − 1, from a fixed seed, so the same index gives the same sample), not a fixed stride: a rebuild adds
 * each strategy's records in the same order, and a fixed stride could fall in step with such a pattern.
 */
final class DocSampleQuery extends Query {

    private static final long SEED = 0x5EA4C4L;

    private final int step;

    DocSampleQuery(int step) {
        if (step < 1) {
            throw new IllegalArgumentException("step must be 1 or more: " + step);
        }
        this.step = step;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                DocIdSetIterator sample = new Gaps(context.reader().maxDoc(), step, SEED + context.ord);
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, sample));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false; // cheap to compute, and a cached bit set per step would only take memory
            }
        };
    }

    /** Sampled documents below maxDoc, each a random gap of 1 to 2·step − 1 after the one before. */
    private static final class Gaps extends DocIdSetIterator {

        private final int maxDoc;
        private final int step;
        private final SplittableRandom random;
        private int doc = -1;
        private long next;

        Gaps(int maxDoc, int step, long seed) {
            this.maxDoc = maxDoc;
            this.step = step;
            this.random = new SplittableRandom(seed);
            this.next = random.nextInt(step); // the first within the first step
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            if (target >= maxDoc) {
                // a conjunction whose other clause is exhausted asks for NO_MORE_DOCS: stepping there one random
                // gap at a time took 85 % of a search in the profile
                doc = NO_MORE_DOCS;
                return doc;
            }
            while (next < target) {
                next += step == 1 ? 1 : 1 + random.nextInt(2 * step - 1);
            }
            doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
            return doc;
        }

        @Override
        public long cost() {
            return (maxDoc + step - 1L) / step;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "a sample of one document in " + step;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && step == ((DocSampleQuery) other).step;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + step;
    }
}
