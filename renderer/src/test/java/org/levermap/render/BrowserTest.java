package org.levermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium (Debian's /usr/bin/chromium through /usr/bin/chromedriver; Selenium Manager never
 * runs) over the built reference report, a fixture ecosystem and a hostile fixture, served from
 * 127.0.0.1: pages load without console errors, the index filter works, and script hidden in names,
 * commit subjects, Markdown, URLs and SVG labels never executes; axe-core (npm, installed by .ci/run into
 * .ci/node_modules) finds no serious or critical accessibility violation on any page type, in light and
 * dark mode. Run by .ci/run, which installs all three.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path tmp;
    static StaticServer server;
    static ChromeDriverService service;
    static WebDriver browser;
    static Path reference;
    static Path ecosystem;
    static Path hostile;

    /** Selenium's own logger: it would warn that it has no DevTools bindings for this Chromium, which we do not use. */
    static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void start() throws Exception {
        SELENIUM.setLevel(Level.SEVERE);
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        reference = tmp.resolve("reference");
        ecosystem = tmp.resolve("eco");
        hostile = tmp.resolve("hostile");
        server = new StaticServer(Map.of("reference", reference, "eco", ecosystem, "hostile", hostile));
        // Each site is published where the server serves it, so that its 404 page's <base> is its own origin.
        Site.build(Path.of("..", "site"), reference, BuildOptions.DEFAULTS.withBaseUrl(server.url("reference")));
        Site.build(Fixture.ecosystem(tmp.resolve("eco-data"), "https://example.org/r/"), ecosystem,
                BuildOptions.DEFAULTS.withBaseUrl(server.url("eco")));
        Site.build(Fixture.hostile(tmp.resolve("hostile-data")), hostile,
                BuildOptions.DEFAULTS.withBaseUrl(server.url("hostile")));

        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Loads a page and returns the console messages at warning level or above. */
    private static List<String> load(String url) {
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(url);
        ((JavascriptExecutor) browser).executeScript("return document.readyState");
        List<String> problems = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.add(e.getLevel() + " " + e.getMessage());
            }
        }
        return problems;
    }

    private static void assertNoScriptRan(String url) {
        try {
            browser.switchTo().alert();
            fail("an alert opened on " + url);
        } catch (NoAlertPresentException expected) {
            // Nothing ran.
        }
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__xss;"), url + " ran injected script");
    }

    private static List<String> pages(Path site) throws Exception {
        try (var walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void everyPageOfTheReferenceReportLoadsWithoutConsoleErrors() throws Exception {
        for (String page : pages(reference)) {
            List<String> console = load(server.url("reference") + page);
            assertEquals(List.of(), console, page);
        }
    }

    @Test
    void everyPageOfTheFixtureLoadsWithoutConsoleErrors() throws Exception {
        for (String page : pages(ecosystem)) {
            assertEquals(List.of(), load(server.url("eco") + page), page);
        }
    }

    @Test
    void scriptCraftedIntoTheDataNeverRuns() throws Exception {
        List<String> pages = pages(hostile);
        assertTrue(pages.size() > 10, pages.toString());
        for (String page : pages) {
            String url = server.url("hostile") + page;
            List<String> console = load(url);
            assertNoScriptRan(url);
            assertEquals(List.of(), console, page);
        }
        // The hostile names do show, as text.
        load(server.url("hostile") + "projects/payload/index.html");
        assertEquals("Payload <script>window.__xss=1</script>", browser.findElement(By.tagName("h1")).getText());
        // Typing a payload into the filter must not run it either.
        load(server.url("hostile") + "index.html");
        browser.findElement(By.name("q")).sendKeys("<img src=x onerror=window.__xss=1>");
        assertNoScriptRan("the index filter");
    }

    @Test
    void theIndexFilterSearchesAndFiltersAndTheTableWorksWithoutIt() {
        load(server.url("eco") + "index.html");
        WebElement form = browser.findElement(By.id("filter"));
        assertTrue(form.isDisplayed(), "the script shows the filter");
        WebElement count = form.findElement(By.tagName("output"));
        assertEquals("5 of 5 projects", count.getText());
        WebElement q = browser.findElement(By.name("q"));
        q.sendKeys("acme");
        assertEquals(List.of("widget"), visibleRows());
        assertEquals("1 of 5 projects", count.getText());
        q.clear();
        q.sendKeys("x");
        q.clear();
        choose("model", "foundation");
        assertEquals(List.of("libre"), visibleRows());
        choose("model", "");
        choose("flag", "bus-factor-one");
        assertEquals(List.of("solo", "widget"), visibleRows());
        choose("flag", "");
        choose("family", "strong-copyleft");
        assertEquals(List.of("solo"), visibleRows());
        assertTrue(browser.getCurrentUrl().endsWith("?family=strong-copyleft"), browser.getCurrentUrl());
        load(browser.getCurrentUrl());
        assertEquals(List.of("solo"), visibleRows(), "the filter is restored from the address");
    }

    @Test
    void theSiteWorksFromFileUrlsToo() {
        List<String> console = load(new File(ecosystem.resolve("index.html").toString()).toURI().toString());
        assertEquals(List.of(), console);
        browser.findElement(By.name("q")).sendKeys("gadget");
        assertEquals(List.of("gadget"), visibleRows());
        browser.findElement(By.linkText("Gadget")).click();
        assertTrue(browser.getCurrentUrl().endsWith("projects/gadget/index.html"), browser.getCurrentUrl());
        assertFalse(browser.findElement(By.tagName("h1")).getText().isEmpty());
    }

    @Test
    void theChangesPageFiltersBySeverityKindAndProjectAndThePagerKeepsTheChoice() {
        load(server.url("reference") + "changes/index.html");
        WebElement form = browser.findElement(By.id("change-filter"));
        assertTrue(form.isDisplayed(), "the script shows the filter");
        List<WebElement> items = browser.findElements(By.cssSelector("ul.changes > li"));
        long alerts = items.stream().filter(li -> "alert".equals(li.getAttribute("data-severity"))).count();
        choose("severity", "alert");
        List<WebElement> shown = items.stream().filter(WebElement::isDisplayed).toList();
        assertEquals(alerts, shown.size());
        assertTrue(shown.stream().allMatch(li -> "alert".equals(li.getAttribute("data-severity"))));
        assertEquals(alerts + " of " + items.size() + " changes on this page", form.findElement(By.tagName("output")).getText());
        String project = shown.isEmpty() ? items.get(0).getAttribute("data-project") : shown.get(0).getAttribute("data-project");
        choose("severity", "");
        choose("project", project);
        choose("kind", items.stream().filter(li -> project.equals(li.getAttribute("data-project"))).findFirst()
                .orElseThrow().getAttribute("data-kind"));
        assertTrue(items.stream().filter(WebElement::isDisplayed).allMatch(li -> project.equals(li.getAttribute("data-project"))));
        assertTrue(browser.findElement(By.cssSelector(".pager a[rel=next]")).getAttribute("href").contains("project=" + project),
                "the next page opens with the same filter");
    }

    @Test
    void chartTextStaysAtLeastElevenPixelsOnAPhone() {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(375, 800));
        try {
            for (String page : List.of("projects/redis/index.html", "alliances/pytorch-foundation.html")) {
                load(server.url("reference") + page);
                Object smallest = ((JavascriptExecutor) browser).executeScript("""
                        return Math.min.apply(null, Array.from(document.querySelectorAll('svg.chart text')).map(t =>
                            parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a));""");
                assertTrue(((Number) smallest).doubleValue() >= 10.99, page + ": " + smallest + " px");
            }
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    /** One page of each type of the reference report. */
    static final List<String> PAGE_TYPES = List.of("index.html", "changes/index.html", "projects/redis/index.html",
            "projects/redis/2024-03-31.html", "projects/redis/timeline.html", "actors/index.html", "actors/google.html",
            "alliances/index.html", "alliances/pytorch-foundation.html", "forks/index.html", "404.html");

    static final Path AXE = Path.of("..", ".ci", "node_modules", "axe-core", "axe.min.js");

    @Test
    void axeFindsNoSeriousOrCriticalViolationInLightOrDarkMode() throws Exception {
        if (!Files.isRegularFile(AXE)) {
            fail("the accessibility check needs axe-core in " + AXE + " (npm ci --prefix .ci; .ci/run does it)");
        }
        String axe = Files.readString(AXE);
        List<String> violations = new ArrayList<>();
        try {
            for (String scheme : List.of("light", "dark")) {
                ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                for (String page : PAGE_TYPES) {
                    load(server.url("reference") + page);
                    ((JavascriptExecutor) browser).executeScript(axe);
                    Object found = ((JavascriptExecutor) browser).executeAsyncScript("""
                            const done = arguments[arguments.length - 1];
                            axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                                .map(v => v.id + ' (' + v.nodes.length + '): ' + v.nodes.slice(0, 3)
                                    .map(n => n.target.join(' ')).join(', '))));
                            """);
                    for (Object v : (List<?>) found) {
                        violations.add(scheme + " " + page + ": " + v);
                    }
                }
            }
        } finally {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    /** Picks an option of a filter menu as a person would, by clicking it. */
    private static void choose(String menu, String value) {
        browser.findElement(By.cssSelector("select[name=" + menu + "] option[value='" + value + "']")).click();
    }

    private static List<String> visibleRows() {
        return browser.findElements(By.cssSelector("#projects tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(r -> r.getAttribute("data-id")).sorted().toList();
    }
}
