// The till's actions for the sale screen in one object: cash in, cash out, X report, close (Z). Each opens its
// dialog modally over `parentWidget` and returns whether something was done; tillChanged() tells the screen to
// refresh its till label. Printing goes through the handler the screen sets (the ticket printer).
#pragma once

#include <QObject>
#include <QString>

#include "cash/cashmovementservice.h"
#include "till/tillreportdialog.h"

class QWidget;

namespace nexus {

class AuthService;
class Database;

class TillActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TillActions)

public:
    // `db` is the screen's nexus.db connection (UI thread); deviceId/branchId from the CounterProfile.
    TillActions(Database &db, AuthService &auth, QString deviceId, QString branchId, QWidget *parentWidget);

    void setPrintHandler(TillReportDialog::PrintHandler handler) { m_print = std::move(handler); }

    // After a movement is recorded, its slip goes to the print handler (when set): it opens the drawer.
    bool cashIn();
    bool cashOut();
    bool showXReport();
    bool closeTill();
    // Reprint (on screen, then Print) the Z report of a closed session.
    bool showZReport(const QString &cashSessionId);
    // The Z report of this computer's last close.
    bool showLastZReport();

Q_SIGNALS:
    void tillChanged();
    // Something to tell the cashier in the screen's message line (no open till, a refusal…).
    void message(const QString &text, bool error);

private:
    bool moveCash(CashMovementKind kind);

    Database &m_db;
    AuthService &m_auth;
    QString m_deviceId;
    QString m_branchId;
    QWidget *m_parentWidget;
    CashMovementService m_movements;
    TillReportDialog::PrintHandler m_print;
};

} // namespace nexus
