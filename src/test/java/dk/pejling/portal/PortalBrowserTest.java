package dk.pejling.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every portal page type in Debian's headless Chromium, driven the way {@code BrowserTest} does it
 * (both binaries named, nothing downloaded): axe-core from npm with the WCAG 2.1 A and AA rules at
 * 1366 and 390 px must find 0 violations; at 320 px no page may be wider than the screen; the menu
 * disclosure works from the keyboard. Screen sizes are set through the DevTools protocol, because a
 * window cannot be made narrower than about 500 px. Writes the evidence the accessibility statement
 * cites to target/accessibility/axe-report.txt.
 */
@IntegrationTest // the shared context: a browser test needs nothing of its own
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
              .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                 nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary)})))))
              .catch(e => done('ERROR ' + e));
            """;

    @TempDir
    static Path profile;
    ChromeDriver browser;
    String axe;

    @LocalServerPort
    int port;
    @Autowired
    PublicData data;
    @Autowired
    PublicSafetyIndex safety;

    @BeforeAll
    void startChromium() throws IOException {
        assertThat(Files.isExecutable(CHROMEDRIVER)).as("%s is missing: install Debian's chromium-driver", CHROMEDRIVER).isTrue();
        assertThat(Files.isExecutable(CHROMIUM)).as("%s is missing: install Debian's chromium", CHROMIUM).isTrue();
        assertThat(AXE).as("axe-core is installed by npm ci (a devDependency)").exists();
        axe = Files.readString(AXE, StandardCharsets.UTF_8);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1366,1024", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
    }

    @AfterAll
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void screen(int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 1024));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** One page of each portal type, on a demo strategy with public goals and indicators. */
    private Map<String, String> portalPages() {
        // the demo's Tryg Aalborg first (the test database may also hold other tests' strategies)
        PublicViews.StrategyPage strategy = data.strategies(new PublicData.Filter(null, null, null, null)).stream()
                .sorted(java.util.Comparator.comparing((PublicViews.StrategyCard c) -> !c.title().startsWith("Tryg Aalborg")))
                .map(c -> data.strategy(c.key(), java.util.Locale.forLanguageTag("da")))
                .filter(s -> s.goals().stream().anyMatch(g -> !g.indicators().isEmpty()))
                .findFirst().orElseThrow();
        PublicViews.GoalItem goal = strategy.goals().stream().filter(g -> !g.indicators().isEmpty()).findFirst().orElseThrow();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("front page", "/portal");
        pages.put("front page, English", "/portal?lang=en");
        pages.put("strategy", "/portal/strategier/" + strategy.key());
        pages.put("goal", "/portal/maal/" + goal.id());
        pages.put("indicator", "/portal/indikatorer/" + goal.indicators().get(0).id());
        pages.put("accessibility statement", "/portal/tilgaengelighed");
        pages.put("data and method", "/portal/om-data");
        pages.put("privacy", "/portal/privatliv");
        pages.put("contact", "/portal/kontakt");
        pages.put("goal card", "/portal/embed/maal/" + goal.id());
        pages.put("indicator card", "/portal/embed/indikatorer/" + goal.indicators().get(0).id());
        // the demo's safety index: the comparison, an area with an index and one whose index is hidden (when any is)
        pages.put("safety index comparison", "/portal/tryghed");
        PublicSafetyIndex.Comparison comparison = safety.comparison(null, null, null).orElseThrow();
        pages.put("safety index area", "/portal/tryghed/omraader/" + comparison.rows().get(0).area());
        comparison.rows().stream().filter(r -> r.value() == null).findFirst()
                .ifPresent(r -> pages.put("safety index area, hidden", "/portal/tryghed/omraader/" + r.area()));
        return pages;
    }

    @Test
    void everyPortalPageTypeHasNoWcag21AaViolationAtDesktopAndPhoneWidths() throws IOException {
        List<String> report = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        for (int width : new int[] {1366, 390}) {
            screen(width);
            for (Map.Entry<String, String> page : portalPages().entrySet()) {
                browser.get(url(page.getValue()));
                browser.executeScript(axe);
                String result = Objects.toString(browser.executeAsyncScript(RUN_AXE));
                report.add(width + " px  " + page.getKey() + "  " + page.getValue() + "  " + result);
                if (!"[]".equals(result)) {
                    violations.add(width + " px " + page.getValue() + ": " + result);
                }
            }
        }
        Path out = Path.of("target", "accessibility", "axe-report.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report, StandardCharsets.UTF_8);
        assertThat(violations).as("axe-core WCAG 2.1 A/AA violations").isEmpty();
    }

    /**
     * Every portal page type with JavaScript switched off (Chromium's content setting, through the DevTools
     * protocol) shows its heading and its content, and its menu still opens: nothing waits for a script.
     */
    @Test
    void everyPortalPageIsReadableWithJavaScriptOff() {
        screen(390);
        List<String> unreadable = new ArrayList<>();
        try {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            for (Map.Entry<String, String> page : portalPages().entrySet()) {
                browser.get(url(page.getValue()));
                WebElement main = browser.findElement(By.cssSelector("main, body"));
                String text = main.getText();
                boolean heading = !browser.findElements(By.cssSelector("h1, h2")).isEmpty()
                        && browser.findElements(By.cssSelector("h1, h2")).get(0).isDisplayed();
                if (!heading || text.strip().length() < 40) {
                    unreadable.add(page.getKey() + " " + page.getValue() + ": " + text.length() + " characters shown");
                }
            }
            browser.get(url("/portal"));
            browser.findElement(By.cssSelector("summary.pejling-menu-button")).click();
            assertThat(browser.findElement(By.cssSelector(".pejling-nav-narrow a")).isDisplayed())
                    .as("the menu opens without JavaScript (a details element)").isTrue();
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
        assertThat(unreadable).isEmpty();
    }

    /**
     * What a first visit to each portal page type transfers — the page, its stylesheets, scripts, fonts and
     * images, with the browser's cache emptied before each page — stays under 200 KB. The figures go to
     * target/accessibility/page-weight.txt.
     */
    @Test
    void everyPortalPageTypeWeighsLessThan200KilobytesOnAFirstVisit() throws IOException {
        screen(1366);
        List<String> report = new ArrayList<>();
        List<String> heavy = new ArrayList<>();
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        try {
            for (Map.Entry<String, String> page : portalPages().entrySet()) {
                browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
                browser.get(url(page.getValue()));
                // wait until the fonts the page uses have arrived, so they count
                browser.executeAsyncScript("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
                @SuppressWarnings("unchecked")
                List<Object> sizes = (List<Object>) browser.executeScript("""
                        const nav = performance.getEntriesByType('navigation')[0];
                        const rs = performance.getEntriesByType('resource');
                        return [nav.transferSize, rs.reduce((s, r) => s + r.transferSize, 0), rs.length,
                                rs.map(r => r.name.replace(location.origin, '') + ' ' + r.transferSize).join(', ')];""");
                long html = ((Number) sizes.get(0)).longValue();
                long rest = ((Number) sizes.get(1)).longValue();
                String line = String.format("%-28s %-60s %7d B total (page %d B, %s resources %d B: %s)", page.getKey(),
                        page.getValue(), html + rest, html, sizes.get(2), rest, sizes.get(3));
                report.add(line);
                if (html + rest >= 200 * 1024) {
                    heavy.add(line);
                }
            }
        } finally {
            browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
        Path out = Path.of("target", "accessibility", "page-weight.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report, StandardCharsets.UTF_8);
        assertThat(heavy).as("pages of 200 KB or more").isEmpty();
    }

    @Test
    void noPageIsWiderThanA320PixelScreen() {
        screen(320);
        Map<String, String> pages = new LinkedHashMap<>(portalPages());
        pages.put("register", "/");
        pages.put("proceedings", "/udvalg");
        PublicViews.StrategyPage strategy = data.strategy(pages.get("strategy").substring("/portal/strategier/".length()), java.util.Locale.forLanguageTag("da"));
        pages.put("strategy in the application", "/strategier/" + strategy.id());
        pages.put("indicator in the application", pages.get("indicator").replace("/portal", ""));
        List<String> tooWide = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.get(url(page.getValue()));
            long scroll = ((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue();
            long viewport = ((Number) browser.executeScript("return window.innerWidth;")).longValue();
            if (scroll > viewport) {
                tooWide.add(page.getKey() + " " + page.getValue() + ": " + scroll + " px in " + viewport);
            }
        }
        assertThat(tooWide).isEmpty();
    }

    @Test
    void theMenuIsAButtonBelow1024PixelsThatTheKeyboardOpensAndCloses() {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60));
        for (String path : List.of("/portal", "/")) {
            screen(390);
            browser.get(url(path));
            WebElement button = browser.findElement(By.cssSelector("summary.pejling-menu-button"));
            assertThat(button.isDisplayed()).isTrue();
            assertThat(browser.findElement(By.cssSelector(".pejling-nav-wide")).isDisplayed()).isFalse();
            assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
            WebElement focused = null;
            for (int i = 0; i < 12 && (focused == null || !focused.equals(button)); i++) {
                new Actions(browser).sendKeys(Keys.TAB).perform();
                focused = browser.switchTo().activeElement();
            }
            assertThat(focused).as(path + ": the menu button is reached with Tab").isEqualTo(button);
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            // the details element's toggle event, which sets aria-expanded, is queued as a task: wait for it
            wait.until(d -> "true".equals(button.getDomAttribute("aria-expanded")));
            List<WebElement> links = browser.findElements(By.cssSelector(".pejling-nav-narrow a"));
            assertThat(links).isNotEmpty();
            assertThat(links.get(0).isDisplayed()).isTrue();
            new Actions(browser).sendKeys(Keys.TAB).perform();
            assertThat(browser.switchTo().activeElement()).as(path + ": Tab goes into the open menu").isEqualTo(links.get(0));
            new Actions(browser).sendKeys(Keys.ESCAPE).perform();
            wait.until(d -> "false".equals(button.getDomAttribute("aria-expanded")));
            assertThat(links.get(0).isDisplayed()).isFalse();
            assertThat(browser.switchTo().activeElement()).as("focus returns to the button").isEqualTo(button);

            screen(1366);
            browser.get(url(path));
            assertThat(browser.findElement(By.cssSelector("summary.pejling-menu-button")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.cssSelector(".pejling-nav-wide a")).isDisplayed()).isTrue();
        }
    }
}
