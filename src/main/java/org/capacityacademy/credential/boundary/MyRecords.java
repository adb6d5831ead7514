package org.capacityacademy.credential.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.credential.control.VerificationCode;
import org.capacityacademy.credential.entity.CompletionRecord;
import org.capacityacademy.platform.boundary.Language;

import java.util.List;

/** Backs {@code credential/my-records.xhtml}: the signed-in learner's completion records and their files. */
@Named
@RequestScoped
public class MyRecords {

    @Inject
    Records records;

    @Inject
    CurrentUser currentUser;

    @Inject
    CourseTitles titles;

    @Inject
    Language language;

    private List<CompletionRecord> list;

    public List<CompletionRecord> getRecords() {
        if (list == null) {
            list = records.ofLearner(currentUser.getEmail());
        }
        return list;
    }

    /** Whether the learner holds a record (valid or not) of the course, for the course page. */
    public boolean hasRecord(long courseId) {
        return getRecords().stream().anyMatch(record -> record.getCourseId() == courseId);
    }

    /** The course's title in the page's language when the course has it, else as the record keeps it. */
    public CourseTitles.CourseTitle title(CompletionRecord record) {
        return titles.of(record, language.getTag());
    }

    public String code(CompletionRecord record) {
        return VerificationCode.display(record.getCode());
    }
}
