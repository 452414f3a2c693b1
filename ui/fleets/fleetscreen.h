// Flotillas: the fleets (companies) on the left; on the right their vehicles with a coloured maintenance status, the
// alerts of every fleet and the figures (cost per vehicle and per km, services per month). Keyboard: Ctrl+N marks a
// fleet, F2 edits it, F4 the selected vehicle's plan, F5 records a service, F6 applies the template to every
// vehicle, F7 queues the maintenance_due messages, F8 writes the month's statement PDF, Esc closes.
#pragma once

#include <QDate>
#include <QDialog>

#include "customers/customerservice.h"
#include "fleets/fleetoverview.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace nexus {

class LocalStore;
class NotificationService;

class FleetScreen final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetScreen)

public:
    FleetScreen(LocalStore &store, CustomerContext context, QString branchName, QWidget *parent = nullptr);
    ~FleetScreen() override;

    void refresh();
    // The fleet on the left ('' none) and the vehicle selected on the right ('' none).
    [[nodiscard]] QString currentFleetId() const;
    [[nodiscard]] QString currentVehicleId() const;
    [[nodiscard]] QListWidget *fleetList() const { return m_fleets; }
    [[nodiscard]] QTableWidget *vehicleTable() const { return m_vehicles; }
    [[nodiscard]] QTableWidget *alertTable() const { return m_alerts; }
    [[nodiscard]] QTableWidget *statsTable() const { return m_stats; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

    void markFleet();
    void editFleet();
    void editPlan();
    void recordService();
    void applyTemplate();
    void notifyDue();
    void chooseStatement();
    // Writes the statement of the period closing in `month` to `path`; the message says where or why not.
    bool exportStatement(QDate month, const QString &path);

private:
    void showFleet();
    void showVehicle();
    void fillAlerts();
    void fillStats();
    void message(const QString &text, bool error);
    [[nodiscard]] QDate today() const;
    [[nodiscard]] const VehicleMaintenance *currentVehicle() const;

    LocalStore &m_store;
    CustomerContext m_context;
    QString m_branchName;
    std::unique_ptr<NotificationService> m_notifications;
    QList<VehicleMaintenance> m_vehicleStates;
    QListWidget *m_fleets = nullptr;
    QLabel *m_fleetInfo = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_vehicles = nullptr;
    QLabel *m_detail = nullptr;
    QTableWidget *m_alerts = nullptr;
    QTableWidget *m_stats = nullptr;
    QLabel *m_months = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace nexus
