-- People who use the platform, their roles, sign-in throttling and password resets.
-- Portable SQL: the same file runs on H2 and PostgreSQL.
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    email                    VARCHAR(254) NOT NULL,
    password_hash            VARCHAR(400) NOT NULL,
    full_name                VARCHAR(200) NOT NULL,
    country_code             CHAR(2)      NOT NULL,
    organisation             VARCHAR(200) NOT NULL,
    organisation_type        VARCHAR(40)  NOT NULL,
    job_title                VARCHAR(200),
    preferred_language       VARCHAR(5)   NOT NULL,
    gender                   VARCHAR(20),
    password_change_required BOOLEAN      NOT NULL,
    active                   BOOLEAN      NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT       NOT NULL,
    CONSTRAINT account_email_uk UNIQUE (email)
);
CREATE INDEX account_country_ix ON account (country_code);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- Failed sign-ins counted per e-mail address and per client address, shared by every node.
CREATE TABLE sign_in_throttle (
    throttle_key      VARCHAR(300) NOT NULL PRIMARY KEY,
    failures          INTEGER      NOT NULL,
    window_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until      TIMESTAMP WITH TIME ZONE,
    version           BIGINT       NOT NULL
);

CREATE SEQUENCE password_reset_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE password_reset (
    id         BIGINT      NOT NULL PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT password_reset_token_uk UNIQUE (token_hash),
    CONSTRAINT password_reset_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
