// Codes and names of the service order's line states, labor pricing and checklist marks.
#include "workshop/serviceorder.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nexus {

qint64 serviceOrderNumber(const QString &folio)
{
    // The digits right after "OS" (with or without its dash); a series or a device tag around them does not count.
    static const QRegularExpression number(QStringLiteral("OS-?(\\d+)"));
    const QRegularExpressionMatch match = number.match(folio);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

QString partLineStatusCode(PartLineStatus status)
{
    switch (status) {
    case PartLineStatus::Requested:
        return QStringLiteral("requested");
    case PartLineStatus::Reserved:
        return QStringLiteral("reserved");
    case PartLineStatus::Released:
        return QStringLiteral("released");
    case PartLineStatus::Charged:
        return QStringLiteral("charged");
    }
    return {};
}

Result<PartLineStatus> partLineStatusFromCode(const QString &code)
{
    for (PartLineStatus status :
        { PartLineStatus::Requested, PartLineStatus::Reserved, PartLineStatus::Released, PartLineStatus::Charged })
        if (partLineStatusCode(status) == code)
            return status;
    return fail(ErrorCode::InvalidInput, NX_ERR("Unknown part line status \"%1\""), { code }, QStringLiteral("status"));
}

QString partLineStatusName(PartLineStatus status)
{
    switch (status) {
    case PartLineStatus::Requested:
        return QCoreApplication::translate("nexus::PartLineStatus", "Requested");
    case PartLineStatus::Reserved:
        return QCoreApplication::translate("nexus::PartLineStatus", "Reserved");
    case PartLineStatus::Released:
        return QCoreApplication::translate("nexus::PartLineStatus", "Released");
    case PartLineStatus::Charged:
        return QCoreApplication::translate("nexus::PartLineStatus", "Charged");
    }
    return {};
}

QString laborPricingCode(LaborPricing pricing)
{
    return pricing == LaborPricing::Hourly ? QStringLiteral("hourly") : QStringLiteral("flat");
}

Result<LaborPricing> laborPricingFromCode(const QString &code)
{
    if (code == QLatin1String("hourly"))
        return LaborPricing::Hourly;
    if (code == QLatin1String("flat"))
        return LaborPricing::Flat;
    return fail(ErrorCode::InvalidInput, NX_ERR("Labor is priced \"hourly\" or \"flat\", not \"%1\""), { code },
        QStringLiteral("pricing"));
}

QString checklistStateCode(ChecklistState state)
{
    switch (state) {
    case ChecklistState::Unchecked:
        return QStringLiteral("unchecked");
    case ChecklistState::Ok:
        return QStringLiteral("ok");
    case ChecklistState::Attention:
        return QStringLiteral("attention");
    case ChecklistState::Urgent:
        return QStringLiteral("urgent");
    }
    return {};
}

Result<ChecklistState> checklistStateFromCode(const QString &code)
{
    for (ChecklistState state :
        { ChecklistState::Unchecked, ChecklistState::Ok, ChecklistState::Attention, ChecklistState::Urgent })
        if (checklistStateCode(state) == code)
            return state;
    return fail(ErrorCode::InvalidInput, NX_ERR("A checklist item is ok, attention or urgent, not \"%1\""), { code },
        QStringLiteral("state"));
}

QString checklistStateName(ChecklistState state)
{
    switch (state) {
    case ChecklistState::Unchecked:
        return QCoreApplication::translate("nexus::ChecklistState", "Not checked");
    case ChecklistState::Ok:
        return QCoreApplication::translate("nexus::ChecklistState", "OK");
    case ChecklistState::Attention:
        return QCoreApplication::translate("nexus::ChecklistState", "Needs attention");
    case ChecklistState::Urgent:
        return QCoreApplication::translate("nexus::ChecklistState", "Urgent");
    }
    return {};
}

QString vehicleTitle(const VehicleSnapshot &vehicle)
{
    QStringList words;
    for (const QString &word : { vehicle.make.trimmed(), vehicle.model.trimmed() })
        if (!word.isEmpty())
            words << word;
    if (vehicle.year > 0)
        words << QString::number(vehicle.year);
    return words.join(QLatin1Char(' '));
}

} // namespace nexus
