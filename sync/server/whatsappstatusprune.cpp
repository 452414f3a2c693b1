// The retention of the WhatsApp delivery reports; the tombstones are the tenant's trigger (0027).
#include "server/whatsappstatusprune.h"

#include "server/isotime.h"
#include "store/database.h"

#include <QSqlQuery>

namespace nexus {

Result<qint64> WhatsAppStatusPrune::run(Database &tenant, const QDateTime &nowUtc)
{
    const QString cutoff = isoUtc(nowUtc.addDays(-kRetentionDays));
    Result<QVariant> due
        = tenant.scalar(QStringLiteral("SELECT count(*) FROM whatsapp_status_reports WHERE received_at < ?"), { cutoff });
    if (!due)
        return std::unexpected(due.error());
    if (due->toLongLong() == 0)
        return 0;
    Transaction transaction(tenant);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<QSqlQuery> deleted
        = tenant.exec(QStringLiteral("DELETE FROM whatsapp_status_reports WHERE received_at < ?"), { cutoff });
    if (!deleted)
        return std::unexpected(deleted.error());
    const qint64 count = deleted->numRowsAffected();
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return count;
}

} // namespace nexus
