-- The device's own settings, the branch it serves (replicated from HQ), its users and the audit log.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,               -- device_id, epoch, server_url, tenant_id, branch_id, language…
    value TEXT NOT NULL
);

CREATE TABLE branches (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    rfc TEXT NOT NULL DEFAULT '',
    fiscal_name TEXT NOT NULL DEFAULT '',
    fiscal_regime TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    border_region INTEGER NOT NULL DEFAULT 0, -- 1: IVA 8 % (región fronteriza)
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''
);

CREATE TABLE warehouses (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES branches(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (branch_id, code)
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'cashier', 'mechanic', 'hq')),
    branch_id TEXT,                     -- NULL: every branch (admin, hq)
    password_hash TEXT NOT NULL,        -- pbkdf2-sha256$iterations$salt$hash
    pin_hash TEXT,                      -- same format; NULL: no quick switch
    active INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);

-- Append-only: who did what sensitive thing, when, on which device.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,                -- UUID v7 (time-ordered)
    at TEXT NOT NULL,                   -- UTC ISO-8601
    device_id TEXT NOT NULL,
    user_id TEXT,
    action TEXT NOT NULL,               -- login, login_failed, pin_switch, permission_denied, …
    subject TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT ''    -- JSON
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
