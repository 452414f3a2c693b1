// Lists of customers by segment for campaigns (issue 7, CRM): the active customers that carry a tag, sit in a
// loyalty tier, run a churn risk and last bought within a range, with the contact a campaign may use. A customer who
// opted out of messages is left out; one who opted out of a channel (notifications preferences) is listed without
// that channel's contact, and left out when no channel is left (as is one with no phone and no e-mail).
#pragma once

#include <QDate>
#include <QDateTime>

#include <optional>

#include "common/error.h"
#include "customers/customeranalytics.h"
#include "customers/loyalty.h"
#include "reports/reporttable.h"

namespace nexus {

class Database;

struct CampaignFilter
{
    QString tag; // '' any (matched as normalised, like the card's tags)
    std::optional<LoyaltyTier> tier;
    std::optional<ChurnRisk> churn;
    QDate lastPurchaseFrom; // invalid: no lower bound (the branch's local date of the last purchase)
    QDate lastPurchaseTo; // invalid: no upper bound
};

struct CampaignList
{
    ReportTable table; // name, phone (WhatsApp), e-mail, tags, tier, churn risk, last purchase, points
    int leftOut = 0; // matched the segment but opted out of every channel they could be reached by
};

// Refused (field "last_purchase") when the range ends before it starts.
[[nodiscard]] Result<CampaignList> campaignList(Database &db, const CampaignFilter &filter, const QDateTime &nowUtc);

} // namespace nexus
