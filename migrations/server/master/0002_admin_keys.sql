-- HQ admin API keys (nexus-admin remote commands): one tenant each; only a hash is kept, the key is shown once.
CREATE TABLE admin_keys (
    key_hash TEXT PRIMARY KEY,          -- SHA-256 hex of the whole key
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    name TEXT NOT NULL DEFAULT '',      -- who or what holds it ("oficina", "script de precios")
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX admin_keys_tenant ON admin_keys(tenant_id);
