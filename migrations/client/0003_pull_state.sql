-- State pulled down from the server (DESIGN.md "Down (pull)"): where each bucket's pull stands, the version of
-- every replicated key (for the checkpoint checksum), and other branches' stock "as of" the pull.

CREATE TABLE pull_state (
    bucket TEXT PRIMARY KEY,            -- stock, users
    cursor TEXT NOT NULL DEFAULT '',    -- the server's next_cursor; '' = from the start
    pass INTEGER NOT NULL DEFAULT 0,    -- number of the current full pass (started by a reset or a bad checkpoint)
    full_pass INTEGER NOT NULL DEFAULT 1, -- 1 while a pass from the start is under way
    checkpoint_seq INTEGER NOT NULL DEFAULT 0,
    verified_at TEXT                    -- UTC of the last pull whose checkpoint matched
);

-- One row per replicated key: the change-log seq it came with and the full pass that last saw it.
CREATE TABLE pull_rows (
    bucket TEXT NOT NULL,
    key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    pass INTEGER NOT NULL,
    PRIMARY KEY (bucket, key)
) WITHOUT ROWID;

-- The server's stock of every warehouse of the tenant, as of pulled_at. The counter's own branch keeps selling
-- from its local ledger (stock_levels); these rows never overwrite it.
CREATE TABLE remote_stock_levels (
    part_id INTEGER NOT NULL,
    warehouse_id TEXT NOT NULL,
    branch_id TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL,          -- thousandths
    min_quantity INTEGER NOT NULL DEFAULT 0,
    max_quantity INTEGER NOT NULL DEFAULT 0,
    pulled_at TEXT NOT NULL,            -- UTC: "as of"
    PRIMARY KEY (part_id, warehouse_id)
) WITHOUT ROWID;
CREATE INDEX remote_stock_levels_branch ON remote_stock_levels(branch_id, part_id);
