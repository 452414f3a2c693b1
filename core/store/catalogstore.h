// The read-mostly catalogue database (catalog.db): parts, brands, fitment, price lists; replaced whole from snapshots.
#pragma once

#include <memory>

#include "common/error.h"
#include "store/database.h"

namespace nexus {

class CatalogStore final
{
public:
    Q_DISABLE_COPY_MOVE(CatalogStore)
    ~CatalogStore() = default;

    [[nodiscard]] static Result<std::unique_ptr<CatalogStore>> open(const QString &path,
                                                                     const QString &connectionName = {});

    [[nodiscard]] Database &db() { return *m_db; }
    [[nodiscard]] Result<qint64> partCount();

private:
    explicit CatalogStore(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
    std::unique_ptr<Database> m_db;
};

} // namespace nexus
