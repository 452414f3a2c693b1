// A hook run after every successful COMMIT of one Database connection (nexus.db's folio witness, FolioWitness).
#pragma once

#include <functional>

namespace nexus {

class Database;

// Runs `hook` after every COMMIT of `db` that succeeded, before commit() returns, on the connection's thread; an
// empty hook removes it, and so does destroying `db`. A failure inside is the hook's to report, never the commit's.
void setAfterCommit(Database &db, std::function<void()> hook);

// Called by Database::commit().
void runAfterCommit(Database &db);

} // namespace nexus
