// Registrar servicio: what a vehicle had done — the day, the odometer, the plan lines it covered (the due ones come
// ticked) and the delivered service order it came from when there is one (choosing it fills its day and reading).
#pragma once

#include <QDialog>

#include "customers/customerservice.h"
#include "fleets/fleetoverview.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace nexus {

class Database;

class RecordServiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordServiceDialog)

public:
    // `orderId`: preselect this delivered order ('' none).
    RecordServiceDialog(Database &db, CustomerContext context, const VehicleMaintenance &vehicle, QDate today,
        const QString &orderId = {}, QWidget *parent = nullptr);

    [[nodiscard]] int recorded() const { return m_recorded; }
    void accept() override;

private:
    void orderChosen();

    Database &m_db;
    CustomerContext m_context;
    QString m_vehicleId;
    int m_recorded = 0;
    QComboBox *m_order = nullptr;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_km = nullptr;
    QListWidget *m_items = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
