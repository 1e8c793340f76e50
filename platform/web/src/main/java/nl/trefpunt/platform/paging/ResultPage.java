package nl.trefpunt.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a result and how large the whole result is.
 *
 * @param items the items on this page, in the result's order
 * @param paging the page that was asked for
 * @param totalItems how many items the whole result has
 */
public record ResultPage<T>(List<T> items, Paging paging, long totalItems) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return (totalItems + paging.pageSize() - 1) / paging.pageSize();
    }

    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), paging, totalItems);
    }
}
