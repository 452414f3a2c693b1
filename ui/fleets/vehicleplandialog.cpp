// Vehicle plan dialog: the editor filled from the active lines, saved whole.
#include "fleets/vehicleplandialog.h"

#include "common/clock.h"
#include "common/formstatus.h"
#include "fleets/fleetservice.h"
#include "fleets/fleetstore.h"
#include "fleets/planlineseditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace nexus {

VehiclePlanDialog::VehiclePlanDialog(Database &db, CustomerContext context, CustomerVehicle vehicle, QWidget *parent)
    : QDialog(parent), m_db(db), m_context(std::move(context)), m_vehicle(std::move(vehicle))
{
    setObjectName(QStringLiteral("vehiclePlanDialog"));
    setWindowTitle(tr("Maintenance plan: %1").arg(m_vehicle.describe()));
    resize(600, 420);
    auto *layout = new QVBoxLayout(this);
    auto *caption = new QLabel(
        tr("Each maintenance every so many km, months or both, whichever comes first (Ctrl+Ins adds, Ctrl+Del removes; "
           "Ctrl+Enter saves):"),
        this);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    m_lines = new PlanLinesEditor(this);
    QList<MaintenancePlanLine> current;
    if (Result<QList<MaintenancePlanItem>> items = FleetStore(db).planItems(m_vehicle.id); items)
        for (const MaintenancePlanItem &item : *items)
            current << item.line;
    m_lines->setLines(current);
    layout->addWidget(m_lines, 1);
    m_error = formstatus::line("vehiclePlanError", this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VehiclePlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VehiclePlanDialog::reject);
    // Enter inside the table belongs to the table; Ctrl+Enter saves from anywhere.
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &VehiclePlanDialog::accept);
    layout->addWidget(buttons);
    m_lines->setFocus();
}

void VehiclePlanDialog::accept()
{
    Result<QList<MaintenancePlanItem>> saved
        = FleetService(m_db, Clock::system()).savePlan(m_vehicle.id, m_lines->lines(), m_context);
    if (!saved) {
        formstatus::show(m_error, saved.error().message(), true);
        return;
    }
    QDialog::accept();
}

} // namespace nexus
