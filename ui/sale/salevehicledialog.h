// Vehículo de la venta (Ctrl+P at the counter): VIN or plates typed, or — when the sale's customer has vehicles on
// file — one of theirs picked from the list with ↓ and Enter. The chosen vehicle filters the catalogue and the sale is
// recorded for it (sales.vehicle_id: a fleet vehicle's cost counts its counter sales).
#pragma once

#include <QDialog>

#include <functional>

#include "common/error.h"
#include "customers/customercrm.h"

class QLabel;
class QLineEdit;
class QListWidget;

namespace nexus {

class SaleVehicleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaleVehicleDialog)

public:
    struct Actions
    {
        std::function<Status(const QString &typed)> lookUp; // a VIN or plates; '' takes the vehicle off
        std::function<Status(const QString &vehicleId)> pick; // one of the listed vehicles; '' for none
    };

    // `owner`: the sale's customer's name ('' with no customer); `vehicles`: theirs (the list is hidden when empty);
    // `currentId`: the vehicle the sale has now, selected in the list; `typed`: the VIN or plates typed before.
    SaleVehicleDialog(const QString &owner, const QList<CustomerVehicle> &vehicles, const QString &currentId,
        const QString &typed, Actions actions, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *edit() const { return m_edit; }
    [[nodiscard]] QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lookUp();
    void pickCurrent();
    void finish(const Status &result, QWidget *focusBack);

    QLineEdit *m_edit = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    Actions m_actions;
};

} // namespace nexus
