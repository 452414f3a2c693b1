-- The server operator's API keys (nexus-admin --operator-key-file): create and list tenants, issue their admin keys,
-- work on any tenant it names. Created only on the server host; only the hash is kept, the key is shown once.
CREATE TABLE operator_keys (
    key_hash TEXT PRIMARY KEY,          -- SHA-256 hex of the whole key
    name TEXT NOT NULL DEFAULT '',      -- who holds it ("guardia de sistemas")
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
