// Cobrar orden de servicio (Ctrl+O on the sale screen): the branch's orders that are ready, found as you type by
// folio, customer, vehicle or plates (case, accents and dashes ignored); Enter puts the highlighted one on the ticket,
// Esc leaves. Each row shows what the counter will charge for it.
#pragma once

#include <QDialog>

#include <vector>

#include "workshop/serviceorder.h"

class QLabel;
class QLineEdit;
class QTableWidget;

namespace nexus {

class ServiceOrderService;

class ServiceOrderPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceOrderPickerDialog)

public:
    enum Column { Folio, Customer, Vehicle, Total, ColumnCount };

    ServiceOrderPickerDialog(const ServiceOrderService &orders, QWidget *parent = nullptr);

    // The order chosen ('' when the dialog was cancelled).
    [[nodiscard]] const QString &chosenOrderId() const { return m_chosen; }
    [[nodiscard]] int visibleOrders() const;

    void search(const QString &text);
    void choose(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        ServiceOrderCard card;
        QString total;
        QString haystack; // folded folio, customer, vehicle and plates
    };
    std::vector<Row> m_rows;
    QString m_chosen;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_view = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace nexus
