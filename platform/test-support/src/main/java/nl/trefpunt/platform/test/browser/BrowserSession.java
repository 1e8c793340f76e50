package nl.trefpunt.platform.test.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ViewportSize;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * One person's browser tab. Every page it loads is checked with axe-core against WCAG 2.0/2.1/2.2
 * A and AA before the next step, and the test fails on any violation. Each checked page must also
 * reflow at {@value #REFLOW_WIDTH} CSS pixels (WCAG 1.4.10), which axe does not test: the tab is
 * narrowed to that width, the page may not be wider, and the tab gets its size back. Steps that may load a page
 * go through {@link #navigate}, {@link #click} and {@link #press}; a page loaded any other way
 * and left before it was checked fails the test too, so no page escapes the check.
 */
public class BrowserSession implements AutoCloseable {

    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa");

    /** WCAG 1.4.10 Reflow: content fits 320 CSS pixels wide without scrolling in two directions. */
    public static final int REFLOW_WIDTH = 320;

    private static final AtomicInteger SCREENSHOTS = new AtomicInteger();

    private final BrowserContext context;
    private final Page page;
    private final String baseUrl;
    private int loads;
    private int checked;
    private boolean closed;

    BrowserSession(BrowserContext context, String baseUrl) {
        this.context = context;
        this.page = context.newPage();
        this.baseUrl = baseUrl;
        // Only count here: Playwright calls from inside its event handlers are best avoided.
        page.onLoad(loaded -> loads++);
    }

    /** The tab, for assertions and for actions that stay on the page. */
    public Page page() {
        return page;
    }

    /** Opens a path under the base URL (or an absolute URL) and checks the page. */
    public Response navigate(String pathOrUrl) {
        settle();
        Response response = page.navigate(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
        settle();
        return response;
    }

    /** Clicks, then checks the page if the click loaded a new one. */
    public BrowserSession click(String selector) {
        settle();
        page.locator(selector).click();
        settle();
        return this;
    }

    /** Presses a key on the focused element (e.g. Enter on a link), then checks a new page. */
    public BrowserSession press(String key) {
        settle();
        page.keyboard().press(key);
        settle();
        return this;
    }

    /** Checks the current page now (axe and reflow), whether or not it was already checked. */
    public void checkAccessibility() {
        screenshotIfAsked("");
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        assertThat(results.getViolations())
                .as(() -> "axe-core (WCAG 2.2 AA) found violations on " + page.url() + ":\n"
                        + describe(results.getViolations()))
                .isEmpty();
        checkReflow();
    }

    /**
     * Narrows the tab to {@value #REFLOW_WIDTH} CSS pixels, measures how wide the page is, and
     * restores the tab's size; a wider page makes a person scroll sideways on every line.
     */
    public void checkReflow() {
        ViewportSize before = page.viewportSize();
        int height = before == null ? 720 : before.height;
        int width;
        try {
            page.setViewportSize(REFLOW_WIDTH, height);
            width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            screenshotIfAsked("-" + REFLOW_WIDTH + "px");
        } finally {
            if (before != null) {
                page.setViewportSize(before.width, before.height);
            }
        }
        assertThat(width)
                .as(
                        "reflow (WCAG 1.4.10): %s is %d CSS pixels wide in a %d pixel wide window",
                        page.url(), width, REFLOW_WIDTH)
                .isLessThanOrEqualTo(REFLOW_WIDTH);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            settle();
        } finally {
            context.close();
        }
    }

    private void settle() {
        page.waitForLoadState(LoadState.LOAD);
        if (loads > checked + 1) {
            throw new AssertionError((loads - checked - 1)
                    + " page(s) loaded and left without an accessibility check; use BrowserSession's"
                    + " navigate/click/press for steps that load a page (now on " + page.url() + ")");
        }
        if (loads > checked) {
            checked = loads;
            if (!"about:blank".equals(page.url())) {
                checkAccessibility();
            }
        }
    }

    /**
     * With {@code -Dtrefpunt.browser.screenshots=<dir>}, every checked page is also saved as a PNG,
     * as the test's window shows it and {@value #REFLOW_WIDTH} pixels wide, to look at what the tests saw.
     */
    private void screenshotIfAsked(String suffix) {
        String directory = System.getProperty("trefpunt.browser.screenshots");
        if (directory == null || directory.isBlank()) {
            return;
        }
        String name = page.url().replaceFirst("^https?://[^/]+/", "").replaceAll("[^A-Za-z0-9]+", "-");
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of(
                        directory, String.format("%03d-%s%s.png", SCREENSHOTS.incrementAndGet(), name, suffix))));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(BrowserSession::describe).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    " + node.getTarget() + "  " + node.getHtml();
    }
}
