// A fresh nexus.db for every test function on a mock clock: the store a core or sync test opens in init() and closes
// in cleanup(), and the counting probe its checks read.
#pragma once

#include "mockclock.h"
#include "store/localstore.h"
#include "tempdir.h"

#include <memory>

namespace nexus::test {

class StoreFixture final
{
public:
    explicit StoreFixture(const QDateTime &start) : m_start(start), m_clock(start) {}

    // Opens a new nexus-N.db (one file per test function, so none sees another's rows) and sets the clock back to
    // the start.
    [[nodiscard]] Status open()
    {
        m_clock.set(m_start);
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(m_dir.file(QStringLiteral("nexus-%1.db").arg(++m_round)));
        if (!store)
            return std::unexpected(store.error());
        m_store = std::move(*store);
        return {};
    }
    void close() { m_store.reset(); }

    [[nodiscard]] Database &db() { return m_store->db(); }
    [[nodiscard]] MockClock &clock() { return m_clock; }
    // A file in the test's temporary folder (TLS identities, exports…).
    [[nodiscard]] QString file(const QString &name) const { return m_dir.file(name); }

    // The number a query answers; -1 when it fails or answers NULL.
    [[nodiscard]] qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

private:
    TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    const QDateTime m_start;
    MockClock m_clock;
    int m_round = 0;
};

} // namespace nexus::test
