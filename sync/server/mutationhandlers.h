// The registry of mutation handlers the ingest knows, one per mutation type.
#pragma once

#include <QString>

#include <map>
#include <memory>

#include "server/mutationhandler.h"

namespace nexus {

class MutationHandlers final
{
public:
    MutationHandlers(); // registers every built-in handler
    [[nodiscard]] MutationHandler *find(const QString &type) const;

private:
    std::map<QString, std::unique_ptr<MutationHandler>> m_handlers;
};

} // namespace nexus
