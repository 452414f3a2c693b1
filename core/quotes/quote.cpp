// The codes and titles of quote states, and the day a quote expires.
#include "quotes/quote.h"

#include <QCoreApplication>

namespace nexus {

QString quoteStateCode(QuoteState state)
{
    switch (state) {
    case QuoteState::Open:
        return QStringLiteral("open");
    case QuoteState::Converted:
        return QStringLiteral("converted");
    case QuoteState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<QuoteState> quoteStateFromCode(const QString &code)
{
    for (QuoteState state : { QuoteState::Open, QuoteState::Converted, QuoteState::Cancelled })
        if (quoteStateCode(state) == code)
            return state;
    return std::nullopt;
}

QString quoteStatusCode(QuoteStatus status)
{
    switch (status) {
    case QuoteStatus::Valid:
        return QStringLiteral("valid");
    case QuoteStatus::Expired:
        return QStringLiteral("expired");
    case QuoteStatus::Converted:
        return QStringLiteral("converted");
    case QuoteStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString quoteStatusTitle(QuoteStatus status)
{
    switch (status) {
    case QuoteStatus::Valid:
        return QCoreApplication::translate("nexus::Quote", "Valid");
    case QuoteStatus::Expired:
        return QCoreApplication::translate("nexus::Quote", "Expired");
    case QuoteStatus::Converted:
        return QCoreApplication::translate("nexus::Quote", "Converted");
    case QuoteStatus::Cancelled:
        return QCoreApplication::translate("nexus::Quote", "Cancelled");
    }
    return {};
}

QuoteStatus Quote::statusOn(const QDate &today) const
{
    switch (state) {
    case QuoteState::Converted:
        return QuoteStatus::Converted;
    case QuoteState::Cancelled:
        return QuoteStatus::Cancelled;
    case QuoteState::Open:
        break;
    }
    return today > validUntil ? QuoteStatus::Expired : QuoteStatus::Valid;
}

} // namespace nexus
