-- Signed PDF certificates and credentials that outlive a key rotation. Portable SQL for H2 and PostgreSQL.

-- The signing_key table also keeps the PDF certificates' signing key and X.509 certificate chain
-- (PEM, key_id 'certificate'), which are longer than a JWK.
ALTER TABLE signing_key RENAME COLUMN private_jwk TO private_key;
ALTER TABLE signing_key ALTER COLUMN private_key SET DATA TYPE VARCHAR(20000);

-- Every public key and certificate the platform has ever signed with, recorded when a node first
-- loads it: after a rotation, the DID document still lists the old Ed25519 keys and /verify still
-- accepts PDFs signed with an old certificate, so nothing issued before stops verifying.
-- Deleting a row withdraws trust in that key (e.g. one that leaked).
CREATE TABLE issuer_public_key (
    key_id        VARCHAR(200)   NOT NULL PRIMARY KEY,
    kind          VARCHAR(20)    NOT NULL,
    public_key    VARCHAR(10000) NOT NULL,
    first_used_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX issuer_public_key_kind_ix ON issuer_public_key (kind, first_used_at);
