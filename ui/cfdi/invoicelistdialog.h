// "Facturas (CFDI)": every CFDI of this counter — facturas, notas de crédito of returns, recibos de pago of abonos —
// with its state as the stamping worker leaves it. Keyboard-first: type to filter (customer, RFC, folio, UUID), the
// arrows move, Enter opens the PDF, Ctrl+E sends it by e-mail (queued when offline), F8 cancels it with the SAT's
// motive, F6 queues the factura global of a period (GlobalInvoiceDialog), F5 reloads (a timer does too), Esc closes.
#pragma once

#include <QDialog>
#include <QString>

#include <functional>

#include "common/error.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace nexus {

class Clock;
class Database;
class InvoiceListModel;
struct InvoiceRecord;

class InvoiceListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceListDialog)

public:
    InvoiceListDialog(Database &db, const Clock &clock, QString branchId, QString pdfDir, QWidget *parent = nullptr);
    ~InvoiceListDialog() override = default;

    // Called after an e-mail or a cancellation is queued, to wake the stamping worker.
    void setStampRequest(std::function<void()> request) { m_stampRequest = std::move(request); }
    // Who queues a factura global (created_by); the counter's logged-in user.
    void setUserId(QString userId) { m_userId = std::move(userId); }
    // Opens a file with the desktop's viewer; tests replace it.
    void setOpener(std::function<bool(const QString &)> opener) { m_opener = std::move(opener); }

    void reload();
    [[nodiscard]] Status openPdf();
    [[nodiscard]] Status sendByEmail();
    [[nodiscard]] Status cancelSelected();
    [[nodiscard]] Status globalInvoice();
    [[nodiscard]] const QString &lastPdf() const { return m_lastPdf; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] const InvoiceRecord *selected() const;
    void fitColumns(); // to the rows shown, the folio fiscal taking the rest of the width
    void showStatus(const QString &text, bool error);

    Database &m_db;
    const Clock &m_clock;
    QString m_branchId;
    QString m_pdfDir;
    QString m_lastPdf;
    QString m_userId;
    std::function<void()> m_stampRequest;
    std::function<bool(const QString &)> m_opener;
    InvoiceListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_poll = nullptr;
};

} // namespace nexus
