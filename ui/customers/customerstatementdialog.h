// The customer's statement (estado de cuenta) as PDF, from their card (Ctrl+E): the period's first and last day
// (this month so far unless changed) and where to write it; Enter writes it through the report PDF layout and closes,
// Esc goes back to the card. core/customers/customerstatement.h computes it.
#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace nexus {

class Database;

class CustomerStatementDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerStatementDialog)

public:
    CustomerStatementDialog(Database &db, QString customerId, const QString &customerName, QString branchName,
        QDate today, QWidget *parent = nullptr);

    // The file written by the last accepted write, and what the card says about it.
    [[nodiscard]] const QString &writtenPath() const { return m_written; }
    [[nodiscard]] const QString &summary() const { return m_summary; }

private:
    void write();

    Database &m_db;
    QString m_customerId;
    QString m_branchName;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_status = nullptr;
    QString m_written;
    QString m_summary;
};

} // namespace nexus
