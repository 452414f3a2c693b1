// attachCatalog: once per connection, whoever asks first.
#include "store/catalogattach.h"

#include "store/database.h"

#include <QFileInfo>

namespace nexus {

Status attachCatalog(Database &db, const QString &catalogPath)
{
    Result<QVariant> present
        = db.scalar(QStringLiteral("SELECT count(*) FROM pragma_database_list WHERE name = 'cat'"));
    if (present && present->toLongLong() > 0)
        return {};
    if (catalogPath.isEmpty() || !QFileInfo::exists(catalogPath))
        return fail(ErrorCode::NotFound,
            NX_ERR("This report needs the catalogue (catalog.db), which is not on this device yet"), {},
            QStringLiteral("catalog"));
    Result<QSqlQuery> attached = db.exec(QStringLiteral("ATTACH DATABASE ? AS cat"), { catalogPath });
    if (!attached)
        return std::unexpected(attached.error());
    return {};
}

} // namespace nexus
