// The till's close (corte Z) at the counter: the cash count bill by bill and coin by coin with its running total,
// the counted total of every other tender, expected against counted and the difference live; a confirmation step,
// then the close through TillCloseService and the Z report on screen with Print.
#pragma once

#include <QDialog>

#include <map>
#include <optional>

#include "cash/tillcloseservice.h"
#include "cash/tillledger.h"
#include "cash/tillreports.h"
#include "till/tillreportdialog.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace nexus {

class AuthService;
class TillReportView;

class CloseTillDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseTillDialog)

public:
    // Closes the open till of `deviceId` as the logged-in user of `auth`. With no open till it says so and closes
    // nothing.
    CloseTillDialog(Database &db, AuthService &auth, QString deviceId, QString branchId, QWidget *parent = nullptr);

    void setPrintHandler(TillReportDialog::PrintHandler handler);

    // Set once the till is closed (the dialog then shows the Z report).
    [[nodiscard]] const std::optional<TillClose> &closed() const { return m_closed; }
    [[nodiscard]] const ReceiptDocument &report() const { return m_report; }
    [[nodiscard]] Money countedCash() const;

    void reject() override; // after the close, leaving the report still means "closed"

    // A tender code (cash, card_credit…) as the counter names it (also the abono dialog's tender choice).
    [[nodiscard]] static QString tenderName(const QString &method);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildCountPage();
    QWidget *buildReportPage();
    QWidget *buildDenominations(QWidget *parent);
    QWidget *buildTenders(QWidget *parent);
    void recompute();
    void closeTill();
    void print();
    [[nodiscard]] std::vector<TenderCount> currentCounts(bool *complete) const;

    AuthService &m_auth;
    TillLedger m_ledger;
    TillCloseService m_service;
    TillReports m_reports;
    std::optional<TillFigures> m_figures;
    std::optional<TillClose> m_closed;
    ReceiptDocument m_report;
    TillReportDialog::PrintHandler m_print;
    bool m_confirming = false;

    QStackedWidget *m_pages = nullptr;
    std::map<qint64, QSpinBox *> m_pieces;
    std::map<qint64, QLabel *> m_pieceTotals;
    QLabel *m_countedCash = nullptr;
    std::map<QString, QLineEdit *> m_counted; // non-cash tenders that are counted
    std::map<QString, QLabel *> m_countedLabels; // cash and store credit: not typed
    std::map<QString, QLabel *> m_differences;
    QLineEdit *m_note = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_close = nullptr;
    TillReportView *m_view = nullptr;
    QLabel *m_printStatus = nullptr;
    QPushButton *m_printButton = nullptr;
};

} // namespace nexus
