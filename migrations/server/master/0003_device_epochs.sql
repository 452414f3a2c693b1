-- Every epoch change of a device (its nexus.db restored from an old backup, or copied onto another machine) and every
-- copy refused as a clone: the audit head office reads. A device asks with a rekey_id it stored first, so a repeated
-- request (the answer was lost) finds its row and gets the same answer instead of a second change.
CREATE TABLE device_epochs (
    device_id TEXT NOT NULL REFERENCES devices(id),
    rekey_id TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('rekeyed', 'refused_clone')),
    reason TEXT NOT NULL,               -- behind | diverged | epoch_mismatch: what the device saw
    from_epoch INTEGER NOT NULL,        -- the epoch of the database that asked
    to_epoch INTEGER NOT NULL,          -- the device's epoch afterwards (refused: unchanged)
    seq_floor INTEGER NOT NULL,         -- seqs of to_epoch start above this one
    client_seq INTEGER NOT NULL,        -- the highest seq the database said it may have used
    server_seq INTEGER NOT NULL,        -- the highest seq the server held for the device
    machine TEXT NOT NULL DEFAULT '',   -- host name the device gave
    created_at TEXT NOT NULL,
    PRIMARY KEY (device_id, rekey_id)
);
