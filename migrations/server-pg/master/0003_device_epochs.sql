-- PostgreSQL twin of server/master 0003: the audit of device epoch changes and refused clones (see the SQLite file).
CREATE TABLE device_epochs (
    device_id TEXT NOT NULL REFERENCES devices(id),
    rekey_id TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('rekeyed', 'refused_clone')),
    reason TEXT NOT NULL,               -- behind | diverged | epoch_mismatch: what the device saw
    from_epoch INTEGER NOT NULL,        -- the epoch of the database that asked
    to_epoch INTEGER NOT NULL,          -- the device's epoch afterwards (refused: unchanged)
    seq_floor BIGINT NOT NULL,          -- seqs of to_epoch start above this one
    client_seq BIGINT NOT NULL,         -- the highest seq the database said it may have used
    server_seq BIGINT NOT NULL,         -- the highest seq the server held for the device
    machine TEXT NOT NULL DEFAULT '',   -- host name the device gave
    created_at TEXT NOT NULL,
    PRIMARY KEY (device_id, rekey_id)
);
