-- The evidence ledger: append-only records chained by SHA-256, and their attachments stored
-- encrypted and keyed by the SHA-256 of their plaintext. Written for both H2 and PostgreSQL.

-- A single row holding the end of the chain. Every append locks it (SELECT ... FOR UPDATE) for
-- its whole transaction, so appends happen one after another and the chain stays a line.
CREATE TABLE evidence_chain_head (
    id           INTEGER     NOT NULL PRIMARY KEY,
    record_count BIGINT      NOT NULL,
    head_hash    VARCHAR(64) NOT NULL
);
INSERT INTO evidence_chain_head (id, record_count, head_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- One row per record. "canonical" is the exact text the record hash covers; the other columns
-- repeat its fields so they can be queried, and verification checks that they still agree.
CREATE TABLE evidence_record (
    seq           BIGINT         NOT NULL PRIMARY KEY,
    id            VARCHAR(32)    NOT NULL UNIQUE,
    kind          VARCHAR(40)    NOT NULL,
    system_scope  VARCHAR(1000)  NOT NULL,
    performed_at  VARCHAR(64)    NOT NULL,
    performed_by  VARCHAR(1000)  NOT NULL,
    approved_by   VARCHAR(1000),
    notes         VARCHAR(100000),
    recorded_at   VARCHAR(64)    NOT NULL,
    supersedes    VARCHAR(32),
    previous_hash VARCHAR(64)    NOT NULL,
    record_hash   VARCHAR(64)    NOT NULL,
    canonical     VARCHAR(400000) NOT NULL
);
CREATE INDEX evidence_record_supersedes ON evidence_record (supersedes);

CREATE TABLE evidence_requirement (
    record_seq     BIGINT      NOT NULL REFERENCES evidence_record (seq),
    ordinal        INTEGER     NOT NULL,
    requirement_id VARCHAR(32) NOT NULL,
    PRIMARY KEY (record_seq, ordinal)
);
CREATE INDEX evidence_requirement_by_id ON evidence_requirement (requirement_id);

CREATE TABLE evidence_attachment (
    record_seq BIGINT        NOT NULL REFERENCES evidence_record (seq),
    ordinal    INTEGER       NOT NULL,
    name       VARCHAR(1000) NOT NULL,
    size_bytes BIGINT        NOT NULL,
    sha256     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (record_seq, ordinal)
);

-- Attachment content, AES-GCM encrypted (Tink ciphertext: 5-byte key prefix, nonce, data, tag),
-- stored once per distinct plaintext. key_id repeats the id in the prefix for queries.
CREATE TABLE evidence_blob (
    sha256     VARCHAR(64) NOT NULL PRIMARY KEY,
    key_id     BIGINT      NOT NULL,
    ciphertext BYTEA       NOT NULL
);

-- For each key that has encrypted attachments, a small known ciphertext: a wrong key is caught
-- before anything is written or decrypted.
CREATE TABLE evidence_key_check (
    key_id     BIGINT NOT NULL PRIMARY KEY,
    ciphertext BYTEA  NOT NULL
);
