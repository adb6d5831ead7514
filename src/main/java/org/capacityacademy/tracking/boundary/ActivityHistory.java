package org.capacityacademy.tracking.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.control.Messages;
import org.capacityacademy.tracking.control.ActivitySentence;
import org.capacityacademy.tracking.control.HistoryEntry;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/** Backs {@code learning/activity.xhtml}: what the signed-in learner did, newest first, a page at a time. */
@Named
@RequestScoped
public class ActivityHistory {

    static final int PAGE_SIZE = 20;
    static final int LAST_PAGE = 10_000;

    @Inject
    Statements statements;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private int page = 1;
    private List<Line> lines;
    private boolean older;

    /** One thing the learner did, as a sentence, with how it went (may be empty) and when. */
    public record Line(ActivitySentence sentence, String outcome, Instant timestamp) {
        public String iso() {
            return timestamp.toString();
        }
    }

    public List<Line> getLines() {
        if (lines == null) {
            List<String> found = statements.historyOf(currentUser.getEmail(), (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
            older = found.size() > PAGE_SIZE;
            lines = found.stream().limit(PAGE_SIZE).map(HistoryEntry::of).map(this::line).toList();
        }
        return lines;
    }

    private Line line(HistoryEntry entry) {
        String outcome = "";
        if (entry.scaled() != null) {
            outcome = Messages.text(language.getLocale(), "activity.score",
                    entry.scaled().movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue());
        } else if (entry.success() != null) {
            outcome = Messages.text(language.getLocale(), entry.success() ? "activity.correct" : "activity.incorrect");
        }
        return new Line(ActivitySentence.of(entry, language.getLocale()), outcome, entry.timestamp());
    }

    public boolean isOlder() {
        getLines();
        return older;
    }

    public boolean isNewer() {
        return page > 1;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, Math.min(page, LAST_PAGE));
    }
}
