// The campaign list: each active customer's tags, preferences and analytics (customeranalytics.h, the same tier and
// churn rule as the card), kept when they match the segment.
#include "customers/campaignlist.h"

#include "customers/customercrm.h"
#include "customers/customercrmstore.h"
#include "notifications/notificationstore.h"
#include "store/database.h"

#include <QCoreApplication>

namespace nexus {

namespace {

// The list's words, in the UI language.
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(nexus::CampaignList)
};

QString tierTitle(LoyaltyTier tier)
{
    switch (tier) {
    case LoyaltyTier::Bronze: return Text::tr("Bronze");
    case LoyaltyTier::Silver: return Text::tr("Silver");
    case LoyaltyTier::Gold: return Text::tr("Gold");
    case LoyaltyTier::Platinum: return Text::tr("Platinum");
    }
    return {};
}

QString churnTitle(ChurnRisk risk)
{
    switch (risk) {
    case ChurnRisk::Unknown: return Text::tr("Not enough purchases");
    case ChurnRisk::Low: return Text::tr("Low");
    case ChurnRisk::Medium: return Text::tr("Medium");
    case ChurnRisk::High: return Text::tr("High");
    }
    return {};
}

} // namespace

Result<CampaignList> campaignList(Database &db, const CampaignFilter &filter, const QDateTime &nowUtc)
{
    if (filter.lastPurchaseFrom.isValid() && filter.lastPurchaseTo.isValid()
        && filter.lastPurchaseTo < filter.lastPurchaseFrom)
        return fail(ErrorCode::InvalidInput, NX_ERR("The last purchase range ends before it starts"), {},
            QStringLiteral("last_purchase"));
    const QStringList wanted = normalizeTags({ filter.tag });
    CampaignList list;
    ReportTable &t = list.table;
    t.title = Text::tr("Customers for a campaign");
    t.timeZone = QTimeZone::systemTimeZone();
    t.columns = { { QStringLiteral("customer_id"), Text::tr("Id"), ColumnType::Text, false },
        { QStringLiteral("name"), Text::tr("Customer"), ColumnType::Text, false },
        { QStringLiteral("whatsapp"), Text::tr("WhatsApp"), ColumnType::Text, false },
        { QStringLiteral("email"), Text::tr("E-mail"), ColumnType::Text, false },
        { QStringLiteral("tags"), Text::tr("Tags"), ColumnType::Text, false },
        { QStringLiteral("tier"), Text::tr("Tier"), ColumnType::Text, false },
        { QStringLiteral("churn_risk"), Text::tr("Churn risk"), ColumnType::Text, false },
        { QStringLiteral("last_purchase"), Text::tr("Last purchase"), ColumnType::DateTime, false },
        { QStringLiteral("points"), Text::tr("Points"), ColumnType::Count, false } };

    Result<QSqlQuery> customers = db.exec(
        QStringLiteral("SELECT id, name, phone, email FROM customers WHERE active = 1 ORDER BY name, id"));
    if (!customers)
        return std::unexpected(customers.error());
    CustomerCrmStore crm(db);
    NotificationStore notices(db);
    while (customers->next()) {
        const QString id = customers->value(0).toString();
        Result<QStringList> tags = crm.tags(id);
        if (!tags)
            return std::unexpected(tags.error());
        if (!wanted.isEmpty() && !tags->contains(wanted.first()))
            continue;
        Result<CustomerAnalytics> a = customerAnalytics(db, id, nowUtc);
        if (!a)
            return std::unexpected(a.error());
        if ((filter.tier && a->tier != *filter.tier) || (filter.churn && a->churn != *filter.churn))
            continue;
        const QDate last = a->lastPurchaseUtc.isEmpty()
            ? QDate()
            : QDateTime::fromString(a->lastPurchaseUtc, Qt::ISODateWithMs).toTimeZone(t.timeZone).date();
        if ((filter.lastPurchaseFrom.isValid() || filter.lastPurchaseTo.isValid()) && !last.isValid())
            continue;
        if ((filter.lastPurchaseFrom.isValid() && last < filter.lastPurchaseFrom)
            || (filter.lastPurchaseTo.isValid() && last > filter.lastPurchaseTo))
            continue;
        Result<CustomerChannelPreferences> allowed = notices.preferences(id);
        if (!allowed)
            return std::unexpected(allowed.error());
        const QString storedPhone = customers->value(2).toString().trimmed();
        const QString storedEmail = customers->value(3).toString().trimmed();
        if (storedPhone.isEmpty() && storedEmail.isEmpty())
            continue; // nothing to reach them with
        const QString phone = allowed->whatsapp && !allowed->optedOut ? storedPhone : QString();
        const QString email = allowed->email && !allowed->optedOut ? storedEmail : QString();
        if (phone.isEmpty() && email.isEmpty()) {
            ++list.leftOut;
            continue;
        }
        t.rows << QVariantList { id, customers->value(1).toString(), phone, email, tags->join(QStringLiteral(", ")),
            tierTitle(a->tier), churnTitle(a->churn),
            a->lastPurchaseUtc.isEmpty() ? QVariant() : QVariant(a->lastPurchaseUtc), a->points };
    }
    if (list.leftOut > 0)
        t.notes << Text::tr("%n customer(s) of the segment opted out of every channel and are not listed", nullptr,
            list.leftOut);
    return list;
}

} // namespace nexus
