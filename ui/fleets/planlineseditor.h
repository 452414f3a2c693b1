// The lines of a maintenance plan as an editable table (Servicio, Cada km, Cada meses): Ctrl+Ins adds a line, Ctrl+Del
// removes the current one; used by the fleet's template and by a vehicle's plan.
#pragma once

#include <QTableWidget>

#include "fleets/fleet.h"

namespace nexus {

class PlanLinesEditor final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanLinesEditor)

public:
    explicit PlanLinesEditor(QWidget *parent = nullptr);

    void setLines(const QList<MaintenancePlanLine> &lines);
    // The rows as typed (blank rows left out); numbers that do not parse read as 0 (validation names them).
    [[nodiscard]] QList<MaintenancePlanLine> lines() const;
    void addLine(const MaintenancePlanLine &line = {});
    void removeCurrent();
};

} // namespace nexus
