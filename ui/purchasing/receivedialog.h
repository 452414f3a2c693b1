// Receiving against a purchase order: scan or type a barcode, our SKU or the supplier's part number and Enter adds
// one piece to its line; the quantity and the invoiced unit cost can be edited in the table (F2); the supplier's
// invoice number and a note; F12 records the receipt (partial or complete).
#pragma once

#include <QDialog>

#include <optional>

#include "purchasing/purchasingservice.h"

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace nexus {

class ReceiveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiveDialog)

public:
    enum Column { Line, Sku, SupplierSku, Description, Ordered, Received, Pending, ReceiveNow, InvoiceCost, ColumnCount };

    ReceiveDialog(PurchasingService &service, const PurchasingActor &actor, const PurchaseOrder &order,
        QWidget *parent = nullptr);

    [[nodiscard]] const std::optional<PurchaseOrder> &result() const { return m_result; }
    [[nodiscard]] QStandardItemModel *lines() const { return m_lines; }
    // What a scanner's Enter does: one more piece on the line the code names; false when no line has it.
    bool scan(const QString &code);
    bool confirm();

private:
    void showError(const QString &text, QWidget *focus);

    PurchasingService &m_service;
    PurchasingActor m_actor;
    PurchaseOrder m_order;
    std::optional<PurchaseOrder> m_result;
    QLineEdit *m_scan = nullptr;
    QLineEdit *m_invoice = nullptr;
    QLineEdit *m_note = nullptr;
    QStandardItemModel *m_lines = nullptr;
    QTableView *m_linesView = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
