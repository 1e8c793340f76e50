package nl.trefpunt.platform.test.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests in Debian's Chromium with an axe-core accessibility check on every page visited.
 * Register it as a static extension; each test opens a {@link BrowserSession}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static BrowserPages browser = new BrowserPages();
 *
 * BrowserSession session = browser.open("http://localhost:" + port,
 *         Map.of("Authorization", "Bearer " + token, "Trefpunt-Tenant", "arnhem"));
 * session.navigate("/centra");            // checked with axe (WCAG 2.2 AA) before it returns
 * }</pre>
 *
 * Without Chromium at {@value #DEFAULT_CHROMIUM} (or {@code TREFPUNT_CHROMIUM}) the test class is
 * skipped with that reason; the rest of the build still runs. Playwright never downloads a browser.
 */
public class BrowserPages implements ExecutionCondition, BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    public static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserSession> sessions = new ArrayList<>();

    public static Path chromium() {
        String configured = System.getenv("TREFPUNT_CHROMIUM");
        return Path.of(configured == null || configured.isBlank() ? DEFAULT_CHROMIUM : configured);
    }

    /**
     * Decided before the test class starts (no Spring context, no database for nothing): every
     * test is reported as skipped with the reason, and the reason is printed once.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Path chromium = chromium();
        if (Files.isExecutable(chromium)) {
            return ConditionEvaluationResult.enabled("Chromium at " + chromium);
        }
        String reason = "Chromium not installed at " + chromium + ": browser tests skipped";
        if (context.getTestMethod().isEmpty()) {
            System.err.println("[WARNING] " + context.getDisplayName() + ": " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Path chromium = chromium();
        Assumptions.assumeTrue(
                Files.isExecutable(chromium), "Chromium not installed at " + chromium + ": browser tests skipped");
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS));
    }

    /**
     * A fresh browser context (no cookies) that sends these headers with every request, the way
     * the gateway adds the bearer token and the tenant.
     */
    public BrowserSession open(String baseUrl, Map<String, String> headers) {
        if (browser == null) {
            throw new IllegalStateException(
                    "BrowserPages must be registered with @RegisterExtension on a static field");
        }
        BrowserSession session = new BrowserSession(
                browser.newContext(new Browser.NewContextOptions().setExtraHTTPHeaders(headers)), baseUrl);
        sessions.add(session);
        return session;
    }

    /** Closing a session checks the page it ended on; a violation fails the test that left it. */
    @Override
    public void afterEach(ExtensionContext context) {
        List<BrowserSession> open = List.copyOf(sessions);
        sessions.clear();
        AssertionError failure = null;
        for (BrowserSession session : open) {
            try {
                session.close();
            } catch (AssertionError e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
