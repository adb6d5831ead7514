-- xAPI statements. The table is also the durable queue for forwarding to an external learning
-- record store: next_attempt_at is set while a statement waits to be forwarded and cleared once
-- it is, so the forwarding job reads one index. The JSON is a VARCHAR, not TEXT: H2's TEXT is a
-- CLOB, which needs other JDBC handling than PostgreSQL's TEXT.
CREATE SEQUENCE xapi_statement_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE xapi_statement (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    statement_id       VARCHAR(36)   NOT NULL,
    account_id         BIGINT        NOT NULL,
    verb_id            VARCHAR(200)  NOT NULL,
    activity_id        VARCHAR(500)  NOT NULL,
    parent_activity_id VARCHAR(500),
    registration       VARCHAR(36),
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    statement_json     VARCHAR(100000) NOT NULL,
    forwarded_at       TIMESTAMP WITH TIME ZONE,
    forward_attempts   INTEGER       NOT NULL,
    next_attempt_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT xapi_statement_uk UNIQUE (statement_id),
    CONSTRAINT xapi_statement_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
-- the Statements resource pages by (stored_at, id); each filter narrows by its own column
CREATE INDEX xapi_statement_stored_ix ON xapi_statement (stored_at, id);
CREATE INDEX xapi_statement_account_ix ON xapi_statement (account_id, stored_at, id);
CREATE INDEX xapi_statement_verb_ix ON xapi_statement (verb_id, stored_at);
CREATE INDEX xapi_statement_activity_ix ON xapi_statement (activity_id, stored_at);
CREATE INDEX xapi_statement_parent_ix ON xapi_statement (parent_activity_id, stored_at);
CREATE INDEX xapi_statement_registration_ix ON xapi_statement (registration);
CREATE INDEX xapi_statement_pending_ix ON xapi_statement (next_attempt_at);
