-- PostgreSQL twin of server/master 0004: the server operator's API keys; only the hash is kept.
CREATE TABLE operator_keys (
    key_hash TEXT PRIMARY KEY,          -- SHA-256 hex of the whole key
    name TEXT NOT NULL DEFAULT '',      -- who holds it ("guardia de sistemas")
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
