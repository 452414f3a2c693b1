// Flotillas wiring: core's FleetOverview / fleetStats / fleetStatement on screen, the dialogs, the statement PDF
// through the reports' PDF writer.
#include "fleets/fleetscreen.h"

#include "common/clock.h"
#include "common/formstatus.h"
#include "common/money.h"
#include "fleets/fleeteditdialog.h"
#include "fleets/fleetservice.h"
#include "fleets/fleetstats.h"
#include "fleets/fleetstore.h"
#include "fleets/recordservicedialog.h"
#include "fleets/vehicleplandialog.h"
#include "notifications/notificationservice.h"
#include "reports/reportpdf.h"
#include "store/localstore.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nexus {

namespace {

QColor statusBackground(MaintenanceStatus status)
{
    switch (status) {
    case MaintenanceStatus::Overdue:
        return QColor(0xfd, 0xdc, 0xdc);
    case MaintenanceStatus::Soon:
        return QColor(0xff, 0xf1, 0xc2);
    case MaintenanceStatus::Ok:
        return QColor(0xdf, 0xf3, 0xe4);
    }
    return {};
}

QString day(const std::optional<QDate> &date)
{
    return date ? date->toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

QString kilometres(qint64 km)
{
    return QLocale(QLocale::Spanish, QLocale::Mexico).toString(km) + QStringLiteral(" km");
}

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, std::optional<MaintenanceStatus> status = {})
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        if (status)
            item->setBackground(statusBackground(*status));
        t->setItem(row, column, item);
    }
}

} // namespace

FleetScreen::FleetScreen(LocalStore &store, CustomerContext context, QString branchName, QWidget *parent)
    : QDialog(parent), m_store(store), m_context(std::move(context)), m_branchName(std::move(branchName)),
      m_notifications(std::make_unique<NotificationService>(store.db(), Clock::system()))
{
    setObjectName(QStringLiteral("fleetScreen"));
    setWindowTitle(tr("Fleets"));
    resize(1280, 700);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 10);

    auto *buttons = new QHBoxLayout;
    auto addButton = [&](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        auto *button = new QPushButton(text + QStringLiteral(" (") + key.toString(QKeySequence::NativeText)
                + QStringLiteral(")"),
            this);
        button->setObjectName(name);
        button->setAutoDefault(false);
        buttons->addWidget(button);
        connect(button, &QPushButton::clicked, this, slot);
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addButton(QStringLiteral("markFleetButton"), tr("New fleet"), QKeySequence(Qt::CTRL | Qt::Key_N),
        &FleetScreen::markFleet);
    addButton(QStringLiteral("editFleetButton"), tr("Fleet"), QKeySequence(Qt::Key_F2), &FleetScreen::editFleet);
    addButton(QStringLiteral("planButton"), tr("Plan"), QKeySequence(Qt::Key_F4), &FleetScreen::editPlan);
    addButton(QStringLiteral("recordServiceButton"), tr("Record service"), QKeySequence(Qt::Key_F5),
        &FleetScreen::recordService);
    addButton(QStringLiteral("applyTemplateButton"), tr("Apply template"), QKeySequence(Qt::Key_F6),
        &FleetScreen::applyTemplate);
    addButton(QStringLiteral("notifyDueButton"), tr("Notify due"), QKeySequence(Qt::Key_F7), &FleetScreen::notifyDue);
    addButton(QStringLiteral("statementButton"), tr("Statement PDF"), QKeySequence(Qt::Key_F8),
        &FleetScreen::chooseStatement);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_message = formstatus::line("fleetMessage", this);
    layout->addWidget(m_message);

    auto *split = new QSplitter(this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *fleetsLabel = new QLabel(tr("&Fleets"), left);
    leftLayout->addWidget(fleetsLabel);
    m_fleets = new QListWidget(left);
    m_fleets->setObjectName(QStringLiteral("fleetList"));
    fleetsLabel->setBuddy(m_fleets);
    leftLayout->addWidget(m_fleets, 1);
    m_fleetInfo = new QLabel(left);
    m_fleetInfo->setObjectName(QStringLiteral("fleetInfo"));
    m_fleetInfo->setWordWrap(true);
    leftLayout->addWidget(m_fleetInfo);
    split->addWidget(left);

    m_tabs = new QTabWidget(split);
    auto *vehiclesPage = new QWidget(m_tabs);
    auto *vehiclesLayout = new QVBoxLayout(vehiclesPage);
    m_vehicles = table(vehiclesPage, QStringLiteral("fleetVehicles"),
        { tr("Vehicle"), tr("Plates"), tr("Odometer"), tr("Next maintenance"), tr("Due on"), tr("Km left"),
            tr("Status") });
    vehiclesLayout->addWidget(m_vehicles, 3);
    m_detail = new QLabel(vehiclesPage);
    m_detail->setObjectName(QStringLiteral("vehicleDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    vehiclesLayout->addWidget(m_detail, 2);
    m_tabs->addTab(vehiclesPage, tr("Vehicles"));
    m_alerts = table(m_tabs, QStringLiteral("fleetAlerts"),
        { tr("Fleet"), tr("Vehicle"), tr("Maintenance"), tr("Due on"), tr("Km left"), tr("Status") });
    m_tabs->addTab(m_alerts, tr("Alerts"));
    auto *statsPage = new QWidget(m_tabs);
    auto *statsLayout = new QVBoxLayout(statsPage);
    m_stats = table(statsPage, QStringLiteral("fleetStats"),
        { tr("Vehicle"), tr("Orders"), tr("Services"), tr("Cost"), tr("Km driven"), tr("Cost per km") });
    statsLayout->addWidget(m_stats, 1);
    m_months = new QLabel(statsPage);
    m_months->setObjectName(QStringLiteral("servicesPerMonth"));
    m_months->setWordWrap(true);
    statsLayout->addWidget(m_months);
    m_tabs->addTab(statsPage, tr("Figures (12 months)"));
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    layout->addWidget(split, 1);

    connect(m_fleets, &QListWidget::currentRowChanged, this, &FleetScreen::showFleet);
    connect(m_vehicles, &QTableWidget::currentCellChanged, this, &FleetScreen::showVehicle);
    connect(m_vehicles, &QTableWidget::cellActivated, this, &FleetScreen::recordService);
    for (int i = 0; i < 3; ++i) {
        auto *tab = new QShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)), this);
        connect(tab, &QShortcut::activated, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    refresh();
    m_fleets->setFocus();
}

FleetScreen::~FleetScreen() = default;

QDate FleetScreen::today() const
{
    return QDate::currentDate();
}

void FleetScreen::message(const QString &text, bool error)
{
    formstatus::show(m_message, text, error);
}

QString FleetScreen::currentFleetId() const
{
    return m_fleets->currentItem() ? m_fleets->currentItem()->data(Qt::UserRole).toString() : QString();
}

const VehicleMaintenance *FleetScreen::currentVehicle() const
{
    const int row = m_vehicles->currentRow();
    return row >= 0 && row < m_vehicleStates.size() ? &m_vehicleStates[row] : nullptr;
}

QString FleetScreen::currentVehicleId() const
{
    const VehicleMaintenance *v = currentVehicle();
    return v ? v->vehicle.id : QString();
}

void FleetScreen::refresh()
{
    const QString current = currentFleetId();
    Result<QList<Fleet>> fleets = FleetStore(m_store.db()).fleets();
    if (!fleets) {
        message(fleets.error().message(), true);
        return;
    }
    {
        const QSignalBlocker block(m_fleets);
        m_fleets->clear();
        for (const Fleet &fleet : *fleets) {
            auto *item = new QListWidgetItem(fleet.customerName, m_fleets);
            item->setData(Qt::UserRole, fleet.customerId);
            if (fleet.customerId == current)
                m_fleets->setCurrentItem(item);
        }
        if (!m_fleets->currentItem() && m_fleets->count() > 0)
            m_fleets->setCurrentRow(0);
    }
    showFleet();
    fillAlerts();
}

void FleetScreen::showFleet()
{
    const QString id = currentFleetId();
    const QString vehicle = currentVehicleId();
    m_vehicleStates.clear();
    m_vehicles->setRowCount(0);
    m_fleetInfo->clear();
    if (!id.isEmpty()) {
        Result<std::optional<Fleet>> fleet = FleetStore(m_store.db()).fleet(id);
        if (fleet && *fleet) {
            const FleetFields &f = (*fleet)->fields;
            QStringList info;
            if (!f.contactName.isEmpty() || !f.contactPhone.isEmpty())
                info << tr("Contact: %1 %2").arg(f.contactName, f.contactPhone).trimmed();
            info << tr("Statement closes on day %1").arg(f.statementDay);
            info << tr("Template: %n maintenance(s)", nullptr, static_cast<int>(f.planTemplate.size()));
            m_fleetInfo->setText(info.join(QLatin1Char('\n')));
        }
        Result<QList<VehicleMaintenance>> states = FleetOverview(m_store.db()).fleetVehicles(id, today());
        if (!states) {
            message(states.error().message(), true);
            return;
        }
        m_vehicleStates = *states;
    }
    const QSignalBlocker block(m_vehicles);
    m_vehicles->setRowCount(static_cast<int>(m_vehicleStates.size()));
    int select = m_vehicleStates.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_vehicleStates.size(); ++row) {
        const VehicleMaintenance &v = m_vehicleStates[row];
        if (v.vehicle.id == vehicle)
            select = row;
        const QString odometer
            = kilometres(v.odometer.km) + (v.odometer.estimated ? tr(" (est.)") : QString());
        if (v.items.isEmpty()) {
            setRow(m_vehicles, row, { v.vehicle.describe(), v.vehicle.fields.plates, odometer, tr("No plan"),
                                        QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—") });
            continue;
        }
        const PlanItemState &next = v.items.constFirst();
        setRow(m_vehicles, row,
            { v.vehicle.describe(), v.vehicle.fields.plates, odometer, next.item.line.name, day(next.due.nextOn),
                next.due.kmLeft ? kilometres(*next.due.kmLeft) : QStringLiteral("—"),
                maintenanceStatusTitle(v.status) },
            v.status);
    }
    if (select >= 0)
        m_vehicles->setCurrentCell(select, 0);
    showVehicle();
    fillStats();
}

void FleetScreen::showVehicle()
{
    const VehicleMaintenance *v = currentVehicle();
    if (!v) {
        m_detail->setText(currentFleetId().isEmpty() ? tr("Mark a customer as a fleet with Ctrl+N.")
                                                     : tr("This fleet has no vehicles yet: add them on the customer's card."));
        return;
    }
    QString html = QStringLiteral("<b>") + v->vehicle.describe().toHtmlEscaped() + QStringLiteral("</b> — ")
        + tr("odometer %1").arg(kilometres(v->odometer.km));
    if (v->odometer.estimated)
        html += QStringLiteral(" ")
            + tr("(estimated: last read %1, %2 km a day)")
                  .arg(v->odometer.lastReadOn.toString(QStringLiteral("dd/MM/yyyy")))
                  .arg(qRound(v->odometer.kmPerDay));
    html += QStringLiteral("<table cellspacing=6>");
    for (const PlanItemState &item : v->items) {
        QString rule;
        if (item.item.line.everyKm > 0)
            rule = tr("every %1").arg(kilometres(item.item.line.everyKm));
        if (item.item.line.everyMonths > 0)
            rule += (rule.isEmpty() ? QString() : tr(" or ")) + tr("every %n month(s)", nullptr, item.item.line.everyMonths);
        html += QStringLiteral("<tr><td style='background:%1'>&nbsp;%2&nbsp;</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(statusBackground(item.due.status).name(), maintenanceStatusTitle(item.due.status),
                        item.item.line.name.toHtmlEscaped(), rule,
                        (item.lastRecordId.isEmpty() ? tr("since: %1 at %2 · next: %3%4")
                                                     : tr("last: %1 at %2 · next: %3%4"))
                            .arg(item.cycleStartOn.toString(QStringLiteral("dd/MM/yyyy")), kilometres(item.cycleStartKm),
                                day(item.due.nextOn),
                                item.due.dueKm ? QStringLiteral(" / ") + kilometres(*item.due.dueKm) : QString()));
    }
    html += QStringLiteral("</table>");
    if (Result<QList<UnrecordedOrder>> orders = FleetStore(m_store.db()).unrecordedOrders(v->vehicle.id);
        orders && !orders->isEmpty())
        html += QStringLiteral("<p>")
            + tr("Delivered orders not recorded on the plan: %1 — F5 records what they covered.")
                  .arg(orders->constFirst().folio)
            + QStringLiteral("</p>");
    m_detail->setText(html);
}

void FleetScreen::fillAlerts()
{
    Result<QList<MaintenanceAlert>> alerts = FleetOverview(m_store.db()).alerts(today());
    m_alerts->setRowCount(0);
    if (!alerts) {
        message(alerts.error().message(), true);
        return;
    }
    m_alerts->setRowCount(static_cast<int>(alerts->size()));
    for (int row = 0; row < alerts->size(); ++row) {
        const MaintenanceAlert &a = alerts->at(row);
        setRow(m_alerts, row,
            { a.customerName, a.vehicle.vehicle.describe(), a.item.item.line.name, day(a.item.due.nextOn),
                a.item.due.kmLeft ? kilometres(*a.item.due.kmLeft) : QStringLiteral("—"),
                maintenanceStatusTitle(a.item.due.status) },
            a.item.due.status);
    }
    m_tabs->setTabText(1, tr("Alerts (%1)").arg(alerts->size()));
}

void FleetScreen::fillStats()
{
    m_stats->setRowCount(0);
    m_months->clear();
    const QString id = currentFleetId();
    if (id.isEmpty())
        return;
    const QDate to = today();
    const QDate from = QDate(to.year(), to.month(), 1).addMonths(-11);
    Result<FleetStats> stats = fleetStats(m_store.db(), id, from, to, QTimeZone::systemTimeZone());
    if (!stats) {
        message(stats.error().message(), true);
        return;
    }
    const QLocale mexico(QLocale::Spanish, QLocale::Mexico);
    m_stats->setRowCount(static_cast<int>(stats->vehicles.size()) + 1);
    int row = 0;
    for (const VehicleCost &c : stats->vehicles)
        setRow(m_stats, row++,
            { c.description, QString::number(c.orders), QString::number(c.services), Money(c.costCents).format(mexico),
                kilometres(c.kmDriven),
                c.kmDriven > 0 ? Money(c.costPerKmCents).format(mexico) : QStringLiteral("—") });
    setRow(m_stats, row,
        { tr("Total"), QString(), QString(), Money(stats->totalCents).format(mexico), kilometres(stats->totalKm),
            stats->totalKm > 0
                ? Money(qRound64(static_cast<double>(stats->totalCents) / static_cast<double>(stats->totalKm)))
                      .format(mexico)
                : QStringLiteral("—") });
    QStringList months;
    for (const auto &[month, count] : stats->servicesPerMonth)
        months << QStringLiteral("%1: %2").arg(month).arg(count);
    m_months->setText(tr("Services per month — %1").arg(months.join(QStringLiteral(" · "))));
}

void FleetScreen::markFleet()
{
    FleetEditDialog dialog(m_store.db(), m_context, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return;
    refresh();
    for (int i = 0; i < m_fleets->count(); ++i)
        if (m_fleets->item(i)->data(Qt::UserRole).toString() == dialog.saved()->customerId)
            m_fleets->setCurrentRow(i);
    message(tr("%1 is now a fleet: F6 applies its plan template to every vehicle.").arg(dialog.saved()->customerName),
        false);
}

void FleetScreen::editFleet()
{
    Result<std::optional<Fleet>> fleet = FleetStore(m_store.db()).fleet(currentFleetId());
    if (!fleet || !*fleet) {
        message(tr("Choose a fleet first."), true);
        return;
    }
    FleetEditDialog dialog(m_store.db(), m_context, *fleet, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void FleetScreen::editPlan()
{
    const VehicleMaintenance *v = currentVehicle();
    if (!v) {
        message(tr("Choose a vehicle first."), true);
        return;
    }
    VehiclePlanDialog dialog(m_store.db(), m_context, v->vehicle, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        message(tr("Plan saved."), false);
    }
}

void FleetScreen::recordService()
{
    const VehicleMaintenance *v = currentVehicle();
    if (!v) {
        message(tr("Choose a vehicle first."), true);
        return;
    }
    if (v->items.isEmpty()) {
        message(tr("The vehicle has no maintenance plan yet: F4 gives it one."), true);
        return;
    }
    const VehicleMaintenance vehicle = *v;
    QString orderId;
    if (Result<QList<UnrecordedOrder>> orders = FleetStore(m_store.db()).unrecordedOrders(vehicle.vehicle.id);
        orders && !orders->isEmpty())
        orderId = orders->constFirst().id;
    RecordServiceDialog dialog(m_store.db(), m_context, vehicle, today(), orderId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    message(tr("%n maintenance(s) recorded for %1.", nullptr, dialog.recorded()).arg(vehicle.vehicle.describe()), false);
}

void FleetScreen::applyTemplate()
{
    Result<int> changed = FleetService(m_store.db(), Clock::system()).applyTemplate(currentFleetId(), m_context);
    if (!changed) {
        message(changed.error().message(), true);
        return;
    }
    refresh();
    message(tr("Template applied: %n vehicle(s) changed.", nullptr, *changed), false);
}

void FleetScreen::notifyDue()
{
    Result<int> queued = FleetOverview(m_store.db()).queueNotifications(*m_notifications, today(), m_branchName);
    if (!queued) {
        message(queued.error().message(), true);
        return;
    }
    message(tr("%n maintenance message(s) queued.", nullptr, *queued), false);
}

void FleetScreen::chooseStatement()
{
    const QString id = currentFleetId();
    if (id.isEmpty()) {
        message(tr("Choose a fleet first."), true);
        return;
    }
    const QString name = m_fleets->currentItem()->text().simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("statement-%1-%2.pdf").arg(name, today().toString(QStringLiteral("yyyy-MM"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Fleet statement"), suggested, tr("PDF (*.pdf)"),
        nullptr, QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        exportStatement(today(), path);
}

bool FleetScreen::exportStatement(QDate month, const QString &path)
{
    Result<FleetStatement> statement
        = fleetStatement(m_store.db(), currentFleetId(), month, today(), QTimeZone::systemTimeZone());
    if (!statement) {
        message(statement.error().message(), true);
        return false;
    }
    ReportDocumentHeader header;
    header.storeName = m_branchName.isEmpty() ? QStringLiteral("Nexus POS") : m_branchName;
    header.range = tr("From %1 to %2")
                       .arg(statement->period.from.toString(QStringLiteral("dd/MM/yyyy")),
                           statement->period.to.toString(QStringLiteral("dd/MM/yyyy")));
    header.generated = tr("Generated on %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    Result<int> pages = writeReportPdf(statement->table, header, path);
    if (!pages) {
        message(pages.error().message(), true);
        return false;
    }
    message(tr("Statement written to %1 (%n page(s)).", nullptr, *pages).arg(path), false);
    return true;
}

} // namespace nexus
