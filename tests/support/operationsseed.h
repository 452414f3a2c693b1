// A branch's quotes, service orders (with their history and labor) and stock alerts around `day`, for the
// dashboard's operations figures (core_testdashboardoperations checks every figure; ui_testreportsoperations shows
// them). Times are UTC: quotes 9, 5 and 4 days before (converted, sent by WhatsApp, cancelled with only an in-app
// copy) and one 68 days before; order A (Beto) through the board on the day 08:00–14:00, order B (Carlos) received
// at 12:00 and in repair since 18:00, order C (Beto) 99 days before; parts 1 and 2 out of stock; two open alerts.
#pragma once

#include "store/database.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace nexus::test {

class OperationsSeed final
{
public:
    OperationsSeed(Database &db, QString branchId, QDate day) : m_db(db), m_branch(std::move(branchId)), m_day(day) { }

    [[nodiscard]] bool write()
    {
        return quote(QStringLiteral("q1"), at(-9, 16), QStringLiteral("converted"), 100000)
            && quote(QStringLiteral("q2"), at(-5, 16), QStringLiteral("open"), 50000)
            && quote(QStringLiteral("q3"), at(-4, 16), QStringLiteral("cancelled"), 20000)
            && quote(QStringLiteral("q4"), at(-68, 16), QStringLiteral("converted"), 90000)
            && message(QStringLiteral("q2"), QStringLiteral("whatsapp")) && message(QStringLiteral("q3"), QStringLiteral("in_app"))
            && order(QStringLiteral("A"), QStringLiteral("delivered"), QStringLiteral("Beto"),
                { { QStringLiteral("received"), at(0, 8) }, { QStringLiteral("diagnosis"), at(0, 9) },
                    { QStringLiteral("repair"), at(0, 10) }, { QStringLiteral("ready"), at(0, 13) },
                    { QStringLiteral("delivered"), at(0, 14) } })
            && order(QStringLiteral("B"), QStringLiteral("repair"), QStringLiteral("Carlos"),
                { { QStringLiteral("received"), at(0, 12) }, { QStringLiteral("repair"), at(0, 18) } })
            && order(QStringLiteral("C"), QStringLiteral("delivered"), QStringLiteral("Beto"),
                { { QStringLiteral("received"), at(-99, 8) }, { QStringLiteral("repair"), at(-99, 9) },
                    { QStringLiteral("delivered"), at(-98, 9) } })
            && labor(QStringLiteral("A"), 1, QStringLiteral("Beto"), 2500, false)
            && labor(QStringLiteral("A"), 2, QStringLiteral("Beto"), 1000, true)
            && labor(QStringLiteral("B"), 1, QStringLiteral("Carlos"), 1000, false)
            && labor(QStringLiteral("C"), 1, QStringLiteral("Beto"), 5000, false)
            && run(QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (1, 'w1', 0), "
                                  "(1, 'w2', 0), (2, 'w1', -1000), (3, 'w1', 5000)"))
            && run(QStringLiteral("INSERT INTO stock_alerts(id, part_id, warehouse_id, stock, reorder_point, "
                                  "raised_at, acknowledged_by, acknowledged_at, resolved_at) VALUES "
                                  "('a1', 1, 'w1', 0, 2000, ?, NULL, NULL, NULL), "
                                  "('a2', 2, 'w1', 0, 2000, ?, 'u1', ?, NULL), "
                                  "('a3', 3, 'w1', 0, 2000, ?, NULL, NULL, ?)"),
                { at(-1, 10), at(-1, 10), at(-1, 11), at(-9, 10), at(-8, 10) });
    }

private:
    QString at(int days, int hour) const
    {
        return QDateTime(m_day.addDays(days), QTime(hour, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    }
    bool run(const QString &sql, const QVariantList &values = {})
    {
        Result<QSqlQuery> done = m_db.exec(sql, values);
        if (!done)
            qWarning("seed: %s", qPrintable(done.error().logMessage()));
        return done.has_value();
    }
    bool quote(const QString &id, const QString &createdAt, const QString &state, qint64 cents)
    {
        return run(QStringLiteral("INSERT INTO quotes(id, folio, branch_id, device_id, customer_name, price_list, "
                                  "subtotal_cents, tax_cents, total_cents, discount_cents, valid_until, state, "
                                  "created_by, created_at, sale_id) VALUES (?, ?, ?, 'd1', 'Cliente', 'retail', 0, 0, "
                                  "?, 0, '2099-12-31', ?, 'u1', ?, ?)"),
            { id, QString(QStringLiteral("COT-") + id), m_branch, cents, state, createdAt,
                state == QLatin1String("converted") ? QVariant(QString(QStringLiteral("sale-") + id)) : QVariant() });
    }
    bool message(const QString &quoteId, const QString &channel)
    {
        return run(QStringLiteral("INSERT INTO notification_messages(id, idempotency_key, event, channel, ref_type, "
                                  "ref_id, body, state, created_at) VALUES (?, ?, 'quote_sent', ?, 'quote', ?, 'x', "
                                  "'sent', ?)"),
            { QString(quoteId + channel), QString(quoteId + channel), channel, quoteId, at(-5, 17) });
    }
    bool order(const QString &id, const QString &status, const QString &mechanic,
        const QList<std::pair<QString, QString>> &moves)
    {
        if (!run(QStringLiteral("INSERT INTO service_orders(id, folio, branch_id, device_id, status, customer_name, "
                                "mechanic_name, opened_by, opened_at, updated_at) VALUES (?, ?, ?, 'd1', ?, "
                                "'Cliente', ?, 'u1', ?, ?)"),
                { id, QString(QStringLiteral("OS-") + id), m_branch, status, mechanic, moves.first().second,
                    moves.last().second }))
            return false;
        for (qsizetype i = 0; i < moves.size(); ++i)
            if (!run(QStringLiteral("INSERT INTO service_order_history(id, order_id, to_status, user_id, user_name, "
                                    "at) VALUES (?, ?, ?, 'u1', 'Asesor', ?)"),
                    { QString(id + QString::number(i)), id, moves.at(i).first, moves.at(i).second }))
                return false;
        return true;
    }
    bool labor(const QString &orderId, int lineNo, const QString &mechanic, qint64 hours, bool removed)
    {
        return run(QStringLiteral("INSERT INTO service_order_labor(id, order_id, line_no, description, "
                                  "mechanic_name, pricing, hours, rate_cents, amount_cents, removed, added_by, "
                                  "added_at) VALUES (?, ?, ?, 'Mano de obra', ?, 'hourly', ?, 50000, 0, ?, 'u1', ?)"),
            { QString(orderId + QString::number(lineNo)), orderId, lineNo, mechanic, hours, removed ? 1 : 0,
                at(0, 10) });
    }

    Database &m_db;
    QString m_branch;
    QDate m_day;
};

} // namespace nexus::test
