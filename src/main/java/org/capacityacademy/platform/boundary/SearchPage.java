package org.capacityacademy.platform.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What the backing beans of the administrators' search pages share: a filter read from the
 * address's parameters (two of them days, from and until), the page of rows, the total and the
 * number of pages. A day that is not a date is reported once, in the page's language, under the
 * subclass's message keys {@code <prefix>.badFrom} and {@code <prefix>.badTo}, and does not filter.
 *
 * @param <T> a row
 * @param <F> the filter
 */
public abstract class SearchPage<T, F> {

    private String from;
    private String to;
    private int page = 1;
    private F filter;
    private List<T> rows;
    private long total = -1;

    /** The filter of this request, from the subclass's fields and the two days. */
    protected abstract F filter(LocalDate from, LocalDate to);

    protected abstract List<T> search(F filter, int first, int max);

    protected abstract long count(F filter);

    protected abstract int pageSize();

    /** The start of the message keys for a day that is not a date, e.g. {@code records}. */
    protected abstract String messagePrefix();

    /** Reads the filter before the page renders (f:viewAction), so that a bad day's message shows above the table. */
    public void load() {
        filter();
    }

    protected F filter() {
        if (filter == null) {
            filter = filter(day(from, messagePrefix() + ".badFrom"), day(to, messagePrefix() + ".badTo"));
        }
        return filter;
    }

    private static LocalDate day(String value, String problem) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            FacesMessages.error(null, problem);
            return null;
        }
    }

    public List<T> getRows() {
        if (rows == null) {
            rows = search(filter(), (page - 1) * pageSize(), pageSize());
        }
        return rows;
    }

    public long getTotal() {
        if (total < 0) {
            total = count(filter());
        }
        return total;
    }

    public long getPageCount() {
        return Math.max(1, (getTotal() + pageSize() - 1) / pageSize());
    }

    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(page, 1); }
}
