// Sending a purchase order: the PDF is written when the dialog opens (its path shown, Ctrl+O opens it), the e-mail /
// WhatsApp text is shown ready to copy (Ctrl+Shift+C) with the supplier's address and number; F12 marks the order
// sent. Nothing is queued to the supplier from here: the manager sends the PDF and the text from their own mail or
// WhatsApp.
#pragma once

#include <QDialog>

#include <optional>

#include "purchasing/purchasingservice.h"

class QLabel;
class QPlainTextEdit;

namespace nexus {

class SendOrderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendOrderDialog)

public:
    SendOrderDialog(PurchasingService &service, const PurchasingActor &actor, const PurchaseOrder &order,
        const Supplier &supplier, const QString &storeName, const QString &warehouseName, const QString &pdfPath,
        QWidget *parent = nullptr);

    [[nodiscard]] const std::optional<PurchaseOrder> &result() const { return m_result; }
    [[nodiscard]] bool pdfWritten() const { return m_pdfWritten; }
    [[nodiscard]] QString messageText() const;
    bool confirm();

private:
    PurchasingService &m_service;
    PurchasingActor m_actor;
    QString m_orderId;
    bool m_pdfWritten = false;
    std::optional<PurchaseOrder> m_result;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
