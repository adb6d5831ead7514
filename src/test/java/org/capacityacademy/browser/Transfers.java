package org.capacityacademy.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a browser downloaded, read from the DevTools Network events of Chrome's performance
 * log: one line per request with the bytes it took on the wire (headers and the compressed
 * body, {@code encodedDataLength}); a response the browser took from its cache took none.
 */
final class Transfers {

    /** One request of a visit. */
    record Transfer(String url, String type, int status, long bytes, boolean fromCache) {

        @Override
        public String toString() {
            return String.format("%8d B  %-10s %3d %s%s", bytes, type, status, url, fromCache ? "  (from the cache)" : "");
        }
    }

    private final List<Transfer> transfers;

    private Transfers(List<Transfer> transfers) {
        this.transfers = transfers;
    }

    static Transfers of(List<String> performanceLog) {
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        Map<String, Boolean> cached = new LinkedHashMap<>();
        for (String entry : performanceLog) {
            JsonObject message;
            try (JsonReader reader = Json.createReader(new StringReader(entry))) {
                message = reader.readObject().getJsonObject("message");
            }
            JsonObject params = message.getJsonObject("params");
            if (params == null || !params.containsKey("requestId")) {
                continue;
            }
            String id = params.getString("requestId");
            switch (message.getString("method")) {
                case "Network.requestWillBeSent" -> {
                    urls.putIfAbsent(id, params.getJsonObject("request").getString("url"));
                    types.putIfAbsent(id, params.getString("type", "Other"));
                }
                case "Network.responseReceived" -> {
                    JsonObject response = params.getJsonObject("response");
                    urls.put(id, response.getString("url"));
                    types.put(id, params.getString("type", "Other"));
                    statuses.put(id, response.getInt("status"));
                    if (response.getBoolean("fromDiskCache", false) || response.getBoolean("fromPrefetchCache", false)) {
                        cached.put(id, true);
                    }
                }
                case "Network.requestServedFromCache" -> cached.put(id, true);
                case "Network.loadingFinished" -> bytes.put(id, params.getJsonNumber("encodedDataLength").longValue());
                default -> { }
            }
        }
        return new Transfers(urls.keySet().stream()
                .filter(id -> !urls.get(id).startsWith("data:"))
                .map(id -> new Transfer(urls.get(id), types.get(id), statuses.getOrDefault(id, 0),
                        cached.getOrDefault(id, false) ? 0 : bytes.getOrDefault(id, 0L), cached.getOrDefault(id, false)))
                .toList());
    }

    List<Transfer> all() {
        return transfers;
    }

    long totalBytes() {
        return transfers.stream().mapToLong(Transfer::bytes).sum();
    }

    /** Those the browser downloaded (not taken from its cache). */
    List<Transfer> downloaded() {
        return transfers.stream().filter(t -> !t.fromCache()).toList();
    }

    String listing(String title) {
        return title + ": " + totalBytes() + " bytes (" + String.format("%.1f", totalBytes() / 1024.0) + " KB) over "
                + downloaded().size() + " downloads\n" + transfers.stream().map(Transfer::toString).collect(Collectors.joining("\n"));
    }

    static List<String> urls(Collection<Transfer> transfers) {
        return transfers.stream().map(Transfer::url).toList();
    }
}
