package org.capacityacademy.bench;

import java.util.List;
import java.util.Map;

/**
 * What the Performance API of a page says about one visit, in milliseconds from the start of its
 * navigation: the first contentful paint, the largest contentful paint (the lesson's text: which
 * element it was is kept, to show that it was the text), the end of the page's own download
 * (its HTML: DevTools' emulation delays the end of a response, not the time its first byte is
 * stamped with, so a first byte would read as if there were no latency), and the bytes
 * that came over the network for the page and what it loaded (Resource Timing's transfer sizes:
 * 0 for what the browser's cache or a service worker answered), and whether a service worker
 * answered the page's own request (Navigation Timing's {@code workerStart}; one that a page
 * registers while it loads takes only the next pages).
 */
record PaintTimes(double firstContentfulPaint, double largestContentfulPaint, String largestElement,
                  double htmlReceived, long bytesOverNetwork, boolean servedByServiceWorker) {

    /**
     * Reads the figures once the page has loaded and painted its largest element, then keeps them
     * as the page gave them ({@code done} is the callback of an asynchronous WebDriver script).
     */
    static final String SCRIPT = """
            const done = arguments[arguments.length - 1];
            function describe(element) {
              if (!element) { return '(removed)'; }
              function name(e) {
                const labelled = e.getAttribute('aria-labelledby');
                return e.tagName.toLowerCase() + (e.id ? '#' + e.id : labelled ? '[aria-labelledby=' + labelled + ']'
                    : e.classList.length ? '.' + e.classList[0] : '');
              }
              let around = element.parentElement;
              while (around && around !== document.body && name(around) === around.tagName.toLowerCase()) {
                around = around.parentElement;
              }
              return name(element) + (around && around !== document.body ? ' in ' + name(around) : '')
                  + (element.closest('.lesson') ? ', the lesson text' : '');
            }
            function read() {
              const navigation = performance.getEntriesByType('navigation')[0];
              const fcp = performance.getEntriesByName('first-contentful-paint')[0];
              const observer = new PerformanceObserver(() => {});
              observer.observe({type: 'largest-contentful-paint', buffered: true});
              const lcp = observer.takeRecords();
              observer.disconnect();
              if (document.readyState !== 'complete' || !navigation || !fcp || lcp.length === 0) {
                setTimeout(read, 50);
                return;
              }
              const last = lcp[lcp.length - 1];
              const bytes = [navigation].concat(performance.getEntriesByType('resource'))
                  .reduce((sum, entry) => sum + (entry.transferSize || 0), 0);
              done({fcp: fcp.startTime, lcp: last.startTime, element: describe(last.element),
                    htmlReceived: navigation.responseEnd, bytes: bytes,
                    controlled: navigation.workerStart > 0});
            }
            // two frames after load: a paint that the load event started is reported by then
            requestAnimationFrame(() => requestAnimationFrame(read));
            """;

    static PaintTimes of(Object scriptResult) {
        Map<?, ?> figures = (Map<?, ?>) scriptResult;
        return new PaintTimes(number(figures.get("fcp")), number(figures.get("lcp")), String.valueOf(figures.get("element")),
                number(figures.get("htmlReceived")), (long) number(figures.get("bytes")), Boolean.TRUE.equals(figures.get("controlled")));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /** The median of each figure over several visits (the element and bytes of the median visit by largest contentful paint). */
    static PaintTimes median(List<PaintTimes> visits) {
        List<PaintTimes> byLcp = visits.stream()
                .sorted(java.util.Comparator.comparingDouble(PaintTimes::largestContentfulPaint)).toList();
        PaintTimes middle = byLcp.get((byLcp.size() - 1) / 2);
        return new PaintTimes(Medians.of(visits.stream().map(PaintTimes::firstContentfulPaint).toList()),
                Medians.of(visits.stream().map(PaintTimes::largestContentfulPaint).toList()), middle.largestElement(),
                Medians.of(visits.stream().map(PaintTimes::htmlReceived).toList()),
                Math.round(Medians.of(visits.stream().map(v -> (double) v.bytesOverNetwork()).toList())),
                visits.stream().allMatch(PaintTimes::servedByServiceWorker));
    }
}
