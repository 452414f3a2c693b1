// Reportes › Operación: the dashboard day's 30 days seen from the workshop and the quotes desk: quotes made, sent and
// turned into sales; service orders open per state and the average time an order spends in each; each mechanic's
// billed labor hours against the hours their orders were in repair; parts out of stock and reorder alerts pending.
// Filled from the dashboard's figures whenever they load (same day, same branch).
#pragma once

#include <QDate>
#include <QWidget>

#include "reports/dashboardoperations.h"

class QGridLayout;
class QLabel;

namespace nexus {

class OperationsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsPanel)

public:
    explicit OperationsPanel(QWidget *parent = nullptr);

    void show(const QDate &day, const DashboardOperations &operations);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QLabel *m_caption = nullptr;
    QGridLayout *m_tiles = nullptr;
    QGridLayout *m_charts = nullptr;
    QDate m_day;
    DashboardOperations m_operations;
    bool m_hasFigures = false;
};

} // namespace nexus
