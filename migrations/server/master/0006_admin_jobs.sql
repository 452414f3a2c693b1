-- Admin jobs (snapshot builds, catalogue imports started through nexus-admin) kept here rather than in the server's
-- memory: a restarted server still answers for a finished job, and a job its server died in the middle of reads as
-- interrupted instead of "no such job". The process running a job beats its heartbeat while it runs.
CREATE TABLE admin_jobs (
    id TEXT PRIMARY KEY,                -- UUID v7
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    kind TEXT NOT NULL,                 -- "snapshot build", "catalog import"
    state TEXT NOT NULL CHECK (state IN ('running', 'done', 'failed', 'interrupted')),
    stage TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    finished_at TEXT,
    result TEXT,                        -- JSON, when done
    error TEXT,                         -- JSON {code, message, field}, when failed or interrupted
    owner TEXT NOT NULL,                -- the server process running it (a new id at every start)
    heartbeat_at TEXT NOT NULL          -- its owner's last sign of life
);
CREATE INDEX admin_jobs_tenant ON admin_jobs(tenant_id, started_at);
CREATE INDEX admin_jobs_running ON admin_jobs(state) WHERE state = 'running';
