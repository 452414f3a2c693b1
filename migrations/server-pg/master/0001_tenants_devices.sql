-- PostgreSQL twin of server/master/0001 (schema nexus_master): who may talk to the server.
CREATE TABLE tenants (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,          -- "demo"; its business data lives in the schema tenant_<slug>
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE enrollment_codes (
    code_hash TEXT PRIMARY KEY,         -- SHA-256 hex of the one-time code
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    branch_id TEXT NOT NULL,            -- a branch of the tenant's schema
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    used_by_device TEXT
);

CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    branch_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    secret_hash TEXT NOT NULL,          -- SHA-256 hex of the device secret
    epoch INTEGER NOT NULL DEFAULT 1,
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX devices_tenant ON devices(tenant_id);
