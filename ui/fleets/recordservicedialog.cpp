// Record-a-service dialog: a form over ServiceDone; the delivered orders come from FleetStore::unrecordedOrders.
#include "fleets/recordservicedialog.h"

#include "common/clock.h"
#include "common/formstatus.h"
#include "fleets/fleetservice.h"
#include "fleets/fleetstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nexus {

RecordServiceDialog::RecordServiceDialog(Database &db, CustomerContext context, const VehicleMaintenance &vehicle,
    QDate today, const QString &orderId, QWidget *parent)
    : QDialog(parent), m_db(db), m_context(std::move(context)), m_vehicleId(vehicle.vehicle.id)
{
    setObjectName(QStringLiteral("recordServiceDialog"));
    setWindowTitle(tr("Record a service: %1").arg(vehicle.vehicle.describe()));
    resize(560, 480);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("serviceOrderChoice"));
    m_order->addItem(tr("No service order"), QString());
    if (Result<QList<UnrecordedOrder>> orders = FleetStore(db).unrecordedOrders(m_vehicleId); orders)
        for (const UnrecordedOrder &order : *orders)
            m_order->addItem(tr("%1 · delivered %2 · %3 km")
                                 .arg(order.folio, order.on.toString(QStringLiteral("dd/MM/yyyy")),
                                     QLocale(QLocale::Spanish, QLocale::Mexico).toString(order.mileageKm)),
                QVariantList { order.id, order.on, order.mileageKm });
    form->addRow(tr("Service &order"), m_order);
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("serviceDate"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setMaximumDate(today);
    m_date->setCalendarPopup(true);
    form->addRow(tr("&Day"), m_date);
    m_km = new QSpinBox(this);
    m_km->setObjectName(QStringLiteral("serviceKm"));
    m_km->setRange(0, static_cast<int>(kMaxOdometerKm));
    m_km->setGroupSeparatorShown(true);
    m_km->setSuffix(QStringLiteral(" km"));
    m_km->setValue(static_cast<int>(vehicle.odometer.km));
    form->addRow(tr("&Odometer"), m_km);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Maintenances done (Space ticks):"), this));
    m_items = new QListWidget(this);
    m_items->setObjectName(QStringLiteral("serviceItems"));
    for (const PlanItemState &state : vehicle.items) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(state.item.line.name, maintenanceStatusTitle(state.due.status)), m_items);
        item->setData(Qt::UserRole, state.item.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(state.due.status == MaintenanceStatus::Ok ? Qt::Unchecked : Qt::Checked);
    }
    if (m_items->count() > 0)
        m_items->setCurrentRow(0);
    layout->addWidget(m_items, 1);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("serviceNote"));
    m_note->setPlaceholderText(tr("Note (brand of oil, parts…)"));
    layout->addWidget(m_note);
    m_error = formstatus::line("recordServiceError", this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Record"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordServiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordServiceDialog::reject);
    layout->addWidget(buttons);
    connect(m_order, &QComboBox::currentIndexChanged, this, &RecordServiceDialog::orderChosen);
    if (!orderId.isEmpty())
        for (int i = 1; i < m_order->count(); ++i)
            if (m_order->itemData(i).toList().value(0).toString() == orderId)
                m_order->setCurrentIndex(i);
    m_items->setFocus();
}

void RecordServiceDialog::orderChosen()
{
    const QVariantList order = m_order->currentData().toList();
    if (order.isEmpty())
        return;
    m_date->setDate(order.value(1).toDate());
    if (order.value(2).toLongLong() > 0)
        m_km->setValue(static_cast<int>(order.value(2).toLongLong()));
}

void RecordServiceDialog::accept()
{
    ServiceDone done;
    done.on = m_date->date();
    done.odometerKm = m_km->value();
    done.serviceOrderId = m_order->currentData().toList().value(0).toString();
    done.note = m_note->text();
    for (int i = 0; i < m_items->count(); ++i)
        if (m_items->item(i)->checkState() == Qt::Checked)
            done.planItemIds << m_items->item(i)->data(Qt::UserRole).toString();
    Result<QList<MaintenanceRecord>> recorded
        = FleetService(m_db, Clock::system()).recordService(m_vehicleId, done, m_context);
    if (!recorded) {
        formstatus::show(m_error, recorded.error().message(), true);
        return;
    }
    m_recorded = static_cast<int>(recorded->size());
    QDialog::accept();
}

} // namespace nexus
