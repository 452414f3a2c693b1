// The "customers" pull bucket applied to nexus.db (DESIGN.md "Down (pull)"): the server's row for each customer
// with the figures of their credit account and their loyalty points and 12-month spend (every branch). Fields a counter edited after the server's version (a greater stamp:
// the edit is still on its way up) are kept; the figures always come from the server.
#pragma once

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

#include "common/error.h"

namespace nexus {

class Database;

class CustomerReplica final
{
public:
    // Inside the caller's transaction (one per pulled page). Notes this device's acknowledged outbox seq: the
    // server's figures arriving now include every fact up to it.
    explicit CustomerReplica(Database &db);

    [[nodiscard]] Status apply(const QJsonObject &row, const QString &pulledAtUtc);
    // The server no longer has the customer: hidden from the search, kept for the tickets that name it.
    [[nodiscard]] Status retire(const QString &id);
    // End of a verified full pass: customers that came from the server but were not in pass `pass` are retired;
    // customers created here and not yet on the server stay.
    [[nodiscard]] static Status retireMissing(Database &db, qint64 pass);

private:
    [[nodiscard]] Status run(QSqlQuery &query, const QVariantList &values);

    Database &m_db;
    QSqlQuery m_upsert;
    QSqlQuery m_fields;
    QSqlQuery m_retire;
    qint64 m_ackedSeq = 0;
    Status m_ready;
};

} // namespace nexus
