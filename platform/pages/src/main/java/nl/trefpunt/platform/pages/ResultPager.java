package nl.trefpunt.platform.pages;

import java.util.Map;
import nl.trefpunt.platform.paging.ResultPage;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a list page sits in its result and the links to its neighbours. The links are paths
 * within the service ({@code /centra?name=was&page=2}); templates pass them through {@code @{...}}
 * so the gateway's tenant prefix is added.
 *
 * @param previous the previous page's link, or null on the first page
 * @param next the next page's link, or null on the last page
 */
public record ResultPager(int page, long totalPages, long totalItems, String previous, String next) {

    /**
     * @param path the list's path
     * @param criteria the list's search criteria as query parameters; null or blank ones are left out
     */
    public static ResultPager of(ResultPage<?> result, String path, Map<String, String> criteria) {
        int page = result.paging().page();
        long totalPages = result.totalPages();
        return new ResultPager(
                page,
                totalPages,
                result.totalItems(),
                page > 1 ? link(path, criteria, Math.min(page - 1, Math.max(totalPages, 1))) : null,
                page < totalPages ? link(path, criteria, page + 1) : null);
    }

    /** Whether there is more than one page, or the person is past the last one. */
    public boolean shown() {
        return totalPages > 1 || page > 1;
    }

    private static String link(String path, Map<String, String> criteria, long page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        criteria.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                link.queryParam(name, value);
            }
        });
        if (page > 1) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }
}
