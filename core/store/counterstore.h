// Opening nexus.db for the counter's own (selling) connection: the folio witness beside it comes with it.
#pragma once

#include <memory>

#include "common/error.h"
#include "store/localstore.h"

namespace nexus {

class Clock;

// LocalStore::open, then FolioWitness::reconcile (a nexus.db put back from an old copy moves its ticket and Z numbers
// past everything this counter printed, before the first sale), then the witness is raised after every commit of this
// connection. Other connections to the same file (sync engine, workers) use LocalStore::open.
[[nodiscard]] Result<std::unique_ptr<LocalStore>> openCounterStore(
    const QString &path, const Clock &clock, const QString &connectionName = {});

} // namespace nexus
