package dk.pejling;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.access.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/**
 * Layouts that fit, in Debian's headless Chromium as a signed-in administrator: the menu on one line at
 * 1366 px with imports and administration under "Værktøjer" (a disclosure the keyboard opens and Escape
 * closes, without WCAG 2.1 AA violations), forms as wide as the content, and headings that never break
 * inside a word from 320 to 1366 px. Screenshots go to target/layout/.
 */
@IntegrationTest // the shared context: a browser test needs nothing of its own
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutBrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
              .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, help: v.help,
                 nodes: v.nodes.map(n => n.target.join(' '))})))))
              .catch(e => done('ERROR ' + e));
            """;
    /** The words of the first h1 that the browser laid out over more than one line. */
    private static final String WORDS_BROKEN_IN_H1 = """
            const h = document.querySelector('main h1');
            const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
            const broken = [];
            let node;
            while ((node = walker.nextNode())) {
              const words = /\\S+/g;
              let m;
              while ((m = words.exec(node.data))) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const tops = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
                if (tops.size > 1) broken.push(m[0]);
              }
            }
            return broken.join(' ');
            """;

    @TempDir
    static Path profile;
    ChromeDriver browser;
    WebDriverWait wait;

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;

    @BeforeAll
    void startChromiumAndSignIn() {
        assertThat(Files.isExecutable(CHROMEDRIVER)).as("%s is missing: install Debian's chromium-driver", CHROMEDRIVER).isTrue();
        assertThat(Files.isExecutable(CHROMIUM)).as("%s is missing: install Debian's chromium", CHROMIUM).isTrue();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--user-data-dir=" + profile.toAbsolutePath());
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        var admin = users.create(Role.ADMIN);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(admin.principal().username());
        browser.findElement(By.id("password")).sendKeys("a-long-test-password", Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    @AfterAll
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void screen(int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 1024));
    }

    private void screenshot(String name) throws IOException {
        Path out = Path.of("target", "layout", name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theSignedInMenuFitsOnOneLineAt1366AndItsToolsOpenFromTheKeyboard() throws IOException {
        screen(1366);
        browser.get(url("/"));
        List<WebElement> entries = browser.findElements(By.cssSelector("ul.pejling-nav-wide > li"));
        assertThat(entries).hasSizeGreaterThanOrEqualTo(7);
        assertThat(entries.stream().map(e -> e.getRect().getY()).distinct().toList()).as("one line").hasSize(1);
        WebElement tools = browser.findElement(By.cssSelector("ul.pejling-nav-wide details.pejling-submenu"));
        WebElement summary = tools.findElement(By.tagName("summary"));
        assertThat(summary.getText()).isEqualTo("Værktøjer");
        assertThat(browser.findElement(By.cssSelector("ul.pejling-nav-wide a[href='/brugere']")).isDisplayed()).isFalse();
        screenshot("menu-1366");

        browser.executeScript("arguments[0].focus()", summary);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(d -> tools.getDomAttribute("open") != null);
        assertThat(summary.getDomAttribute("aria-expanded")).isEqualTo("true");
        for (String admin : List.of("/brugere", "/admin/audit", "/admin/arkiv", "/mine-api-noegler")) {
            assertThat(browser.findElement(By.cssSelector("ul.pejling-nav-wide a[href='" + admin + "']")).isDisplayed())
                    .as(admin).isTrue();
        }
        screenshot("menu-1366-open");
        browser.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
        assertThat(Objects.toString(browser.executeAsyncScript(RUN_AXE))).as("axe-core, menu open").isEqualTo("[]");

        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> tools.getDomAttribute("open") == null);
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
        assertThat(summary.getDomAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void formsUseTheContentWidth() throws IOException {
        screen(1366);
        browser.get(url("/strategier/ny"));
        double content = ((Number) browser.executeScript(
                "const m = document.querySelector('main'); const s = getComputedStyle(m);"
                        + "return m.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);")).doubleValue();
        double field = browser.findElement(By.id("title")).getRect().getWidth();
        screenshot("form-1366");
        assertThat(field).as("the title field against the content width %s", content).isGreaterThan(content * 0.9);
    }

    @Test
    void headingsNeverBreakInsideAWordFrom320To1366Pixels() throws IOException {
        String json = RestClient.create().get().uri(url("/api/v1/initiatives?q=boligforeningerne"))
                .header("Authorization", users.create(Role.ADMIN).bearer()).retrieve().body(String.class);
        List<String> ids = JsonPath.read(json, "$.items[?(@.title =~ /.*boligforeningerne.*/)].id");
        assertThat(ids).isNotEmpty();
        List<String> broken = new ArrayList<>();
        for (int width : new int[] {320, 375, 768, 1024, 1366}) {
            screen(width);
            browser.get(url("/indsatser/" + ids.get(0)));
            assertThat(browser.findElement(By.cssSelector("main h1")).getText()).contains("boligforeningerne");
            String words = Objects.toString(browser.executeScript(WORDS_BROKEN_IN_H1));
            if (!words.isBlank()) {
                broken.add(width + " px: " + words);
            }
            long overflow = ((Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
            assertThat(overflow).as("wider than the screen at %s px", width).isLessThanOrEqualTo(0);
            screenshot("heading-" + width);
        }
        assertThat(broken).as("words broken inside").isEmpty();
    }
}
