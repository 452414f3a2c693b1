// The per-connection sink registry: a tiny map behind a mutex (connections live on several threads).
#include "store/domainevents.h"

#include <QHash>
#include <QMutex>

namespace nexus {

namespace {

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<const Database *, DomainEventSink *> &registry()
{
    static QHash<const Database *, DomainEventSink *> sinks;
    return sinks;
}

} // namespace

void attachEventSink(Database &db, DomainEventSink *sink)
{
    const QMutexLocker lock(&registryMutex());
    if (sink)
        registry().insert(&db, sink);
    else
        registry().remove(&db);
}

void publishEvent(Database &db, const DomainEvent &event)
{
    DomainEventSink *sink = nullptr;
    {
        const QMutexLocker lock(&registryMutex());
        sink = registry().value(&db, nullptr);
    }
    if (sink)
        sink->handle(db, event);
}

} // namespace nexus
