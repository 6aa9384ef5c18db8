package tagcat.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tagcat.SharedData;

/**
 * The web page in real headless Chromium (Debian's chromium + chromium-driver, tools/web/install.sh): a person
 * composes a post, ticks and copies suggestions, searches the catalogue with a typo, opens a category and a tag,
 * and opens the map; no view logs a console error, and axe-core finds no serious or critical accessibility
 * violation. Screenshots go to target/screenshots (the README shows copies from docs/screenshots).
 */
class WebPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path AXE = Path.of("../tools/web/node_modules/axe-core/axe.min.js");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static Served s;
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        SharedData.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER) && Files.isRegularFile(AXE),
                "the browser test needs /usr/bin/chromium, /usr/bin/chromedriver and axe-core: run tools/web/install.sh");
        s = Served.of(Served.sample30());
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (s != null) {
            s.close();
        }
    }

    @Test
    void aPersonComposesSearchesBrowsesAndMaps() throws IOException {
        open("#/");
        WebElement input = driver.findElement(By.id("compose-input"));
        input.sendKeys("Sunset on the #beach #sunset");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#suggestions li.suggestion"), 3));
        List<WebElement> items = driver.findElements(By.cssSelector("#suggestions li.suggestion"));
        List<String> ticked = new ArrayList<>();
        for (WebElement li : items.subList(0, 2)) {
            li.findElement(By.cssSelector("input[type=checkbox]")).click();
            ticked.add(li.findElement(By.cssSelector(".tag")).getText().replace("#", ""));
        }
        wait.until(ExpectedConditions.textToBe(By.id("counter"), "4 / 30"));
        driver.findElement(By.id("copy-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("copy-status"), "Copied"));
        String copied = driver.findElement(By.id("copy-text")).getAttribute("value");
        assertThat(copied).isEqualTo("#beach #sunset #" + ticked.get(0) + " #" + ticked.get(1));
        check("compose");

        open("#/catalogue");
        driver.findElement(By.id("catalogue-search")).sendKeys("beahc");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalogue-list"), "beach_sea_ocean"));
        check("catalogue");
        WebElement beach = driver.findElements(By.cssSelector("#catalogue-list a.category-link")).stream()
                .filter(a -> a.getText().contains("beach_sea_ocean")).findFirst().orElseThrow();
        beach.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#category-view #tag-chart")));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#category-view a.tag-link"), 0));
        assertThat(driver.getCurrentUrl()).endsWith("#/category/8");
        check("category");
        WebElement tag = driver.findElement(By.cssSelector("#category-view a.tag-link"));
        String tagName = tag.getText().replace("#", "");
        tag.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tag-view"), "beach_sea_ocean"));
        assertThat(driver.findElement(By.id("tag-view")).getText()).contains(tagName);
        check("tag");

        open("#/map");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#map a.map-point"), 30));
        check("map");
        // by keyboard: circles overlap, and a map point must work without a mouse
        driver.findElements(By.cssSelector("#map a.map-point")).get(0).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches("#/category/\\d+$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#category-view #tag-chart")));

        assertThat(consoleErrors).as("console errors").isEmpty();
    }

    @Test
    void aSharedUrlOpensItsViewAndThePageFitsAPhone() throws IOException {
        driver.manage().window().setSize(new Dimension(375, 800));
        try {
            open("#/category/9");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("category-view"), "food_foodie_instafood"));
            for (String view : List.of("#/", "#/catalogue", "#/category/9", "#/map")) {
                open(view);
                wait.until(d -> js("return document.readyState").equals("complete"));
                Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(overflow.intValue()).as("horizontal overflow at 375 px on " + view).isLessThanOrEqualTo(0);
            }
            open("#/category/9");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("category-view"), "food_foodie_instafood"));
            shot("category-phone");
            assertThat(browserErrors()).as("console errors").isEmpty();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private static void open(String hash) {
        driver.get(s.uri("/").toString() + hash);
    }

    /** Screenshot, console, and axe-core's serious and critical violations of the view as it is now. */
    private static void check(String view) throws IOException {
        shot(view);
        consoleErrors.addAll(browserErrors());
        String axe = Files.readString(AXE, StandardCharsets.UTF_8);
        js(axe + "; window.axe = axe;");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}))));");
        assertThat(violations).as("axe-core serious/critical violations on " + view).isEmpty();
    }

    private static void shot(String view) throws IOException {
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(view + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> browserErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
