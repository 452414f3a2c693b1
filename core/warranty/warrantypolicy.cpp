// The warranty period rule and the policies table.
#include "warranty/warrantypolicy.h"

#include "store/database.h"
#include "warranty/warrantypayload.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace nexus {

namespace {

std::optional<int> policyDays(const QList<WarrantyPolicy> &policies, WarrantyScope scope, qint64 brandId,
    qint64 categoryId)
{
    for (const WarrantyPolicy &policy : policies)
        if (policy.scope == scope && policy.brandId == brandId && policy.categoryId == categoryId)
            return policy.days;
    return std::nullopt;
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Status checkDays(int days)
{
    if (days < 0 || days > kMaxWarrantyDays)
        return fail(ErrorCode::InvalidInput, NX_ERR("The warranty must be between 0 and %1 days"),
            { QString::number(kMaxWarrantyDays) }, QStringLiteral("days"));
    return {};
}

} // namespace

QString warrantyScopeCode(WarrantyScope scope)
{
    return scope == WarrantyScope::Labor ? QStringLiteral("labor") : QStringLiteral("part");
}

WarrantyPeriod warrantyPeriod(const WarrantyLineFacts &line, const QList<WarrantyPolicy> &policies)
{
    if (line.overrideDays)
        return { *line.overrideDays, WarrantySource::LineOverride };
    if (line.labor) {
        const std::optional<int> days = policyDays(policies, WarrantyScope::Labor, 0, 0);
        return { days.value_or(0), days ? WarrantySource::Labor : WarrantySource::None };
    }
    if (line.brandId > 0 && line.categoryId > 0)
        if (const std::optional<int> days = policyDays(policies, WarrantyScope::Part, line.brandId, line.categoryId))
            return { *days, WarrantySource::BrandCategory };
    if (line.categoryId > 0)
        if (const std::optional<int> days = policyDays(policies, WarrantyScope::Part, 0, line.categoryId))
            return { *days, WarrantySource::Category };
    if (line.brandId > 0)
        if (const std::optional<int> days = policyDays(policies, WarrantyScope::Part, line.brandId, 0))
            return { *days, WarrantySource::Brand };
    if (line.catalogueDays > 0)
        return { line.catalogueDays, WarrantySource::Catalogue };
    return {};
}

QString warrantySourceTitle(WarrantySource source)
{
    switch (source) {
    case WarrantySource::None: return QCoreApplication::translate("nexus::Warranty", "No warranty");
    case WarrantySource::LineOverride: return QCoreApplication::translate("nexus::Warranty", "Set on the ticket");
    case WarrantySource::BrandCategory: return QCoreApplication::translate("nexus::Warranty", "Brand and category policy");
    case WarrantySource::Category: return QCoreApplication::translate("nexus::Warranty", "Category policy");
    case WarrantySource::Brand: return QCoreApplication::translate("nexus::Warranty", "Brand policy");
    case WarrantySource::Catalogue: return QCoreApplication::translate("nexus::Warranty", "Catalogue");
    case WarrantySource::Labor: return QCoreApplication::translate("nexus::Warranty", "Labor policy");
    }
    return {};
}

QString warrantyPeriodText(int days)
{
    if (days <= 0)
        return QCoreApplication::translate("nexus::Warranty", "No warranty");
    const auto say = [](int count, const char *one, const char *many) {
        return count == 1 ? QCoreApplication::translate("nexus::Warranty", one)
                          : QCoreApplication::translate("nexus::Warranty", many).arg(count);
    };
    if (days % 365 == 0)
        return say(days / 365, QT_TRANSLATE_NOOP("nexus::Warranty", "1 year"),
            QT_TRANSLATE_NOOP("nexus::Warranty", "%1 years"));
    if (days % 30 == 0)
        return say(days / 30, QT_TRANSLATE_NOOP("nexus::Warranty", "1 month"),
            QT_TRANSLATE_NOOP("nexus::Warranty", "%1 months"));
    return say(days, QT_TRANSLATE_NOOP("nexus::Warranty", "1 day"), QT_TRANSLATE_NOOP("nexus::Warranty", "%1 days"));
}

Result<QList<WarrantyPolicy>> WarrantyPolicyStore::policies() const
{
    Result<QSqlQuery> query = m_db.exec(QStringLiteral(
        "SELECT scope, brand_id, category_id, days, label, updated_by, updated_at FROM warranty_policies "
        "ORDER BY scope DESC, label, brand_id, category_id"));
    if (!query)
        return std::unexpected(query.error());
    QList<WarrantyPolicy> out;
    while (query->next())
        out.append({ query->value(0).toString() == QLatin1String("labor") ? WarrantyScope::Labor : WarrantyScope::Part,
            query->value(1).toLongLong(), query->value(2).toLongLong(), query->value(3).toInt(),
            query->value(4).toString(), query->value(5).toString(), query->value(6).toString() });
    return out;
}

Status validateWarrantyPolicy(const WarrantyPolicy &policy)
{
    if (Status ok = checkDays(policy.days); !ok)
        return ok;
    if (policy.scope == WarrantyScope::Part && policy.brandId <= 0 && policy.categoryId <= 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the brand or the category the warranty applies to"), {},
            QStringLiteral("category_id"));
    if (policy.scope == WarrantyScope::Labor && (policy.brandId != 0 || policy.categoryId != 0))
        return fail(ErrorCode::InvalidInput, NX_ERR("The labor warranty applies to every service"), {},
            QStringLiteral("scope"));
    return {};
}

Status WarrantyPolicyStore::save(const WarrantyPolicy &policy, const QString &userName, const QString &nowUtc)
{
    if (Status ok = validateWarrantyPolicy(policy); !ok)
        return ok;
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<QSqlQuery> saved = m_db.exec(
        QStringLiteral("INSERT INTO warranty_policies(scope, brand_id, category_id, days, label, updated_by, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(scope, brand_id, category_id) DO UPDATE "
                       "SET days = excluded.days, label = excluded.label, updated_by = excluded.updated_by, "
                       "updated_at = excluded.updated_at"),
        { warrantyScopeCode(policy.scope), policy.brandId, policy.categoryId, policy.days,
            text(policy.label.simplified()), text(userName), text(nowUtc) });
    if (!saved)
        return std::unexpected(saved.error());
    // Up to the server, and from there to every counter of the tenant (the "workshop" pull bucket).
    QJsonObject payload = warrantyPolicyKeyJson(policy.scope, policy.brandId, policy.categoryId);
    payload.insert(QStringLiteral("days"), policy.days);
    payload.insert(QStringLiteral("label"), policy.label.simplified());
    payload.insert(QStringLiteral("updated_by"), userName);
    payload.insert(QStringLiteral("at"), nowUtc);
    if (Status fact = appendWarrantyFact(m_db, warrantymutation::kPolicySaved, payload, nowUtc); !fact)
        return fact;
    return transaction.commit();
}

Status WarrantyPolicyStore::remove(WarrantyScope scope, qint64 brandId, qint64 categoryId, const QString &nowUtc)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<QSqlQuery> removed
        = m_db.exec(QStringLiteral("DELETE FROM warranty_policies WHERE scope = ? AND brand_id = ? AND category_id = ?"),
            { warrantyScopeCode(scope), brandId, categoryId });
    if (!removed)
        return std::unexpected(removed.error());
    QJsonObject payload = warrantyPolicyKeyJson(scope, brandId, categoryId);
    payload.insert(QStringLiteral("at"), nowUtc);
    if (Status fact = appendWarrantyFact(m_db, warrantymutation::kPolicyRemoved, payload, nowUtc); !fact)
        return fact;
    return transaction.commit();
}

Status WarrantyPolicyStore::overrideLine(const QString &saleId, int lineNo, int days, const QString &reason,
    const QString &userId, const QString &nowUtc)
{
    if (Status ok = checkDays(days); !ok)
        return ok;
    if (reason.simplified().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say why this line has another warranty"), {},
            QStringLiteral("reason"));
    Result<QVariant> line = m_db.scalar(
        QStringLiteral("SELECT 1 FROM sale_lines WHERE sale_id = ? AND line_no = ?"), { saleId, lineNo });
    if (!line)
        return std::unexpected(line.error());
    if (!line->isValid())
        return fail(ErrorCode::NotFound, NX_ERR("The ticket has no line %1"), { QString::number(lineNo) },
            QStringLiteral("line_no"));
    Result<QSqlQuery> saved = m_db.exec(
        QStringLiteral("INSERT INTO warranty_line_overrides(sale_id, line_no, days, reason, set_by, set_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sale_id, line_no) DO UPDATE SET days = excluded.days, "
                       "reason = excluded.reason, set_by = excluded.set_by, set_at = excluded.set_at"),
        { saleId, lineNo, days, reason.simplified(), text(userId), text(nowUtc) });
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

} // namespace nexus
