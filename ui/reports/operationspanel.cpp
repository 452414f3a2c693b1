// OperationsPanel: four tiles over two charts, rebuilt from DashboardOperations (a language change only rebuilds).
#include "reports/operationspanel.h"

#include "common/money.h"
#include "reports/dashboardparts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>
#include <QVBoxLayout>

namespace nexus {

namespace {

QString hours(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString percent(qint64 part, qint64 whole)
{
    return whole == 0 ? QStringLiteral("—") : QStringLiteral("%1 %").arg(divideRounded(part * 100, whole));
}

QString pesos(qint64 cents)
{
    return Money(divideRounded(cents, 100) * 100).format().section(QLocale().decimalPoint(), 0, 0);
}

QValueAxis *hoursAxis(double peak)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, peak > 0 ? peak * 1.1 : 1);
    axis->setLabelFormat(QStringLiteral("%.0f h"));
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

OperationsPanel::OperationsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("operationsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("operationsCaption"));
    layout->addWidget(m_caption);
    m_tiles = new QGridLayout;
    m_tiles->setHorizontalSpacing(10);
    layout->addLayout(m_tiles);
    m_charts = new QGridLayout;
    m_charts->setSpacing(8);
    layout->addLayout(m_charts, 1);
    rebuild();
}

void OperationsPanel::show(const QDate &day, const DashboardOperations &operations)
{
    m_day = day;
    m_operations = operations;
    m_hasFigures = true;
    rebuild();
}

void OperationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void OperationsPanel::rebuild()
{
    setUpdatesEnabled(false);
    for (QGridLayout *grid : { m_tiles, m_charts })
        while (QLayoutItem *item = grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    if (!m_hasFigures) {
        m_caption->setText(tr("The figures load with the dashboard."));
        setUpdatesEnabled(true);
        return;
    }
    const DashboardOperations &o = m_operations;
    m_caption->setText(tr("The 30 days ending on %1 (the dashboard's day)")
                           .arg(QLocale().toString(m_day, QLocale::LongFormat)));

    m_tiles->addWidget(dashboardparts::tile(this, tr("Quotes converted"), percent(o.quotesConverted, o.quotes),
                           tr("Made: %1 · sent by WhatsApp or e-mail: %2 · sold: %3 (%4 of %5)")
                               .arg(o.quotes)
                               .arg(o.quotesMessaged)
                               .arg(o.quotesConverted)
                               .arg(pesos(o.quotesConvertedCents), pesos(o.quotesCents)),
                           "tileQuotes"),
        0, 0);
    qint64 open = 0;
    const DashboardOrderState *slowest = nullptr;
    for (const DashboardOrderState &s : o.orderStates) {
        open += s.open;
        if (s.stays > 0 && (!slowest || s.averageMinutes > slowest->averageMinutes))
            slowest = &s;
    }
    m_tiles->addWidget(dashboardparts::tile(this, tr("Open service orders"), QLocale().toString(open),
                           slowest ? tr("Longest stay: %1, %2 h on average")
                                         .arg(serviceOrderStatusName(slowest->status), hours(slowest->averageMinutes / 60.0))
                                   : tr("No orders in these days"),
                           "tileOrders"),
        0, 1);
    qint64 billed = 0;
    qint64 clocked = 0;
    for (const DashboardMechanic &m : o.mechanics) {
        billed += m.billedHoursThousandths;
        clocked += m.clockedMinutes;
    }
    m_tiles->addWidget(dashboardparts::tile(this, tr("Mechanics' productivity"),
                           clocked == 0 ? QStringLiteral("—") : percent(billed * 60, clocked * 1000),
                           tr("%1 h billed against %2 h in repair").arg(hours(billed / 1000.0), hours(clocked / 60.0)),
                           "tileMechanics"),
        0, 2);
    m_tiles->addWidget(dashboardparts::tile(this, tr("Parts out of stock"), QLocale().toString(o.partsOutOfStock),
                           tr("%n reorder alert(s) pending", nullptr, static_cast<int>(o.reorderAlerts))
                               + QLatin1String(", ")
                               + tr("%n not acknowledged", nullptr, static_cast<int>(o.reorderAlertsUnacknowledged)),
                           "tileStock"),
        0, 3);
    for (int c = 0; c < 4; ++c)
        m_tiles->setColumnStretch(c, 1);

    // Orders by state: the average stay (bars) with the orders open in each state in its name.
    QChart *states = dashboardparts::newChart(tr("Service orders: average hours in each state"));
    auto *stay = new QBarSet(tr("Average hours"));
    stay->setColor(dashboardparts::palette().at(0));
    QStringList names;
    double peak = 0;
    for (qsizetype i = o.orderStates.size() - 1; i >= 0; --i) {
        const DashboardOrderState &s = o.orderStates.at(i);
        names << tr("%1 (%n open)", nullptr, static_cast<int>(s.open)).arg(serviceOrderStatusName(s.status));
        *stay << s.averageMinutes / 60.0;
        peak = std::max(peak, s.averageMinutes / 60.0);
    }
    auto *stateSeries = new QHorizontalBarSeries;
    stateSeries->append(stay);
    states->addSeries(stateSeries);
    states->legend()->hide();
    auto *stateAxis = new QBarCategoryAxis;
    stateAxis->append(names);
    states->addAxis(stateAxis, Qt::AlignLeft);
    stateSeries->attachAxis(stateAxis);
    QValueAxis *stateHours = hoursAxis(peak);
    states->addAxis(stateHours, Qt::AlignBottom);
    stateSeries->attachAxis(stateHours);
    m_charts->addWidget(dashboardparts::viewOf(states, "chartOrderStates"), 0, 0);

    // Mechanics: billed labor hours beside the hours their orders were in repair.
    QChart *mechanics = dashboardparts::newChart(tr("Mechanics: hours billed and hours in repair"));
    auto *billedSet = new QBarSet(tr("Billed"));
    auto *clockedSet = new QBarSet(tr("In repair"));
    billedSet->setColor(dashboardparts::palette().at(2));
    clockedSet->setColor(dashboardparts::palette().at(1));
    QStringList people;
    double top = 0;
    for (const DashboardMechanic &m : o.mechanics) {
        people << m.name;
        *billedSet << m.billedHoursThousandths / 1000.0;
        *clockedSet << m.clockedMinutes / 60.0;
        top = std::max({ top, m.billedHoursThousandths / 1000.0, m.clockedMinutes / 60.0 });
    }
    auto *mechanicSeries = new QBarSeries;
    mechanicSeries->append(billedSet);
    mechanicSeries->append(clockedSet);
    mechanics->addSeries(mechanicSeries);
    auto *peopleAxis = new QBarCategoryAxis;
    peopleAxis->append(people.isEmpty() ? QStringList { tr("No labor in these days") } : people);
    mechanics->addAxis(peopleAxis, Qt::AlignBottom);
    mechanicSeries->attachAxis(peopleAxis);
    QValueAxis *mechanicHours = hoursAxis(top);
    mechanics->addAxis(mechanicHours, Qt::AlignLeft);
    mechanicSeries->attachAxis(mechanicHours);
    m_charts->addWidget(dashboardparts::viewOf(mechanics, "chartMechanics"), 0, 1);
    m_charts->setColumnStretch(0, 1);
    m_charts->setColumnStretch(1, 1);
    setUpdatesEnabled(true);
}

} // namespace nexus
