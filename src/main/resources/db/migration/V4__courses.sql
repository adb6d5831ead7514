-- Courses imported from courses/: modules, lessons, the report's text by section, and
-- question banks, each with its texts per language. Nothing is deleted on re-import:
-- what disappears from the files is retired, so learners' history keeps its references.
CREATE SEQUENCE catalog_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE course (
    id               BIGINT       NOT NULL PRIMARY KEY,
    code             VARCHAR(80)  NOT NULL,
    content_version  INTEGER      NOT NULL,
    default_language VARCHAR(5)   NOT NULL,
    languages        VARCHAR(60)  NOT NULL,
    report_symbol    VARCHAR(40),
    official_languages VARCHAR(60),
    final_code       VARCHAR(80)  NOT NULL,
    final_draw       INTEGER      NOT NULL,
    final_pass_mark  INTEGER      NOT NULL,
    content_hash     VARCHAR(64)  NOT NULL,
    imported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT course_code_uk UNIQUE (code)
);

CREATE TABLE course_text (
    course_id   BIGINT        NOT NULL,
    language    VARCHAR(5)    NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    summary     VARCHAR(4000) NOT NULL,
    final_title VARCHAR(300)  NOT NULL,
    CONSTRAINT course_text_pk PRIMARY KEY (course_id, language),
    CONSTRAINT course_text_course_fk FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
);

CREATE TABLE course_module (
    id           BIGINT      NOT NULL PRIMARY KEY,
    course_id    BIGINT      NOT NULL,
    code         VARCHAR(80) NOT NULL,
    position     INTEGER     NOT NULL,
    pass_mark    INTEGER     NOT NULL,
    attempts     INTEGER     NOT NULL,
    shuffle      BOOLEAN     NOT NULL,
    retired      BOOLEAN     NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    CONSTRAINT course_module_code_uk UNIQUE (course_id, code),
    CONSTRAINT course_module_course_fk FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE course_module_text (
    module_id  BIGINT        NOT NULL,
    language   VARCHAR(5)    NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    summary    VARCHAR(4000) NOT NULL,
    quiz_title VARCHAR(300)  NOT NULL,
    CONSTRAINT course_module_text_pk PRIMARY KEY (module_id, language),
    CONSTRAINT course_module_text_fk FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE
);

CREATE TABLE lesson (
    id           BIGINT       NOT NULL PRIMARY KEY,
    course_id    BIGINT       NOT NULL,
    module_id    BIGINT       NOT NULL,
    code         VARCHAR(80)  NOT NULL,
    position     INTEGER      NOT NULL,
    minutes      INTEGER      NOT NULL,
    covers       VARCHAR(400) NOT NULL,
    retired      BOOLEAN      NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lesson_code_uk UNIQUE (course_id, code),
    CONSTRAINT lesson_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT lesson_module_fk FOREIGN KEY (module_id) REFERENCES course_module (id)
);
CREATE INDEX lesson_module_ix ON lesson (module_id, position);

CREATE TABLE lesson_text (
    lesson_id  BIGINT       NOT NULL,
    language   VARCHAR(5)   NOT NULL,
    title      VARCHAR(300) NOT NULL,
    objectives TEXT         NOT NULL,
    terms      TEXT         NOT NULL,
    body_html  TEXT         NOT NULL,
    CONSTRAINT lesson_text_pk PRIMARY KEY (lesson_id, language),
    CONSTRAINT lesson_text_lesson_fk FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE
);

CREATE TABLE report_section (
    id        BIGINT      NOT NULL PRIMARY KEY,
    course_id BIGINT      NOT NULL,
    code      VARCHAR(20) NOT NULL,
    position  INTEGER     NOT NULL,
    CONSTRAINT report_section_code_uk UNIQUE (course_id, code),
    CONSTRAINT report_section_course_fk FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE report_section_text (
    section_id BIGINT     NOT NULL,
    language   VARCHAR(5) NOT NULL,
    official   BOOLEAN    NOT NULL,
    body       TEXT       NOT NULL,
    CONSTRAINT report_section_text_pk PRIMARY KEY (section_id, language),
    CONSTRAINT report_section_text_fk FOREIGN KEY (section_id) REFERENCES report_section (id) ON DELETE CASCADE
);

CREATE TABLE question (
    id           BIGINT       NOT NULL PRIMARY KEY,
    course_id    BIGINT       NOT NULL,
    module_id    BIGINT       NOT NULL,
    code         VARCHAR(80)  NOT NULL,
    position     INTEGER      NOT NULL,
    question_type VARCHAR(20) NOT NULL,
    cites        VARCHAR(200) NOT NULL,
    retired      BOOLEAN      NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT question_code_uk UNIQUE (course_id, code),
    CONSTRAINT question_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT question_module_fk FOREIGN KEY (module_id) REFERENCES course_module (id)
);
CREATE INDEX question_module_ix ON question (module_id, position);

CREATE TABLE question_text (
    question_id BIGINT     NOT NULL,
    language    VARCHAR(5) NOT NULL,
    content     TEXT       NOT NULL,
    CONSTRAINT question_text_pk PRIMARY KEY (question_id, language),
    CONSTRAINT question_text_question_fk FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
);
