-- Administrators' user management: an account marked as a verified official keeps who verified
-- it and when (the administrator's account; null again if that account is ever deleted, the
-- audit log still names them). Deactivation uses account.active (V1); its reason is in the
-- audit log. Indexes for the filters of the users' list. Portable SQL for H2 and PostgreSQL.
ALTER TABLE account ADD COLUMN verified_official_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN verified_official_by BIGINT;
ALTER TABLE account ADD CONSTRAINT account_verified_by_fk
    FOREIGN KEY (verified_official_by) REFERENCES account (id) ON DELETE SET NULL;

CREATE INDEX account_organisation_type_ix ON account (organisation_type);
CREATE INDEX account_created_at_ix ON account (created_at);
CREATE INDEX account_role_role_ix ON account_role (role);
