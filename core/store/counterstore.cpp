// openCounterStore: the counter's nexus.db connection with its folio witness reconciled and raised after each commit.
#include "store/counterstore.h"

#include "common/logging.h"
#include "store/aftercommit.h"
#include "store/foliowitness.h"

namespace nexus {

Result<std::unique_ptr<LocalStore>> openCounterStore(const QString &path, const Clock &clock, const QString &connectionName)
{
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path, connectionName);
    if (!store)
        return store;
    Database &db = (*store)->db();
    auto witness = std::make_shared<FolioWitness>(FolioWitness::pathFor(path));
    Result<WitnessCatchUp> caughtUp = witness->reconcile(db, clock);
    if (!caughtUp)
        return std::unexpected(caughtUp.error());
    // The hook goes with the connection (Database's destructor removes it, and the witness with it).
    setAfterCommit(db, [witness, &db] {
        // The sale is committed whatever happens here: a witness that cannot be written only protects less.
        if (Status recorded = witness->record(db); !recorded)
            qCWarning(lcStore).noquote() << "folio witness not raised:" << recorded.error().logMessage();
    });
    return store;
}

} // namespace nexus
