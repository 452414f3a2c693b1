// Opening nexus.db for the counter's own (selling) connection: the folio witness beside it comes with it.
#pragma once

#include <memory>

#include <QString>

#include "common/error.h"
#include "store/localstore.h"

namespace nexus {

class Clock;
class WitnessWriter;

// LocalStore::open, then FolioWitness::reconcile (a nexus.db put back from an old copy moves its ticket and Z numbers
// past everything this counter printed, before the first sale), then every commit of this connection nudges a
// WitnessWriter that raises the witness on its own thread. Other connections to the same file (sync engine, workers)
// use LocalStore::open. `writer`, when given, shares the writer (tests flush it to read the file while open).
[[nodiscard]] Result<std::unique_ptr<LocalStore>> openCounterStore(const QString &path, const Clock &clock,
    const QString &connectionName = {}, std::shared_ptr<WitnessWriter> *writer = nullptr);

} // namespace nexus
