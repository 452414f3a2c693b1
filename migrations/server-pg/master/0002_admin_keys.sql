-- PostgreSQL twin of server/master 0002: HQ admin API keys, one tenant each; only the hash is kept.
CREATE TABLE admin_keys (
    key_hash TEXT PRIMARY KEY,          -- SHA-256 hex of the whole key
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    name TEXT NOT NULL DEFAULT '',      -- who or what holds it ("oficina", "script de precios")
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX admin_keys_tenant ON admin_keys(tenant_id);
