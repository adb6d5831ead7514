-- Administrators' user management: an account marked as a verified official keeps who verified
-- it and when (the administrator's account; null again if that account is ever deleted, the
-- audit log still names them). A deactivated account (account.active false, V1) keeps since when;
-- the reason is in the audit log. The users' list filters on deactivated_at (IS NULL) rather than
-- on the boolean, which EclipseLink writes as 1 into H2 statements it does not bind.
-- Indexes for the filters of the users' list. Portable SQL for H2 and PostgreSQL.
ALTER TABLE account ADD COLUMN deactivated_at TIMESTAMP WITH TIME ZONE;
UPDATE account SET deactivated_at = created_at WHERE active = FALSE;
ALTER TABLE account ADD COLUMN verified_official_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN verified_official_by BIGINT;
ALTER TABLE account ADD CONSTRAINT account_verified_by_fk
    FOREIGN KEY (verified_official_by) REFERENCES account (id) ON DELETE SET NULL;

CREATE INDEX account_organisation_type_ix ON account (organisation_type);
CREATE INDEX account_created_at_ix ON account (created_at);
CREATE INDEX account_role_role_ix ON account_role (role);
