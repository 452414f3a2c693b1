// HQ's reports over every branch of a tenant (nexus-admin report sales|margins|exceptions, cfdi list): the same figures as each
// branch's own reports (core/reports), computed from the facts the counters pushed.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include "common/error.h"

namespace nexus {

class Database;

class HqReports final
{
public:
    explicit HqReports(Database &tenant) : m_db(tenant) {}

    static constexpr qint64 kMaxDays = 366;

    // from..to are the branch's local days (YYYY-MM-DD, both included, at most kMaxDays). branchCode empty: every
    // branch, each on its own local days, under "branches", with the tenant's totals beside.
    // Per local day: sales count and sum, returns count and sum, the net (sales − returns) total and tax (centavos).
    [[nodiscard]] Result<QJsonObject> sales(const QString &branchCode, const QString &from, const QString &to);
    // Per branch: net sales before IVA, cost, gross margin (and in basis points of the net), lines without cost —
    // a return takes back its lines' base and cost on the day it was made, as the branch's margins report does.
    [[nodiscard]] Result<QJsonObject> margins(const QString &branchCode, const QString &from, const QString &to);
    // Per kind and branch, the exceptions opened in the period: how many, how many still open. The branch is the one
    // of the sale, return, cash session or transfer the exception is about ("" when it is about none: a device, a
    // quarantined mutation); days are the tenant's default zone's.
    [[nodiscard]] Result<QJsonObject> exceptions(const QString &branchCode, const QString &from, const QString &to);

    // The CFDIs the counters reported (fact cfdi.status) stamped on the days from..to (FechaTimbrado's date, the
    // SAT's time as the TFD writes it), of one branch or all, oldest first: type, folio fiscal, series/folio,
    // receiver, total, state and cancellation, the tickets each covers; with count, valid, cancelled and the total of
    // the valid invoices (type I).
    [[nodiscard]] Result<QJsonObject> cfdis(const QString &branchCode, const QString &from, const QString &to);

private:
    struct Branch
    {
        QString id;
        QString code;
        QString zoneName;
        QTimeZone zone;
    };
    struct Period
    {
        QDate first;
        QDate last;
    };
    // The branch named (or every branch when empty), with its zone; InvalidInput naming "branch" when unknown.
    [[nodiscard]] Result<QList<Branch>> branches(const QString &branchCode);
    [[nodiscard]] Result<Period> period(const QString &from, const QString &to);
    [[nodiscard]] Result<QJsonObject> branchSales(const Branch &branch, const Period &period);
    [[nodiscard]] Result<QJsonObject> branchMargins(const Branch &branch, const Period &period);

    Database &m_db;
};

} // namespace nexus
