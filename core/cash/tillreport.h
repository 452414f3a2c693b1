// Everything an X or Z report shows, gathered once: the figures, the close (Z only) and the names to print.
#pragma once

#include <QString>

#include <vector>

#include "cash/tillclose.h"
#include "cash/tillfigures.h"

namespace nexus {

enum class TillReportKind {
    X, // any time while the till is open: what it should hold now; changes nothing
    Z // the close: expected against counted, numbered
};

struct TillReport
{
    TillReportKind kind = TillReportKind::X;
    TillFigures figures;
    // Z only: the frozen close.
    int zNumber = 0;
    Money countedCash;
    std::vector<TenderCount> tenders;
    std::vector<DenominationCount> pieces;

    QString branchName; // "Centro (CEN)"
    QString deviceName; // settings.device_name, else the device id
    QString openedByName; // display names, else the user id
    QString closedByName;
    QString printedAtUtc; // when the X was taken
};

} // namespace nexus
