package dk.pejling.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the total number of matches, as every list endpoint answers. */
public record ListPage<T>(List<T> items, long total) {

    public ListPage {
        items = List.copyOf(items);
    }

    public <R> ListPage<R> map(Function<T, R> mapper) {
        return new ListPage<>(items.stream().map(mapper).toList(), total);
    }
}
