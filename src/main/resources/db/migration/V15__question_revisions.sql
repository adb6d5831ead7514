-- An attempt keeps the questions it started with. A question edited while attempts are open
-- (an import, or a publish from the browser) keeps its id, so that its history stays; each
-- content it ever had is kept here by its hash, and every asked question names the hash it
-- was asked with: the attempt is shown, saved and graded on that content.
CREATE TABLE question_revision (
    question_id  BIGINT      NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    language     VARCHAR(5)  NOT NULL,
    content      TEXT        NOT NULL,
    CONSTRAINT question_revision_pk PRIMARY KEY (question_id, content_hash, language),
    CONSTRAINT question_revision_question_fk FOREIGN KEY (question_id) REFERENCES question (id)
);

INSERT INTO question_revision (question_id, content_hash, language, content)
SELECT q.id, q.content_hash, t.language, t.content FROM question q JOIN question_text t ON t.question_id = q.id;

ALTER TABLE attempt_question ADD COLUMN content_hash VARCHAR(64);
UPDATE attempt_question SET content_hash =
    (SELECT q.content_hash FROM question q WHERE q.id = attempt_question.question_id);
