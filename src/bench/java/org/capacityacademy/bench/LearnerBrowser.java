package org.capacityacademy.bench;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One learner in Debian's headless Chromium, started as the browser tests start it
 * ({@code src/test/java/.../browser/Browser.java}: the same options, ChromeDriver given by path so
 * that nothing is downloaded, a fresh profile), with a {@link SlowNetwork} to put it on 2G. The
 * steps are a person's: the registration and sign-in pages, the course page's buttons, the
 * header's language buttons, the course page's offline switch.
 */
final class LearnerBrowser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration STEP = Duration.ofSeconds(30);
    /** Downloading the whole course at full speed, on a machine other sessions share. */
    private static final Duration DOWNLOAD = Duration.ofMinutes(10);
    /** What a first visit forgets: everything the site stored but its cookies (the learner stays signed in). */
    private static final String ALL_BUT_COOKIES = "appcache,file_systems,indexeddb,local_storage,shader_cache,websql,"
            + "service_workers,cache_storage";

    private final ChromeDriver driver;
    private final SlowNetwork network;
    private final String base;
    private final Path profile;

    private LearnerBrowser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.profile = profile;
        this.network = SlowNetwork.of(driver);
    }

    static LearnerBrowser open(String base) {
        try {
            Path profile = Files.createTempDirectory("academy-bench-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--window-size=390,900",
                    "--lang=en", "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
            return new LearnerBrowser(driver, base, profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers a new learner on the registration page and signs them in: their e-mail address. */
    String registerAndSignIn() {
        String email = "offline-bench-" + UUID.randomUUID() + "@example.org";
        go("/account/register.xhtml");
        fill("register:email", email);
        fill("register:password", Bench.PASSWORD);
        fill("register:confirmation", Bench.PASSWORD);
        fill("register:fullName", "Offline Bench");
        new Select(driver.findElement(By.id("register:country"))).selectByValue("KE");
        fill("register:organisation", "Ministry of ICT");
        new Select(driver.findElement(By.id("register:organisationType"))).selectByValue("GOVERNMENT");
        clickAndWait(By.id("register:submit"));
        if (!path().startsWith("/sign-in.xhtml?registered=true")) {
            throw new IllegalStateException("registration failed on " + path() + ": "
                    + driver.findElements(By.cssSelector(".field-error, .form-errors li")).stream().map(WebElement::getText).toList());
        }
        fill("sign-in:email", email);
        fill("sign-in:password", Bench.PASSWORD);
        clickAndWait(By.id("sign-in:submit"));
        until("signed in as " + email, d -> !d.findElements(By.cssSelector(".signed-in-as")).isEmpty(), STEP);
        return email;
    }

    /** Enrols in the course with the course page's button. */
    void enrol() {
        go("/catalog/course.xhtml?code=" + Bench.COURSE);
        clickAndWait(By.id("enrol:submit"));
        until("enrolled", d -> d.findElements(By.id("enrol:submit")).isEmpty(), STEP);
    }

    /** Switches the interface language with the header's button named by the language's own name (a post). */
    void switchLanguage(String tag) {
        clickAndWait(By.cssSelector("nav.languages button[name='to'][value='" + tag + "']"));
        until("the page in " + tag, d -> tag.equals(d.findElement(By.tagName("html")).getAttribute("lang")), STEP);
    }

    /**
     * Makes the course available offline with the course page's switch ({@code #offline-switch}) and
     * waits until the page says it is ready: the bytes stored, as the page reports them
     * ({@code #offline-status[data-bytes]}), and the switch's label (the size it announces).
     */
    Offline makeCourseAvailableOffline() {
        go("/catalog/course.xhtml?code=" + Bench.COURSE);
        WebElement toggle;
        try {
            toggle = until("the offline switch", d -> {
                WebElement found = d.findElement(By.id("offline-switch"));
                return found.isDisplayed() && found.isEnabled() ? found : null;
            }, STEP);
        } catch (TimeoutException missing) {
            throw new NoOfflineSwitch(path());
        }
        String label = toggle.getAccessibleName();
        if (!toggle.isSelected()) {
            script("arguments[0].scrollIntoView({block: 'center'});", toggle);
            toggle.click();
        }
        WebElement status = until("the course stored for offline use", d -> {
            WebElement found = d.findElement(By.id("offline-status"));
            return "ready".equals(found.getAttribute("data-state")) ? found : null;
        }, DOWNLOAD);
        return new Offline(Long.parseLong(status.getAttribute("data-bytes")), label);
    }

    /** What {@link #makeCourseAvailableOffline} found: the bytes stored and the switch's label. */
    record Offline(long bytes, String label) {
    }

    /** The course page has no offline switch (the offline feature is not in this build). */
    static final class NoOfflineSwitch extends RuntimeException {
        NoOfflineSwitch(String page) {
            super("no offline switch (#offline-switch) on " + page);
        }
    }

    /**
     * Makes the next page a first visit for a learner who stays signed in: empties the browser's
     * HTTP cache and everything the site stored (service worker, its caches, IndexedDB) but the
     * cookies, from a blank page that no service worker controls.
     */
    void forgetAllButCookies() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base, "storageTypes", ALL_BUT_COOKIES));
    }

    /**
     * Opens a page from a blank tab on 2G and reads its paint times; the network is at full speed
     * again afterwards.
     */
    PaintTimes visitOnTwoG(String path) {
        driver.get("about:blank");
        network.throttle();
        try {
            driver.get(base + path);
            return PaintTimes.of(((JavascriptExecutor) driver).executeAsyncScript(PaintTimes.SCRIPT));
        } finally {
            network.fullSpeed();
        }
    }

    /** The kinds of the browser's targets now, all of which a visit on 2G throttles ("page", "service_worker", ...). */
    java.util.Set<String> targets() {
        return new java.util.TreeSet<>(network.targetTypes());
    }

    private void go(String path) {
        driver.get(base + path);
    }

    private void fill(String id, String value) {
        WebElement field = until("the field " + id, d -> d.findElement(By.id(id)), STEP);
        field.clear();
        field.sendKeys(value);
    }

    /** Clicks a button that loads another page, and waits until that page has replaced this one and loaded. */
    private void clickAndWait(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        WebElement element = until("clicking " + button, d -> d.findElement(button), STEP);
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        until("the page after " + button, d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return "complete".equals(script("return document.readyState;"));
            }
        }, STEP);
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private <T> T until(String what, Function<WebDriver, T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> what + " on " + driver.getCurrentUrl())
                .until(condition::apply);
    }

    private String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    @Override
    public void close() {
        try {
            network.close();
        } catch (RuntimeException ignored) {
            // the connection of a browser that is gone already
        }
        try {
            driver.quit();
        } catch (RuntimeException ignored) {
            // a browser that is gone already
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
