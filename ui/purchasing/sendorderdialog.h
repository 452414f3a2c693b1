// Sending a purchase order: the PDF is written when the dialog opens (its path shown, Ctrl+O opens it), the e-mail
// text is shown ready to copy (Ctrl+Shift+C) with the supplier's address and number; F12 marks the order sent and, in
// the same transaction, queues the PDF to the supplier by WhatsApp and e-mail (the notifications outbox sends them
// once the store is online). A supplier with neither is only marked sent: the manager sends the PDF by hand.
#pragma once

#include <QDialog>

#include <optional>

#include "purchasing/purchasingservice.h"

class QLabel;
class QPlainTextEdit;

namespace nexus {

class NotificationService;

class SendOrderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendOrderDialog)

public:
    SendOrderDialog(PurchasingService &service, const PurchasingActor &actor, const PurchaseOrder &order,
        const Supplier &supplier, const QString &storeName, const QString &warehouseName, const QString &pdfPath,
        NotificationService *notifications, QWidget *parent = nullptr);

    [[nodiscard]] const std::optional<PurchaseOrder> &result() const { return m_result; }
    [[nodiscard]] bool pdfWritten() const { return m_pdfWritten; }
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] const QStringList &queuedTo() const { return m_queuedTo; } // where F12 queued the order
    bool confirm();

private:
    PurchasingService &m_service;
    PurchasingActor m_actor;
    QString m_orderId;
    Supplier m_supplier;
    QString m_storeName;
    QString m_warehouseName;
    QString m_pdfPath;
    NotificationService *m_notifications = nullptr;
    QStringList m_queuedTo;
    bool m_pdfWritten = false;
    std::optional<PurchaseOrder> m_result;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
