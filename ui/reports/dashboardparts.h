// What the dashboard's pages share: the palette, a chart with the house title and margins, its view, and a figure
// tile (caption, large value, detail).
#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QChart;
class QChartView;
class QWidget;

namespace nexus::dashboardparts {

[[nodiscard]] const QList<QColor> &palette();
[[nodiscard]] QChart *newChart(const QString &title);
[[nodiscard]] QChartView *viewOf(QChart *chart, const char *name);
// A tile named `name` (its value label is "value"), owned by `parent`.
[[nodiscard]] QWidget *tile(
    QWidget *parent, const QString &caption, const QString &value, const QString &detail, const char *name);

} // namespace nexus::dashboardparts
