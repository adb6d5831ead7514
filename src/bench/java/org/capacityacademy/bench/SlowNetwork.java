package org.capacityacademy.bench;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.Connection;
import org.openqa.selenium.devtools.Event;
import org.openqa.selenium.devtools.SeleniumCdpConnection;
import org.openqa.selenium.devtools.idealized.target.model.SessionID;
import org.openqa.selenium.json.Json;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A 2G connection for one Chromium: DevTools' {@code Network.emulateNetworkConditions} set on every
 * target of the browser, the pages and also the service workers. A service worker is a target of
 * its own, whose requests (a page it answers from the network, its downloads, its background
 * refreshes) the page's emulation does not slow down; set on the page alone, a page that a service
 * worker fetches would be measured at full speed. So this connection attaches to every target of
 * the browser as it starts, holds it before it runs ({@code waitForDebuggerOnStart}), gives it the
 * conditions in force and lets it go.
 */
final class SlowNetwork implements AutoCloseable {

    /** 250 kbit/s each way, 300 ms round trip: the 2G budget of issue 19. */
    static final Map<String, Object> TWO_G = Map.of("offline", false, "latency", 300,
            "downloadThroughput", 31_250, "uploadThroughput", 31_250);
    /** No emulation: latency 0, throughput not limited (-1). */
    private static final Map<String, Object> FULL_SPEED = Map.of("offline", false, "latency", 0,
            "downloadThroughput", -1, "uploadThroughput", -1);
    private static final Duration ANSWER = Duration.ofSeconds(30);

    private final Connection browser;
    /** The attached targets' DevTools sessions, with their type (page, service_worker, ...). */
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    private volatile Map<String, Object> conditions = FULL_SPEED;

    private SlowNetwork(Connection browser) {
        this.browser = browser;
    }

    /** Attaches to the driver's browser (its DevTools endpoint, which ChromeDriver reports) and to every target in it. */
    static SlowNetwork of(WebDriver driver) {
        SlowNetwork network = new SlowNetwork(SeleniumCdpConnection.create(driver)
                .orElseThrow(() -> new IllegalStateException("Chromium reported no DevTools endpoint")));
        network.attachToEveryTarget();
        return network;
    }

    @SuppressWarnings("unchecked")
    private void attachToEveryTarget() {
        browser.addListener(new Event<Map<String, Object>>("Target.attachedToTarget", input -> input.read(Json.MAP_TYPE)),
                (sequence, event) -> {
                    String session = (String) event.get("sessionId");
                    Map<String, Object> target = (Map<String, Object>) event.get("targetInfo");
                    sessions.put(session, String.valueOf(target.get("type")));
                    // from the connection's reading thread: sent without waiting, in this order, which
                    // DevTools keeps within a session (the conditions are in force before the target runs)
                    SessionID id = new SessionID(session);
                    browser.send(id, new Command<Void>("Network.enable", Map.of()));
                    browser.send(id, emulate(conditions));
                    if (Boolean.TRUE.equals(event.get("waitingForDebugger"))) {
                        browser.send(id, new Command<Void>("Runtime.runIfWaitingForDebugger", Map.of()));
                    }
                });
        browser.addListener(new Event<Map<String, Object>>("Target.detachedFromTarget", input -> input.read(Json.MAP_TYPE)),
                (sequence, event) -> sessions.remove((String) event.get("sessionId")));
        // every kind of target but the browser itself and its tabs (their pages are attached instead)
        browser.sendAndWait(null, new Command<Void>("Target.setAutoAttach", Map.of("autoAttach", true,
                "waitForDebuggerOnStart", true, "flatten", true,
                "filter", List.of(Map.of("type", "browser", "exclude", true), Map.of("type", "tab", "exclude", true), Map.of()))),
                ANSWER);
    }

    /** From now on every target, those there now and those to come, is on 2G. */
    void throttle() {
        set(TWO_G);
    }

    /** Back to the full speed of the loopback interface. */
    void fullSpeed() {
        set(FULL_SPEED);
    }

    /** The kinds of targets attached now (for the report: a service worker is among them once installed). */
    List<String> targetTypes() {
        return sessions.values().stream().sorted().toList();
    }

    private void set(Map<String, Object> wanted) {
        conditions = wanted;
        for (String session : List.copyOf(sessions.keySet())) {
            try {
                browser.sendAndWait(new SessionID(session), emulate(wanted), ANSWER);
            } catch (RuntimeException gone) {
                sessions.remove(session);   // a target that closed meanwhile (a service worker stopped when idle)
            }
        }
    }

    /**
     * The conditions for one target. Chromium applies them only while the session has the Network
     * domain enabled (without it a lesson's stylesheet came at full speed), hence Network.enable
     * first, which {@link #attachToEveryTarget} sends as each target is attached.
     */
    private static Command<Void> emulate(Map<String, Object> conditions) {
        return new Command<>("Network.emulateNetworkConditions", conditions);
    }

    @Override
    public void close() {
        browser.close();
    }
}
