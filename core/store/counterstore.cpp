// openCounterStore: the counter's nexus.db connection with its folio witness reconciled and raised after each commit.
#include "store/counterstore.h"

#include "store/aftercommit.h"
#include "store/foliowitness.h"
#include "store/witnesswriter.h"

namespace nexus {

Result<std::unique_ptr<LocalStore>> openCounterStore(const QString &path, const Clock &clock, const QString &connectionName,
    std::shared_ptr<WitnessWriter> *writerOut)
{
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path, connectionName);
    if (!store)
        return store;
    Database &db = (*store)->db();
    auto witness = std::make_shared<FolioWitness>(FolioWitness::pathFor(path));
    Result<WitnessCatchUp> caughtUp = witness->reconcile(db, clock);
    if (!caughtUp)
        return std::unexpected(caughtUp.error());
    // The hook goes with the connection (Database's destructor removes it, and the writer with it, which writes what
    // is still pending first). The commit only nudges: the writer reads and writes on its own thread.
    auto writer = std::make_shared<WitnessWriter>(path, std::move(witness));
    if (writerOut)
        *writerOut = writer;
    setAfterCommit(db, [writer] { writer->nudge(); });
    return store;
}

} // namespace nexus
