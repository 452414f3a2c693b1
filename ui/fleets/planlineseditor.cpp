// Plan lines table: plain text cells, numbers right-aligned; the shortcuts act while the table has focus.
#include "fleets/planlineseditor.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QShortcut>

namespace nexus {

PlanLinesEditor::PlanLinesEditor(QWidget *parent) : QTableWidget(0, 3, parent)
{
    setObjectName(QStringLiteral("planLines"));
    setHorizontalHeaderLabels({ tr("Maintenance"), tr("Every km"), tr("Every months") });
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    auto *add = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert), this);
    add->setContext(Qt::WidgetWithChildrenShortcut);
    connect(add, &QShortcut::activated, this, [this] { addLine(); });
    auto *remove = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), this);
    remove->setContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QShortcut::activated, this, &PlanLinesEditor::removeCurrent);
}

void PlanLinesEditor::setLines(const QList<MaintenancePlanLine> &lines)
{
    setRowCount(0);
    for (const MaintenancePlanLine &line : lines)
        addLine(line);
}

void PlanLinesEditor::addLine(const MaintenancePlanLine &line)
{
    const int row = rowCount();
    insertRow(row);
    setItem(row, 0, new QTableWidgetItem(line.name));
    for (int column : { 1, 2 }) {
        const qint64 value = column == 1 ? line.everyKm : line.everyMonths;
        auto *cell = new QTableWidgetItem(value > 0 ? QString::number(value) : QString());
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, column, cell);
    }
    setCurrentCell(row, 0);
}

void PlanLinesEditor::removeCurrent()
{
    if (currentRow() >= 0)
        removeRow(currentRow());
}

QList<MaintenancePlanLine> PlanLinesEditor::lines() const
{
    QList<MaintenancePlanLine> list;
    for (int row = 0; row < rowCount(); ++row) {
        auto cell = [&](int column) { return item(row, column) ? item(row, column)->text().trimmed() : QString(); };
        if (cell(0).isEmpty() && cell(1).isEmpty() && cell(2).isEmpty())
            continue;
        QString km = cell(1);
        km.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
        list << MaintenancePlanLine { cell(0), km.toLongLong(), cell(2).toInt() };
    }
    return list;
}

} // namespace nexus
