-- PostgreSQL twin of server/master 0006: admin jobs kept in the master database (see the SQLite file).
CREATE TABLE admin_jobs (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    kind TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('running', 'done', 'failed', 'interrupted')),
    stage TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    finished_at TEXT,
    result TEXT,
    error TEXT,
    owner TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL
);
CREATE INDEX admin_jobs_tenant ON admin_jobs(tenant_id, started_at);
CREATE INDEX admin_jobs_running ON admin_jobs(state) WHERE state = 'running';
