package dk.pejling.proceedings.oparl;

import java.util.List;

/** OParl's paged list: a page of objects, its size, and the links to the first, this and the next page. */
record OParlList<T>(List<T> data, Pagination pagination, Links links) {

    record Pagination(int elementsPerPage) {
    }

    /** {@code next} is null (left out) on the last page. */
    record Links(String first, String self, String next) {
    }
}
