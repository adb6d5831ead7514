package org.capacityacademy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The questions of a module quiz as a device holds them to answer offline: drawn and ordered as
 * an attempt's would be, without the answer key. The paper becomes an attempt (with the paper's id)
 * when its first answer or its submission reaches the server; until then it counts for nothing.
 */
@Entity
@Table(name = "offline_paper")
@NamedQuery(name = Paper.FIND_UNUSED, query = "SELECT p FROM Paper p WHERE p.accountId = :account "
        + "AND p.courseId = :course AND p.quizCode = :quiz AND p.attemptId IS NULL ORDER BY p.issuedAt DESC")
public class Paper {

    public static final String FIND_UNUSED = "Paper.findUnused";

    @Id
    @Column(name = "public_id")
    private String publicId;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "course_id")
    private long courseId;

    @Column(name = "quiz_code")
    private String quizCode;

    private String language;

    @Column(name = "issued_at")
    private Instant issuedAt;

    /** Per question "id/options shown/matches shown", separated by ';' (e.g. "12/2,0,1/;14/0,1/1,0"). */
    private String questions;

    @Column(name = "attempt_id")
    private Long attemptId;

    protected Paper() {
    }

    public Paper(long accountId, long courseId, String quizCode, String language, List<Drawn> drawn, Instant now) {
        this.publicId = UUID.randomUUID().toString();
        this.accountId = accountId;
        this.courseId = courseId;
        this.quizCode = quizCode;
        this.language = language;
        this.issuedAt = now;
        this.questions = String.join(";", drawn.stream().map(Drawn::written).toList());
    }

    /** One question of the paper: the bank's question, its options and (for matching) its choices in the order shown. */
    public record Drawn(long questionId, List<Integer> options, List<Integer> matches) {

        String written() {
            return questionId + "/" + join(options) + "/" + join(matches);
        }

        static Drawn read(String written) {
            String[] parts = written.split("/", -1);
            return new Drawn(Long.parseLong(parts[0]), split(parts[1]), split(parts[2]));
        }

        private static String join(List<Integer> numbers) {
            return String.join(",", numbers.stream().map(String::valueOf).toList());
        }

        private static List<Integer> split(String numbers) {
            return numbers.isEmpty() ? List.of() : Arrays.stream(numbers.split(",")).map(Integer::valueOf).toList();
        }
    }

    public List<Drawn> drawn() {
        List<Drawn> drawn = new ArrayList<>();
        for (String question : questions.split(";")) {
            drawn.add(Drawn.read(question));
        }
        return drawn;
    }

    public boolean belongsTo(long account) {
        return accountId == account;
    }

    public void startedAs(long attemptId) {
        this.attemptId = attemptId;
    }

    public String getPublicId() {
        return publicId;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getQuizCode() {
        return quizCode;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Long getAttemptId() {
        return attemptId;
    }
}
