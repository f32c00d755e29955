package dk.pejling.search.index;

/** The embedded index passes the search contract. */
class LuceneSearchIndexTest extends SearchIndexContract {

    @Override
    protected SearchIndex newIndex() {
        return new LuceneSearchIndex(null);
    }
}
