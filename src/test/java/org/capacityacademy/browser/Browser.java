package org.capacityacademy.browser;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium driven by Selenium (nothing downloaded at test time), with an
 * axe-core accessibility check of every page a journey visits.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** The page states (see {@link #digest}) that passed the accessibility check in this run. */
    private static final java.util.Set<String> CHECKED_STATES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Browsers closed by the journeys that used them, cleared and kept for the next journey in
     * the same language (starting Chromium and its driver takes seconds): by language, at most
     * {@link #IDLE_PER_LANGUAGE} each, quit when the test run ends.
     */
    private static final Map<String, java.util.Deque<Browser>> IDLE = new java.util.HashMap<>();
    private static final int IDLE_PER_LANGUAGE = 3;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                IDLE.values().forEach(browsers -> browsers.forEach(Browser::quit));
                IDLE.clear();
            }
        }, "quit idle browsers"));
    }

    private final ChromeDriver driver;
    private final String base;
    private final Path profileDir;
    /** The language of a browser that goes back to {@link #IDLE} when closed, or null. */
    private final String pooledLanguage;

    private Browser(ChromeDriver driver, String base, Path profileDir, String pooledLanguage) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.profileDir = profileDir;
        this.pooledLanguage = pooledLanguage;
    }

    /**
     * A fresh browser (no cookies, no cache, no stored data, a blank tab: a new one, or one from
     * {@link #IDLE} cleared when it was closed) whose Accept-Language asks for the given language first.
     */
    public static Browser open(URL base, String language) {
        return open(base, language, false);
    }

    /** A fresh browser like {@link #open} that also records its network traffic, read by {@link #networkLog}. */
    public static Browser openRecordingNetwork(URL base, String language) {
        return open(base, language, true);
    }

    private static Browser open(URL base, String language, boolean recordNetwork) {
        if (!recordNetwork) {
            synchronized (IDLE) {
                Browser idle = IDLE.getOrDefault(language, new java.util.ArrayDeque<>()).poll();
                if (idle != null) {
                    return new Browser(idle.driver, base.toString(), idle.profileDir, language);
                }
            }
        }
        try {
            Path profile = Files.createTempDirectory("academy-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--window-size=390,900",
                    "--lang=" + language, "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            if (recordNetwork) {
                // Chrome's performance log: the DevTools Network events, whatever the browser's version
                options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, base.toString(), profile, recordNetwork ? null : language);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isInstalled() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /** Opens a page of the platform and checks it like any other visited page. */
    public Browser go(String path) {
        driver.get(base + path);
        return checked();
    }

    /**
     * Opens another page of a kind this browser has checked already (the seventeenth lesson,
     * say), without running the accessibility check again: the stack-trace check still runs.
     */
    public Browser goAgain(String path) {
        driver.get(base + path);
        assertFalse(driver.getPageSource().contains("Exception:"), () -> "a stack trace is shown on " + driver.getCurrentUrl());
        return this;
    }

    /** Clicks, like {@link #goAgain}, on a page of a kind checked already. */
    public Browser clickAgain(String id) {
        press(By.id(id));
        assertFalse(driver.getPageSource().contains("Exception:"), () -> "a stack trace is shown on " + driver.getCurrentUrl());
        return this;
    }

    /** Empties a field and types the value into it, as a person would (see {@link #type}). */
    public Browser fill(String id, String value) {
        WebElement field = reachable(By.id(id));
        field.clear();
        type(field, value);
        return this;
    }

    /**
     * Types text at the caret of a field. ChromeDriver types only characters of the Basic
     * Multilingual Plane (no emoji, no rare CJK ideographs): text with others is inserted the way
     * an emoji keyboard or an input method does it, by DevTools' {@code Input.insertText}, which
     * fires the same input events as typing.
     */
    public Browser type(WebElement field, String text) {
        if (text.codePoints().allMatch(Character::isBmpCodePoint)) {
            field.sendKeys(text);
        } else {
            // at the end of what the field holds, where typing would go
            ((JavascriptExecutor) driver).executeScript("var field = arguments[0], end = field.value.length; field.focus();"
                    + " try { field.setSelectionRange(end, end); } catch (notText) { }", field);
            driver.executeCdpCommand("Input.insertText", Map.of("text", text));
        }
        return this;
    }

    /** Clicks an element found some other way (an option of a question), as {@link #tick} does. */
    public Browser press(WebElement element) {
        patiently("clicking " + element, d -> clicked(reachable(element)));
        return this;
    }

    /** Chooses a file in a file input, as a person picking it from their disk. */
    public Browser upload(String id, Path file) {
        patiently("finding " + id, d -> d.findElement(By.id(id))).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Sets a value without typing it, for values a browser would not let a person type (over-long). */
    public Browser force(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
        return this;
    }

    public Browser choose(String id, String value) {
        new Select(reachable(By.id(id))).selectByValue(value);
        return this;
    }

    /** Clicks and checks the page that results. */
    public Browser click(String id) {
        WebElement page = driver.findElement(By.tagName("html"));
        press(By.id(id));
        return nextPage(page);
    }

    /** Clicks, like {@link #click}, a button found by CSS (one of a list's rows, say) and checks the page that results. */
    public Browser clickOn(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        press(By.cssSelector(css));
        return nextPage(page);
    }

    /** Clicks something on the page that does not load another page (a radio button, a checkbox). */
    public Browser tick(String css) {
        press(By.cssSelector(css));
        return this;
    }

    /**
     * Clicks the element as a person would: once it is in the page, shown and enabled, scrolled
     * into the middle of the window and of any scrolling box around it (a wide table on a phone,
     * right to left in Arabic, hides its last column until scrolled). ChromeDriver's own
     * scrolling does not always bring such an element into view and then refuses the click as
     * "not interactable"; a refused click did nothing, so it is tried again until it is taken.
     */
    private void press(By by) {
        patiently("clicking " + by, d -> clicked(reachable(d.findElement(by))));
    }

    private static boolean clicked(WebElement element) {
        if (element == null) {
            return false;
        }
        element.click();
        return true;
    }

    /** The element found by {@code by}, waited for as {@link #reachable(WebElement)} does. */
    private WebElement reachable(By by) {
        return patiently("finding " + by + " shown and enabled", d -> reachable(d.findElement(by)));
    }

    /** The element scrolled into view (centred in every scrolling box), or null while it is hidden or disabled. */
    private WebElement reachable(WebElement element) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});", element);
        return element.isDisplayed() && element.isEnabled() ? element : null;
    }

    /**
     * Runs a step until it gives a result (not null or false), for up to ten seconds: a missing,
     * replaced or not yet interactable element is looked up and tried again. A timeout names the
     * step, the page and the last error.
     */
    private <T> T patiently(String step, java.util.function.Function<WebDriver, T> attempt) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .withMessage(() -> step + " on " + driver.getCurrentUrl())
                .until(attempt::apply);
    }

    /** Waits up to ten seconds until every element matching {@code css} shows {@code text}. */
    public Browser waitUntilAll(String css, String text) {
        return waitUntilAll(css, text, Duration.ofSeconds(10));
    }

    public Browser waitUntilAll(String css, String text, Duration timeout) {
        // an element replaced by an AJAX update while it is read is looked up again
        new org.openqa.selenium.support.ui.WebDriverWait(driver, timeout)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> elements = d.findElements(By.cssSelector(css));
            return !elements.isEmpty() && elements.stream().allMatch(e -> e.getText().contains(text));
        });
        return this;
    }

    /** Waits up to ten seconds until exactly {@code count} elements match {@code css}. */
    public Browser waitUntilCount(String css, int count) {
        return waitUntilCount(css, count, Duration.ofSeconds(10));
    }

    /** Waits up to {@code timeout} until exactly {@code count} elements match {@code css}. */
    public Browser waitUntilCount(String css, int count, Duration timeout) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, timeout)
                .withMessage(() -> "waiting for " + count + " of " + css + " on " + driver.getCurrentUrl())
                .until(d -> d.findElements(By.cssSelector(css)).size() == count);
        return this;
    }

    /**
     * Opens a page of another site (a learning platform that shows the academy in a frame), which is
     * not the academy's to check; then {@link #intoFrame} checks the academy's page inside it.
     */
    public Browser goElsewhere(String url) {
        driver.get(url);
        return this;
    }

    /**
     * Waits up to {@code timeout} until the frame {@code id} shows a page of the academy with an element
     * matching {@code css}, then works inside that frame (checked like any visited page).
     */
    public Browser intoFrame(String id, String css, Duration timeout) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, timeout)
                .withMessage(() -> "waiting for " + css + " in frame " + id + ": " + frameState(id))
                .ignoring(org.openqa.selenium.NoSuchFrameException.class).until(d -> {
                    d.switchTo().defaultContent();
                    d.switchTo().frame(id);
                    return !d.findElements(By.cssSelector(css)).isEmpty();
                });
        checked();
        // axe leaves the driver on the top document: back into the frame
        driver.switchTo().defaultContent();
        driver.switchTo().frame(id);
        return this;
    }

    /** Where a frame is and what it shows, for a failure's message. */
    private String frameState(String id) {
        try {
            driver.switchTo().defaultContent();
            driver.switchTo().frame(id);
            Object state = driver.executeScript("return location.href + ' ' + (document.body ? document.body.innerText.slice(0, 400) : '')");
            return String.valueOf(state);
        } catch (RuntimeException e) {
            return e.toString();
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    /** Clicks inside the frame {@code frame}, checks the page that results there, and stays in that frame. */
    public Browser clickInFrame(String frame, String id) {
        WebElement page = driver.findElement(By.tagName("html"));
        press(By.id(id));
        nextPage(page);
        driver.switchTo().defaultContent();
        driver.switchTo().frame(frame);
        return this;
    }

    /** Back from a frame to the page around it. */
    public Browser outOfFrame() {
        driver.switchTo().defaultContent();
        return this;
    }

    /** Does something in a second tab of the same browser (same cookies), then comes back to this one. */
    public Browser inNewTab(java.util.function.Consumer<Browser> steps) {
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        steps.accept(this);
        driver.close();
        driver.switchTo().window(first);
        return this;
    }

    public List<WebElement> elements(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Presses Enter on an element, as a keyboard user does on a focused button, and checks the page that results. */
    public Browser pressEnter(String id) {
        reachable(By.id(id)).sendKeys(org.openqa.selenium.Keys.ENTER);
        return checked();
    }

    /** The id of the element that has the keyboard focus, or of the nearest element with an id around it. */
    public String focusedId() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "var e = document.activeElement; while (e && !e.id) { e = e.parentElement; } return e ? e.id : '';"));
    }

    public boolean isChecked(String id) {
        return driver.findElement(By.id(id)).isSelected();
    }

    /** Clicks a link by its text, or a button that looks like one (a language of the switcher, which posts). */
    public Browser clickLink(String text) {
        WebElement page = driver.findElement(By.tagName("html"));
        press(driver.findElements(By.linkText(text)).isEmpty()
                ? By.xpath("//button[normalize-space(.)=" + xpathLiteral(text) + "]") : By.linkText(text));
        return nextPage(page);
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    /**
     * Waits until the page a click left is gone, then checks the new one. The driver may answer
     * a click before the navigation it starts has begun; the check then read the old page, and
     * the next lookup failed on it (once the check had become quick, see {@link #checked}). A
     * click that a script handles without loading a page waits three seconds here.
     */
    private Browser nextPage(WebElement left) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(3)).until(browser -> {
                try {
                    left.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException gone) {
                    return true;   // stale, or (during the navigation) no longer in any document
                }
            });
        } catch (org.openqa.selenium.TimeoutException stayed) {
            // the page stayed: a script answered the click
        }
        return checked();
    }

    public String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    public String attribute(String css, String name) {
        return driver.findElement(By.cssSelector(css)).getAttribute(name);
    }

    /** The name a screen reader announces for the element, as the browser computes it from labels, headings and content. */
    public String accessibleName(String css) {
        return driver.findElement(By.cssSelector(css)).getAccessibleName();
    }

    /**
     * From now on, lays pages out as a phone of that width would (a touch screen, 740 px tall):
     * Chromium's own window cannot be narrower than 500 px.
     */
    public Browser phone(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        return this;
    }

    /**
     * How far the current page scrolls sideways, in CSS pixels (0 when it fits its window), and
     * which elements stick out: the innermost ones wider than the window and not inside a box of
     * their own that scrolls (a wide table in a scrolling region is fine).
     */
    public String sidewaysOverflow() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "var root = document.documentElement, width = root.clientWidth, over = root.scrollWidth - width;"
                        + "if (over <= 0) { return '0'; }"
                        + "function scrolls(e) { for (var p = e.parentElement; p; p = p.parentElement) {"
                        + "  var o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') { return true; } }"
                        + "  return false; }"
                        + "function out(e) { var r = e.getBoundingClientRect(); return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5) && !scrolls(e); }"
                        + "var wide = Array.prototype.filter.call(document.body.querySelectorAll('*'), function (e) {"
                        + "  return out(e) && !Array.prototype.some.call(e.children, out); });"
                        + "return over + ' px too wide: ' + wide.slice(0, 5).map(function (e) { var r = e.getBoundingClientRect();"
                        + "  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' [' + Math.round(r.left) + ', ' + Math.round(r.right) + ']'; }).join(', ');"));
    }

    /** The errors the browser's console showed since the last call (a resource not found, a script refused), one per line. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    public String selected(String id) {
        return new Select(driver.findElement(By.id(id))).getFirstSelectedOption().getAttribute("value");
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.substring(base.length());
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    /** The HTTP status of a request made by the page itself, with its cookies. */
    public long fetchStatus(String path) {
        Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual', headers: {'Accept': 'application/json'}})"
                        + ".then(r => done(r.status)).catch(e => done(-1));", base + path);
        return ((Number) status).longValue();
    }

    /** The HTTP status of an empty POST made by the page itself, with its cookies (a test resource that seeds data). */
    public long postStatus(String path) {
        Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin', redirect: 'manual'})"
                        + ".then(r => done(r.status)).catch(e => done(-1));", base + path);
        return ((Number) status).longValue();
    }

    /** Where a form post of {@code megabytes} MB of zeros, made by the page with its cookies, ends up after redirects. */
    public String postedBytesEndAt(String path, int megabytes) {
        Object url = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'multipart/form-data; boundary=x'},"
                        + " body: new Uint8Array(arguments[1] * 1024 * 1024)}).then(r => done(r.url + ' ' + r.status)).catch(e => done('failed ' + e));",
                base + path, megabytes);
        return String.valueOf(url).replace(base, "");
    }

    /** A file as the page itself would download it, with its cookies: its bytes, or an empty array on any other status than 200. */
    public byte[] fetchBytes(String path) {
        // a signed PDF certificate is made on request: give it time on a busy machine
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.ok ? r.arrayBuffer() : new ArrayBuffer(0))"
                        + ".then(b => { let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s)); })"
                        + ".catch(e => done(''));", base + path);
        return java.util.Base64.getDecoder().decode(String.valueOf(base64));
    }

    /**
     * A request the page itself makes, with its cookies and without following a redirect: its
     * status and the text of its body, as "403 ...". The body is text, or (an array of numbers)
     * bytes, for what a person's page never sends: a malformed answer, bytes that are not UTF-8.
     */
    public String request(String method, String path, String contentType, Object body) {
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const body = Array.isArray(arguments[3]) ? new Uint8Array(arguments[3]) : arguments[3];"
                        + "fetch(arguments[0], {method: arguments[1], credentials: 'same-origin', redirect: 'manual',"
                        + " headers: {'Content-Type': arguments[2], 'Accept': 'application/json'}, body: body})"
                        + ".then(r => r.text().then(t => done(r.status + ' ' + t))).catch(e => done('-1 ' + e));",
                base + path, method, contentType, body);
        return String.valueOf(answer);
    }

    /** Runs a script in the page, for what a person cannot do through it (a tampered form): its result. */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs an asynchronous script in the page (it calls its last argument with the result): its result. */
    public Object asyncScript(String script, Object... arguments) {
        return driver.executeAsyncScript(script, arguments);
    }

    /**
     * Takes the page offline as DevTools does (its requests fail, {@code navigator.onLine} is false and
     * the page hears "offline"), or back online. The service worker's own requests are not covered by
     * this: a test cuts them with an {@link Outage}.
     */
    public Browser offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        return this;
    }

    /** Closes the tab and opens the platform again in a new one (a person closing the app and coming back). */
    public Browser reopen(String path) {
        String old = driver.getWindowHandle();
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        String fresh = driver.getWindowHandle();
        driver.switchTo().window(old).close();
        driver.switchTo().window(fresh);
        return goAgain(path);
    }

    /** Forgets every cookie (a session that ended while the person was away), keeping what the site stored. */
    public Browser clearCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        return this;
    }

    /**
     * Empties the browser's HTTP cache and removes the platform's service worker and what it kept
     * (cookies stay): the next page is a first visit, fetched from the server and counted in the
     * page's network log.
     */
    public Browser clearCache() {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        try {
            String origin = new URL(base).toURI().resolve("/").toString().replaceAll("/$", "");
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin,
                    "storageTypes", "service_workers,cache_storage"));
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /**
     * The DevTools events recorded since the last call (a browser from {@link #openRecordingNetwork}),
     * once the network has been quiet for half a second: each a JSON object with its
     * {@code message.method} and {@code message.params}.
     */
    public List<String> networkLog() {
        List<String> messages = new java.util.ArrayList<>();
        long quietSince = System.nanoTime();
        long deadline = quietSince + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() - quietSince < Duration.ofMillis(500).toNanos() && System.nanoTime() < deadline) {
            List<String> more = driver.manage().logs().get("performance").getAll().stream()
                    .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
            if (!more.isEmpty()) {
                messages.addAll(more);
                quietSince = System.nanoTime();
            }
            try {
                Thread.sleep(100);   // polling the browser's log, not waiting for the server
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return messages;
    }

    private Browser checked() {
        // the document as it is (for the stack-trace check) and its state, read in one call
        List<?> page = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "var copy = document.documentElement.cloneNode(true);"
                        + "copy.querySelectorAll('input[type=hidden]').forEach(function (e) { e.removeAttribute('value'); });"
                        + "copy.querySelectorAll('[nonce]').forEach(function (e) { e.removeAttribute('nonce'); });"
                        + "copy.querySelectorAll('script').forEach(function (e) { e.textContent = ''; });"
                        + "return [document.documentElement.outerHTML, location.origin + location.pathname + ' ' + window.innerWidth"
                        + " + 'x' + window.innerHeight + ' ' + document.compatMode + ' ' + copy.outerHTML];");
        String source = String.valueOf(page.get(0));
        assertFalse(source.contains("at org.") || source.contains("Exception:"),
                () -> "a stack trace is shown on " + driver.getCurrentUrl());
        String state = digest(String.valueOf(page.get(1)));
        if (CHECKED_STATES.contains(state)) {
            return this;    // this very page, in this very state, passed the check already in this run
        }
        // axe.run in the page itself (legacy mode): the default runs it in parts and finishes in a
        // new blank window, which only matters for pages with cross-origin frames (ours have none);
        // every violation is reported in full, the rules that passed only by name
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(options).withTags(WCAG).setLegacyMode(true).analyze(driver);
        assertFalse(results.isErrored(), () -> "axe could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        if (!serious.isEmpty()) {
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n" + serious.stream()
                    .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                            + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
        CHECKED_STATES.add(state);
        return this;
    }

    /**
     * What the accessibility check of the current page depends on, as read by {@link #checked}:
     * the address (without its query), the size of the window and the whole document as it is
     * now, without what changes from one request to the next while the page stays the same (the
     * values of hidden fields, such as the view state and the CSRF token, script nonces and the
     * text of scripts, which carries PrimeFaces' CSP nonce; a script's effect is in the document).
     * Two pages with the same state get the same axe results, so the check runs once per state
     * and run.
     */
    private static String digest(String state) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(state.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Closes this browser; one from the pool goes back to it as a fresh browser would be: no
     * cookies, no cache, no stored data for the platform, a new tab on a blank page.
     */
    @Override
    public void close() {
        if (pooledLanguage != null && cleared()) {
            synchronized (IDLE) {
                java.util.Deque<Browser> idle = IDLE.computeIfAbsent(pooledLanguage, l -> new java.util.ArrayDeque<>());
                if (idle.size() < IDLE_PER_LANGUAGE) {
                    idle.push(this);
                    return;
                }
            }
        }
        quit();
    }

    private boolean cleared() {
        try {
            String origin = new URL(base).toURI().resolve("/").toString().replaceAll("/$", "");
            String current = driver.getCurrentUrl();
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            offline(false);   // a journey that ended offline leaves the next one online
            consoleErrors();   // read, and so emptied, for the next journey
            java.util.Set<String> origins = new java.util.LinkedHashSet<>(List.of(origin));
            if (current.startsWith("http")) {
                origins.add(new URL(current).toURI().resolve("/").toString().replaceAll("/$", ""));
            }
            for (String each : origins) {
                driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", each, "storageTypes", "all"));
            }
            // a new tab: no history and no session storage from the journey that used it
            List<String> old = List.copyOf(driver.getWindowHandles());
            driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            String fresh = driver.getWindowHandle();
            for (String handle : old) {
                driver.switchTo().window(handle).close();
            }
            driver.switchTo().window(fresh);
            Object cookies = driver.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
            return cookies instanceof java.util.Collection<?> all && all.isEmpty();
        } catch (RuntimeException | IOException | java.net.URISyntaxException e) {
            return false;   // a browser left in a state we cannot clear is quit, not reused
        }
    }

    private void quit() {
        try {
            driver.quit();
        } catch (RuntimeException ignored) {
            // a browser that is gone already
        }
        try (var files = Files.walk(profileDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
