-- State pulled down for the counter's search and cart (DESIGN.md "Down (pull)"): HQ's price changes since the
-- catalogue snapshot, and the tenant's branches, to name the other branches whose stock the search shows.

-- The "prices" bucket. Kept in nexus.db, not patched into catalog.db: a new catalogue snapshot replaces catalog.db
-- whole, and these must keep applying on top of it. price_list '' is the part's retail price ("precio público",
-- which the discount lists are computed from); any other value a price_lists.code whose fixed price it sets.
CREATE TABLE price_overrides (
    part_id INTEGER NOT NULL,
    price_list TEXT NOT NULL,
    price_cents INTEGER NOT NULL,       -- tax included
    price_version INTEGER NOT NULL,
    updated_at TEXT NOT NULL,           -- UTC, when HQ changed it
    PRIMARY KEY (part_id, price_list)
) WITHOUT ROWID;

-- The "branches" bucket: every branch of the tenant (this one included), by id.
CREATE TABLE remote_branches (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL
);
