-- What each translation of a lesson or question was last saved against (issue 18, item 4): per
-- course, lesson (its path) or question (its bank's folder and id) and language, the fingerprint
-- of that language's text and of the source language's text at the time. When the source's text
-- has changed since while the translation's has not, the editors and publishing call it outdated.
-- Kept for the course, not per stage: publishing keeps it and a new draft goes on from it.
CREATE TABLE translation_basis (
    course_code     VARCHAR(80)  NOT NULL,
    unit_key        VARCHAR(400) NOT NULL,
    language        VARCHAR(8)   NOT NULL,
    text_hash       VARCHAR(64)  NOT NULL,
    source_language VARCHAR(8)   NOT NULL,
    source_hash     VARCHAR(64)  NOT NULL,
    saved_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT translation_basis_pk PRIMARY KEY (course_code, unit_key, language)
);
