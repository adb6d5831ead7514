-- The check on course_file.stage again, written as CASE. H2 2.4.240 (the embedded database's
-- version, README "Durability") evaluates a check with an IN list, or with ORs it turns into one,
-- through the session that created it: once the migration's connection is closed, every insert
-- into the table fails ("Check constraint invalid ... The database has been closed") until the
-- next restart. A CASE keeps no session. PostgreSQL reads it the same.
ALTER TABLE course_file DROP CONSTRAINT course_file_stage_ck;
ALTER TABLE course_file ADD CONSTRAINT course_file_stage_ck
    CHECK (CASE stage WHEN 'PUBLISHED' THEN TRUE WHEN 'DRAFT' THEN TRUE ELSE FALSE END);
