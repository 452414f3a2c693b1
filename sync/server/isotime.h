// The one timestamp format the server stores and sends: UTC ISO-8601 with milliseconds ("…T10:00:00.000Z").
#pragma once

#include <QDateTime>
#include <QString>

namespace nexus {

// Fixed width and always UTC, so stored timestamps compare correctly as text in SQL.
[[nodiscard]] inline QString isoUtc(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace nexus
