// The branch's reports over the local replica (nexus.db, with catalog.db attached for categories, brands and stock
// costs): a request in, typed rows and totals out, money in centavos. Role gating through scopeRequest().
#pragma once

#include <QString>

#include "common/error.h"
#include "reports/reportcontrol.h"
#include "reports/reportrequest.h"
#include "reports/reporttable.h"

namespace nexus {

class Database;

class ReportService final
{
public:
    // `catalogPath`: catalog.db next to nexus.db; reports that need it fail with NotFound when it is missing.
    ReportService(Database &db, QString catalogPath) : m_db(db), m_catalogPath(std::move(catalogPath)) { }

    // Scopes the request for the viewer (PermissionDenied, nothing read) and runs it. With a control, the run can
    // be cancelled (Conflict naming "report") and reports progress in thousandths.
    [[nodiscard]] Result<ReportTable> run(
        const ReportRequest &request, const ReportViewer &viewer, ReportControl *control = nullptr);

    // "[from, to)" in UTC ISO-8601 for the request's local days.
    [[nodiscard]] static std::pair<QString, QString> utcRange(const ReportRequest &request);

private:
    [[nodiscard]] Status attachCatalog();
    [[nodiscard]] QString partsSource() const;
    [[nodiscard]] Result<ReportTable> runScoped(const ReportRequest &request, ReportControl *control);
    [[nodiscard]] Result<ReportTable> salesJournal(const ReportRequest &request, ReportControl *control);
    [[nodiscard]] Result<ReportTable> salesGrouped(const ReportRequest &request, ReportControl *control);
    [[nodiscard]] Result<ReportTable> margins(const ReportRequest &request, ReportControl *control);
    [[nodiscard]] Result<ReportTable> cashSessions(const ReportRequest &request, ReportControl *control);
    [[nodiscard]] Result<ReportTable> returns(const ReportRequest &request, ReportControl *control);
    [[nodiscard]] Result<ReportTable> creditAging(const ReportRequest &request, ReportControl *control);
    [[nodiscard]] Result<ReportTable> inventoryValuation(const ReportRequest &request, ReportControl *control);
    [[nodiscard]] Result<ReportTable> inventoryMovements(const ReportRequest &request, ReportControl *control);

    Database &m_db;
    QString m_catalogPath;
    bool m_catalogAttached = false;
};

// Translated names of ledger codes the reports show.
[[nodiscard]] QString paymentMethodTitle(const QString &method);
[[nodiscard]] QString movementKindTitle(const QString &kind);
[[nodiscard]] QString refundMethodTitle(const QString &method);

} // namespace nexus
