-- The academy as an LTI 1.3 tool (issue 22).
--
-- lti_platform: a learning platform (Moodle, Canvas, ...) an administrator registered: how it names
-- itself (issuer), the client id it gave the academy, where its keys, sign-in and tokens are, and the
-- profile given to the people it sends (who come without country or organisation).
CREATE SEQUENCE lti_platform_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE lti_platform (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    name               VARCHAR(200)  NOT NULL,
    issuer             VARCHAR(500)  NOT NULL,
    client_id          VARCHAR(255)  NOT NULL,
    keyset_url         VARCHAR(1000) NOT NULL,
    auth_url           VARCHAR(1000) NOT NULL,
    token_url          VARCHAR(1000) NOT NULL,
    deployment_ids     VARCHAR(2000) NOT NULL,
    country_code       CHAR(2)       NOT NULL,
    organisation       VARCHAR(200)  NOT NULL,
    organisation_type  VARCHAR(40)   NOT NULL,
    module_scores      BOOLEAN       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT lti_platform_issuer_client_uk UNIQUE (issuer, client_id)
);

-- lti_tool_key: the academy's own RSA key pair as a tool (unless configured): signs deep linking
-- responses and the client assertions sent to platforms' token endpoints; published with its kid.
CREATE TABLE lti_tool_key (
    kid         VARCHAR(100)  NOT NULL PRIMARY KEY,
    private_jwk VARCHAR(8000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- lti_login: a third-party login started (OIDC login initiation): the state and nonce sent to the
-- platform, each good for one launch within minutes.
CREATE TABLE lti_login (
    state       VARCHAR(64)   NOT NULL PRIMARY KEY,
    nonce       VARCHAR(64)   NOT NULL,
    platform_id BIGINT        NOT NULL,
    target_link VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT lti_login_nonce_uk UNIQUE (nonce),
    CONSTRAINT lti_login_platform_fk FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE
);
CREATE INDEX lti_login_created_ix ON lti_login (created_at);

-- lti_learner: a person a platform sent, by the platform's subject identifier for them (sub).
CREATE TABLE lti_learner (
    platform_id BIGINT       NOT NULL,
    subject     VARCHAR(255) NOT NULL,
    account_id  BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lti_learner_pk PRIMARY KEY (platform_id, subject),
    CONSTRAINT lti_learner_account_uk UNIQUE (account_id),
    CONSTRAINT lti_learner_platform_fk FOREIGN KEY (platform_id) REFERENCES lti_platform (id),
    CONSTRAINT lti_learner_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

-- lti_grade_link: where a learner's results in a course go back to (AGS line item of the link they
-- launched from), kept from the latest launch.
CREATE SEQUENCE lti_grade_link_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE lti_grade_link (
    id             BIGINT        NOT NULL PRIMARY KEY,
    platform_id    BIGINT        NOT NULL,
    account_id     BIGINT        NOT NULL,
    course_id      BIGINT        NOT NULL,
    lineitem_url   VARCHAR(1000),
    lineitems_url  VARCHAR(1000),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lti_grade_link_uk UNIQUE (platform_id, account_id, course_id),
    CONSTRAINT lti_grade_link_platform_fk FOREIGN KEY (platform_id) REFERENCES lti_platform (id),
    CONSTRAINT lti_grade_link_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT lti_grade_link_course_fk FOREIGN KEY (course_id) REFERENCES course (id)
);

-- lti_score: a score to post to a platform's line item (the outbox): written in the transaction that
-- graded the attempt, sent by a scheduled job and retried with back-off until the platform accepts it.
-- A module quiz's score names the quiz (resource_id) and the context's line items container
-- (lineitem_url), where the sender finds or creates the quiz's line item.
CREATE SEQUENCE lti_score_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE lti_score (
    id            BIGINT        NOT NULL PRIMARY KEY,
    platform_id   BIGINT        NOT NULL,
    account_id    BIGINT        NOT NULL,
    lineitem_url  VARCHAR(1000) NOT NULL,
    resource_id   VARCHAR(80),
    subject       VARCHAR(255)  NOT NULL,
    score_given   DECIMAL(7,2)  NOT NULL,
    score_maximum DECIMAL(7,2)  NOT NULL,
    comment_text  VARCHAR(200),
    graded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    tries         INTEGER       NOT NULL,
    next_try_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE,
    last_problem  VARCHAR(500),
    CONSTRAINT lti_score_platform_fk FOREIGN KEY (platform_id) REFERENCES lti_platform (id),
    CONSTRAINT lti_score_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX lti_score_due_ix ON lti_score (sent_at, next_try_at);
