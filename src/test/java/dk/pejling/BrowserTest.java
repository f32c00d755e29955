package dk.pejling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real application on a random port in Debian's headless Chromium: what a person opening the
 * register sees. Needs the packages chromium and chromium-driver (.ci/run installs them); without
 * them this test fails, it never skips. Selenium is given both binaries, so it downloads nothing.
 */
@IntegrationTest // the shared context: a browser test needs nothing of its own
@Tag("browser")
class BrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String TRYG = "Tryg Aalborg – en mere tryg kommune";

    @TempDir
    static Path profile;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() {
        assertThat(Files.isExecutable(CHROMEDRIVER))
                .as("%s is missing: install Debian's chromium-driver (apt-get install chromium chromium-driver)", CHROMEDRIVER)
                .isTrue();
        assertThat(Files.isExecutable(CHROMIUM))
                .as("%s is missing: install Debian's chromium (apt-get install chromium chromium-driver)", CHROMIUM)
                .isTrue();
        // With the driver and the browser named, Selenium Manager is never asked to find or fetch either.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1024", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private String lang() {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    /**
     * Errors the pages reported: a script or style that failed to load, a CSP violation, a script
     * error. The browser's own request for /favicon.ico is not the page's.
     */
    private static List<String> pageErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("/favicon.ico"))
                .toList();
    }

    @Test
    void aPersonOpensTheRegisterFindsTrygAalborgAndSwitchesToEnglish() {
        browser.get(url("/"));

        assertThat(browser.getTitle()).isEqualTo("Strategier – Pejling");
        assertThat(lang()).isEqualTo("da");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Strategier");
        assertThat(browser.findElements(By.cssSelector("table.pejling-strategy-table tbody tr"))).isNotEmpty();

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getDomAttribute("class")).contains("skipnav");
        assertThat(focused.getDomAttribute("href")).isEqualTo("#main-content");
        assertThat(focused.getText()).isEqualTo("Gå til indhold");

        // the start page's search is the full search (search branch): it answers on /soeg
        browser.findElement(By.id("full-q")).sendKeys("Tryg Aalborg");
        browser.findElement(By.cssSelector("main form.pejling-search-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/soeg?q=Tryg"));
        browser.findElement(By.linkText(TRYG)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), TRYG));

        assertThat(browser.getTitle()).isEqualTo(TRYG + " – Pejling");
        List<WebElement> definitions = browser.findElements(By.cssSelector("ul.pejling-goal-tree > li"));
        assertThat(definitions).extracting(li -> li.findElement(By.cssSelector(".pejling-goal")).getText())
                .satisfiesExactly(
                        first -> assertThat(first).startsWithIgnoringCase("Hovedmål A").contains("Den oplevede tryghed"),
                        second -> assertThat(second).contains("Den faktiske tryghed"),
                        third -> assertThat(third).contains("Den fællesskabende tryghed"));
        assertThat(browser.findElements(By.cssSelector("ul.pejling-goal-tree .pejling-goal"))).hasSize(8);
        assertThat(browser.findElement(By.cssSelector(".pejling-facts")).getText())
                .contains("Nordjyllands Politi", "Region Nordjylland");
        String strategyPath = browser.getCurrentUrl().replace(url(""), "");

        browser.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

        assertThat(browser.getCurrentUrl()).startsWith(url(strategyPath)).contains("lang=en");
        assertThat(browser.findElements(By.tagName("h2"))).extracting(WebElement::getText).contains("Goals");
        assertThat(browser.findElement(By.cssSelector("ul.pejling-goal-tree .pejling-goal-kind")).getText())
                .isEqualToIgnoringCase("Main goal");

        browser.get(url("/"));
        assertThat(lang()).as("the language cookie is remembered").isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Strategies");
        assertThat(pageErrors()).as("errors reported by the pages").isEmpty();
    }
}
