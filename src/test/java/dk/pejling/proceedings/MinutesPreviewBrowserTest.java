package dk.pejling.proceedings;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.IntegrationTest;
import dk.pejling.WebSessions;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The minutes preview in a real browser: a person signs in, uploads minutes without a date, and the review
 * page and an item's page have no WCAG 2.1 A/AA violation (axe-core) at desktop and phone widths, in Danish
 * and in English. Debian's chromium and chromium-driver, axe-core from npm, as {@code PortalBrowserTest}.
 * The minutes text is SYNTETISK.
 */
@IntegrationTest // the shared context: a browser test needs nothing of its own
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinutesPreviewBrowserTest {

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
    private static final String TEXT = """
            Referat
            1. Godkendelse af dagsorden
            Beslutning
            Godkendt.
            2. Vejbelysning på Hovedgaden
            Sagsfremstilling
            Lygterne skiftes.
            Beslutning
            Godkendt.
            """;

    @TempDir
    static Path profile;
    @TempDir
    static Path files;
    ChromeDriver browser;
    String axe;

    @LocalServerPort
    int port;

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
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
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

    @Test
    void theReviewAndItemPagesHaveNoWcag21AaViolation() throws IOException {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(WebSessions.DEMO_EDITOR);
        browser.findElement(By.id("password")).sendKeys(WebSessions.DEMO_PASSWORD);
        browser.findElement(By.id("password")).submit();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> !d.getCurrentUrl().contains("/login"));
        Path minutes = files.resolve("referat.txt");
        Files.writeString(minutes, TEXT, StandardCharsets.UTF_8);
        browser.get(url("/referater/import"));
        browser.findElement(By.id("file")).sendKeys(minutes.toAbsolutePath().toString());
        browser.findElement(By.id("file")).submit();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("review-items")).isEmpty());
        String review = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");

        List<String> violations = new ArrayList<>();
        for (int width : new int[] {1366, 390}) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 1024));
            for (String path : List.of(review, review + "?lang=en", review + "/punkt?nummer=2")) {
                browser.get(url(path));
                browser.executeScript(axe);
                String result = Objects.toString(browser.executeAsyncScript(RUN_AXE));
                if (!"[]".equals(result)) {
                    violations.add(width + " px " + path + ": " + result);
                }
            }
        }
        assertThat(violations).as("axe-core WCAG 2.1 A/AA violations").isEmpty();
    }
}
