// Dashboard layout: a row of figure tiles over a grid of Qt Charts; everything rebuilt from DashboardFigures, so a
// language change or a new day only needs show() again.
#include "reports/dashboardwidget.h"

#include "auth/authservice.h"
#include "common/money.h"
#include "reports/dashboardparts.h"
#include "store/database.h"
#include "store/localstore.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>
#include <QUuid>
#include <QVBoxLayout>
#include <QValueAxis>

namespace nexus {

namespace {

using dashboardparts::newChart;
using dashboardparts::viewOf;

double pesos(qint64 cents)
{
    return double(cents) / 100.0;
}

QString money(qint64 cents)
{
    // Whole pesos on the tiles: the centavos are in the reports.
    return Money(divideRounded(cents, 100) * 100).format().section(QLocale().decimalPoint(), 0, 0);
}

// The pesos axis of a chart: from zero to a little above the largest amount, in round steps; attached to `series`.
void attachPesosAxis(QChart *chart, QAbstractSeries *series, double peak, int ticks, Qt::Alignment side)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, peak > 0 ? peak * 1.05 : 1);
    axis->setLabelFormat(QStringLiteral("$%.0f"));
    axis->setTickCount(ticks);
    axis->applyNiceNumbers();
    chart->addAxis(axis, side);
    series->attachAxis(axis);
    if (side == Qt::AlignBottom) { // the rankings: small print like their names
        QFont small = axis->labelsFont();
        small.setPointSizeF(7.5);
        axis->setLabelsFont(small);
    }
}

// Horizontal bars of amounts, largest on top, labels elided to fit.
QChart *rankingChart(const QString &title, const QList<DashboardAmount> &amounts, const QString &empty)
{
    QChart *chart = newChart(title);
    auto *set = new QBarSet(title);
    set->setColor(dashboardparts::palette().first());
    QStringList labels;
    double top = 0;
    for (qsizetype i = amounts.size() - 1; i >= 0; --i) {
        QString label = amounts.at(i).label;
        if (label.size() > 26)
            label = label.left(25).trimmed() + QChar(0x2026);
        labels << label;
        *set << pesos(amounts.at(i).cents);
        top = std::max(top, pesos(amounts.at(i).cents));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(false);
    chart->addSeries(series);
    chart->legend()->hide();
    auto *names = new QBarCategoryAxis;
    names->append(labels.isEmpty() ? QStringList { empty } : labels);
    names->setTruncateLabels(false); // the names are the point of the chart: they take the room they need
    QFont small = names->labelsFont();
    small.setPointSizeF(7.5);
    names->setLabelsFont(small);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    attachPesosAxis(chart, series, top, 4, Qt::AlignBottom);
    return chart;
}

} // namespace

DashboardWidget::DashboardWidget(LocalStore &store, AuthService &auth, QString catalogPath, QWidget *parent)
    : QWidget(parent), m_store(store), m_auth(auth), m_catalogPath(std::move(catalogPath))
{
    setObjectName(QStringLiteral("dashboard"));
    qRegisterMetaType<nexus::DashboardFigures>("nexus::DashboardFigures");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    auto *top = new QHBoxLayout;
    m_dayLabel = new QLabel(this);
    m_day = new QDateEdit(QDate::currentDate(), this);
    m_day->setObjectName(QStringLiteral("dashboardDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    top->addWidget(m_dayLabel);
    top->addWidget(m_day);
    top->addSpacing(16);
    top->addWidget(m_status, 1);
    layout->addLayout(top);
    m_tiles = new QGridLayout;
    m_tiles->setHorizontalSpacing(10);
    layout->addLayout(m_tiles);
    m_charts = new QGridLayout;
    m_charts->setSpacing(8);
    layout->addLayout(m_charts, 1);
    connect(m_day, &QDateEdit::dateChanged, this, [this] { reload(); });
    retranslate();
}

DashboardWidget::~DashboardWidget()
{
    if (m_control)
        m_control->cancelled.store(true);
    if (m_thread)
        m_thread->wait();
}

void DashboardWidget::setDay(const QDate &day)
{
    m_day->setDate(day); // dateChanged reloads
}

QDate DashboardWidget::day() const
{
    return m_day->date();
}

bool DashboardWidget::isLoading() const
{
    return m_thread && m_thread->isRunning();
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        reload();
    }
}

void DashboardWidget::reload()
{
    if (m_control)
        m_control->cancelled.store(true);
    if (m_thread)
        m_thread->wait();
    m_timer.start();
    m_status->setText(tr("Loading…"));
    auto control = std::make_shared<ReportControl>();
    m_control = control;
    const QString path = m_store.db().path();
    const QString catalog = m_catalogPath;
    const QDate day = m_day->date();
    // A manager sees their branch; admin and HQ every branch this counter holds.
    const QString branch = m_auth.currentUser() ? m_auth.currentUser()->branchId : QString();
    QPointer<DashboardWidget> self(this);
    const quint64 generation = ++m_generation; // an older load still on its way is dropped when it arrives
    m_thread.reset(QThread::create([self, control, path, catalog, day, branch, generation] {
        const QString connection = QStringLiteral("dashboard-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        Result<DashboardFigures> figures = [&]() -> Result<DashboardFigures> {
            Result<std::unique_ptr<Database>> db = Database::open(path, Durability::Full, connection);
            if (!db)
                return std::unexpected(db.error());
            return DashboardService(**db, catalog).load(day, branch, QTimeZone::systemTimeZone(), control.get());
        }();
        QSqlDatabase::removeDatabase(connection);
        if (control->cancelled.load())
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, figures = std::move(figures), generation] {
                if (!self || self->m_generation != generation)
                    return;
                if (figures)
                    self->show(*figures);
                else
                    self->m_status->setText(figures.error().message());
            },
            Qt::QueuedConnection);
    }));
    m_thread->start();
}

void DashboardWidget::show(const DashboardFigures &f)
{
    m_figures = f;
    m_hasFigures = true;
    setUpdatesEnabled(false);
    for (QGridLayout *grid : { m_tiles, m_charts })
        while (QLayoutItem *item = grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }

    const auto tile = [this](int column, const QString &caption, const QString &value, const QString &detail,
                          const char *name) { m_tiles->addWidget(dashboardparts::tile(this, caption, value, detail, name), 0, column); };
    QString versus;
    if (f.weeksAverageCents > 0) {
        const qint64 change = divideRounded((f.salesCents - f.weeksAverageCents) * 1000, f.weeksAverageCents);
        versus = tr("%1%2 % vs. the same weekday of the 4 weeks before")
                     .arg(change >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                     .arg(QLocale().toString(double(std::abs(change)) / 10.0, 'f', 1));
    } else {
        versus = tr("No sales on the same weekday of the 4 weeks before");
    }
    tile(0, tr("Sales of the day"), money(f.salesCents), versus, "tileSales");
    tile(1, tr("Tickets"), QLocale().toString(f.tickets),
        f.refundsCents > 0 ? tr("Returns: %1").arg(money(f.refundsCents)) : tr("No returns"), "tileTickets");
    tile(2, tr("Average ticket"), money(f.averageTicketCents), tr("30 days: %1").arg(money(f.periodAverageTicketCents)),
        "tileAverage");
    QString marginDetail = tr("30 days, before IVA: %1").arg(money(f.periodBaseCents - f.periodCostCents));
    if (f.linesWithoutCost > 0)
        marginDetail
            += QLatin1Char('\n') + tr("%n line(s) without cost", nullptr, static_cast<int>(f.linesWithoutCost));
    tile(3, tr("Gross margin"),
        QStringLiteral("%1 %").arg(QLocale().toString(double(f.periodMarginBasisPoints) / 100.0, 'f', 1)), marginDetail,
        "tileMargin");
    tile(4, tr("Savings delivered to customers"), money(f.savingsCents),
        tr("Against agency prices · 30 days: %1").arg(money(f.periodSavingsCents)), "tileSavings");

    // Sales by hour: the day against the average of the same weekday of the 4 weeks before.
    int first = 23;
    int last = 0;
    for (int h = 0; h < 24; ++h)
        if (f.byHour[static_cast<std::size_t>(h)] != 0 || f.weeksByHour[static_cast<std::size_t>(h)] != 0) {
            first = std::min(first, h);
            last = std::max(last, h);
        }
    if (first > last) {
        first = 8;
        last = 19;
    }
    QChart *hours = newChart(tr("Sales by hour"));
    auto *today = new QBarSet(f.day.toString(QStringLiteral("yyyy-MM-dd")));
    auto *weeks = new QBarSet(tr("Same weekday, 4 weeks before (average)"));
    today->setColor(dashboardparts::palette().at(0));
    weeks->setColor(dashboardparts::palette().at(1));
    QStringList hourLabels;
    double peak = 0;
    for (int h = first; h <= last; ++h) {
        hourLabels << QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
        *today << pesos(f.byHour[static_cast<std::size_t>(h)]);
        *weeks << pesos(f.weeksByHour[static_cast<std::size_t>(h)]);
        peak = std::max(
            { peak, pesos(f.byHour[static_cast<std::size_t>(h)]), pesos(f.weeksByHour[static_cast<std::size_t>(h)]) });
    }
    auto *hourSeries = new QBarSeries;
    hourSeries->append(today);
    hourSeries->append(weeks);
    hours->addSeries(hourSeries);
    auto *hourAxis = new QBarCategoryAxis;
    hourAxis->append(hourLabels);
    hours->addAxis(hourAxis, Qt::AlignBottom);
    hourSeries->attachAxis(hourAxis);
    attachPesosAxis(hours, hourSeries, peak, 5, Qt::AlignLeft);
    m_charts->addWidget(viewOf(hours, "chartHours"), 0, 0, 1, 2);

    QChart *payments = newChart(tr("By payment method"));
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.45);
    pie->setPieSize(0.9);
    qint64 paid = 0;
    for (const DashboardAmount &a : f.byPayment)
        paid += a.cents;
    for (qsizetype i = 0; i < f.byPayment.size(); ++i) {
        const DashboardAmount &a = f.byPayment.at(i);
        QPieSlice *slice
            = pie->append(QStringLiteral("%1 %2 %").arg(a.label).arg(paid == 0 ? 0 : (a.cents * 100 + paid / 2) / paid),
                pesos(a.cents));
        slice->setColor(dashboardparts::palette().at(i % dashboardparts::palette().size()));
    }
    payments->addSeries(pie);
    payments->legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = payments->legend()->font();
    legendFont.setPointSizeF(8);
    payments->legend()->setFont(legendFont);
    m_charts->addWidget(viewOf(payments, "chartPayments"), 0, 2);

    m_charts->addWidget(viewOf(rankingChart(tr("By cashier"), f.byCashier, tr("No sales")), "chartCashiers"), 1, 0);
    m_charts->addWidget(
        viewOf(rankingChart(tr("Top parts, 30 days"), f.topParts, tr("No sales")), "chartTopParts"), 1, 1);
    m_charts->addWidget(
        viewOf(rankingChart(tr("Top categories, 30 days"), f.topCategories, tr("No catalogue on this counter")),
            "chartTopCategories"),
        1, 2);
    for (int c = 0; c < 3; ++c)
        m_charts->setColumnStretch(c, 1);
    m_charts->setRowStretch(0, 5);
    m_charts->setRowStretch(1, 4);
    setUpdatesEnabled(true);
    m_openMs = m_timer.elapsed();
    m_status->setText(tr("Figures read in %1 ms").arg(f.elapsedMs));
    Q_EMIT loaded();
}

void DashboardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_hasFigures)
            show(m_figures);
    }
    QWidget::changeEvent(event);
}

void DashboardWidget::retranslate()
{
    m_dayLabel->setText(tr("Day"));
}

} // namespace nexus
