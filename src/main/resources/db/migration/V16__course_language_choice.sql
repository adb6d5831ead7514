-- The language a signed-in reader chose to read a course in, when the course is not offered in
-- the language of their pages (issue 18): one per person and course, the same on every device.
-- A visitor's choice is kept in their browser (a cookie), not here.
CREATE TABLE course_language_choice (
    account_id BIGINT      NOT NULL,
    course_id  BIGINT      NOT NULL,
    language   VARCHAR(8)  NOT NULL,
    chosen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT course_language_choice_pk PRIMARY KEY (account_id, course_id),
    CONSTRAINT course_language_choice_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT course_language_choice_course_fk FOREIGN KEY (course_id) REFERENCES course (id)
);
