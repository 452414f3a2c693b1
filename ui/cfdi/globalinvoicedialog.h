// "Factura global": the tickets of a period not invoiced to a customer, in one CFDI to PUBLICO EN GENERAL. The
// cashier picks the periodicity and a day of the period (the period it covers is shown); Enter queues it for
// stamping (InvoicingService::globalInvoice), Esc closes. A refusal (no tickets left, bad period) stays in the dialog.
#pragma once

#include <QDialog>
#include <QString>

#include "cfdi/invoicerequest.h"
#include "common/error.h"

class QComboBox;
class QDateEdit;
class QLabel;

namespace nexus {

class Clock;
class Database;

class GlobalInvoiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlobalInvoiceDialog)

public:
    GlobalInvoiceDialog(Database &db, const Clock &clock, CfdiIssuer issuer, QString userId, QString series,
        QWidget *parent = nullptr);
    ~GlobalInvoiceDialog() override = default;

    // After Accepted: the queued invoice's id and how many tickets it covers.
    [[nodiscard]] const QString &invoiceId() const { return m_invoiceId; }
    [[nodiscard]] qsizetype ticketCount() const { return m_tickets; }

private:
    void showPeriod();
    void request();

    Database &m_db;
    const Clock &m_clock;
    CfdiIssuer m_issuer;
    QString m_userId;
    QString m_series;
    QString m_invoiceId;
    qsizetype m_tickets = 0;
    QComboBox *m_periodicity = nullptr;
    QDateEdit *m_day = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace nexus
