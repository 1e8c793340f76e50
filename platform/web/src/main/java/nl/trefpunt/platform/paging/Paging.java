package nl.trefpunt.platform.paging;

/**
 * Which page of a result a caller asks for, counted from 1. Plain Java, so domain ports may use it.
 *
 * @param page the page number, from 1
 * @param pageSize how many items a page holds, at most {@link #MAX_PAGE_SIZE}
 */
public record Paging(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    /** Keeps page × pageSize inside an int, which is what JDBC offsets are. */
    public static final int MAX_PAGE = 1_000_000;

    public Paging {
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be between 1 and " + MAX_PAGE + ": " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ": " + pageSize);
        }
    }

    public static Paging first() {
        return new Paging(1, DEFAULT_PAGE_SIZE);
    }

    /** How many items come before this page. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
