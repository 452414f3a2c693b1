// The dashboard's shared pieces: one look for every chart and tile.
#include "reports/dashboardparts.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QVBoxLayout>

namespace nexus::dashboardparts {

const QList<QColor> &palette()
{
    static const QList<QColor> colours { QColor(0x1d, 0x4e, 0xd8), QColor(0x94, 0xa3, 0xb8),
        QColor(0x05, 0x96, 0x69), QColor(0xd9, 0x77, 0x06), QColor(0x7c, 0x3a, 0xed), QColor(0xdc, 0x26, 0x26),
        QColor(0x08, 0x91, 0xb2), QColor(0x65, 0xa3, 0x0d) };
    return colours;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(10.5);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(6);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChartView *viewOf(QChart *chart, const char *name)
{
    auto *view = new QChartView(chart);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(230);
    return view;
}

QWidget *tile(QWidget *parent, const QString &caption, const QString &value, const QString &detail, const char *name)
{
    auto *box = new QWidget(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setStyleSheet(QStringLiteral("#%1 { background: #f1f5f9; border-radius: 6px; }").arg(QString::fromLatin1(name)));
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(12, 8, 12, 8);
    v->setSpacing(2);
    auto *c = new QLabel(caption, box);
    c->setStyleSheet(QStringLiteral("color: #475569;"));
    auto *n = new QLabel(value, box);
    n->setObjectName(QStringLiteral("value"));
    n->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold; color: #0f172a;"));
    auto *d = new QLabel(detail, box);
    d->setObjectName(QStringLiteral("detail"));
    d->setStyleSheet(QStringLiteral("color: #64748b;"));
    d->setWordWrap(true);
    v->addWidget(c);
    v->addWidget(n);
    v->addWidget(d);
    return box;
}

} // namespace nexus::dashboardparts
