// A vehicle's maintenance plan: its lines edited as a table; Enter saves the whole plan through FleetService (a line
// left out is taken off the plan, its log kept).
#pragma once

#include <QDialog>

#include "customers/customercrm.h"
#include "customers/customerservice.h"

class QLabel;

namespace nexus {

class Database;
class PlanLinesEditor;

class VehiclePlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VehiclePlanDialog)

public:
    VehiclePlanDialog(Database &db, CustomerContext context, CustomerVehicle vehicle, QWidget *parent = nullptr);

    [[nodiscard]] PlanLinesEditor *lines() const { return m_lines; }
    void accept() override;

private:
    Database &m_db;
    CustomerContext m_context;
    CustomerVehicle m_vehicle;
    PlanLinesEditor *m_lines = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
