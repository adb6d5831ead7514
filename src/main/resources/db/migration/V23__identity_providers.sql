-- Signing in with an organisation's account through OpenID Connect (issue 22).
--
-- identity_provider: a provider an administrator registered. The client secret is kept here only
-- when the administrator typed it (never shown again), or named as a configuration key / environment
-- variable in secret_variable; exactly one of the two is set.
CREATE SEQUENCE identity_provider_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE identity_provider (
    id              BIGINT        NOT NULL PRIMARY KEY,
    issuer          VARCHAR(500)  NOT NULL,
    client_id       VARCHAR(255)  NOT NULL,
    client_secret   VARCHAR(1000),
    secret_variable VARCHAR(120),
    name_ar         VARCHAR(100),
    name_en         VARCHAR(100)  NOT NULL,
    name_es         VARCHAR(100),
    name_fr         VARCHAR(100),
    name_ru         VARCHAR(100),
    name_zh         VARCHAR(100),
    -- lower-case domains separated by spaces; empty: any domain
    allowed_domains VARCHAR(1000),
    enabled         BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT identity_provider_uk UNIQUE (issuer, client_id)
);

-- identity_link: the person a provider knows by this subject (sub) is this account; later sign-ins use it.
CREATE TABLE identity_link (
    provider_id BIGINT       NOT NULL,
    subject     VARCHAR(255) NOT NULL,
    account_id  BIGINT       NOT NULL,
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT identity_link_pk PRIMARY KEY (provider_id, subject),
    CONSTRAINT identity_link_provider_fk FOREIGN KEY (provider_id) REFERENCES identity_provider (id) ON DELETE CASCADE,
    CONSTRAINT identity_link_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX identity_link_account_ix ON identity_link (account_id);

-- oidc_request: a sign-in sent to a provider and not yet back: its state, nonce and PKCE verifier,
-- used once (deleted when the provider answers) and refused after ten minutes.
CREATE TABLE oidc_request (
    state         VARCHAR(100) NOT NULL PRIMARY KEY,
    provider_id   BIGINT       NOT NULL,
    nonce         VARCHAR(100) NOT NULL,
    code_verifier VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT oidc_request_provider_fk FOREIGN KEY (provider_id) REFERENCES identity_provider (id) ON DELETE CASCADE
);
CREATE INDEX oidc_request_created_ix ON oidc_request (created_at);

-- password_off_domain: people whose e-mail address is of this domain sign in through a provider only.
CREATE TABLE password_off_domain (
    domain     VARCHAR(253) NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
