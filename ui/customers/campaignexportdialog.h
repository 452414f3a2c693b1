// "Exportar segmento" (Ctrl+Shift+E on the Clientes screen): a segment of customers for a campaign — a tag, a loyalty
// tier, a churn risk, a range of last purchase — written as CSV (core/customers/campaignlist.h) with each customer's
// channel opt-outs respected. Enter writes it and closes, Esc goes back.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace nexus {

class Database;

class CampaignExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignExportDialog)

public:
    CampaignExportDialog(Database &db, const QStringList &tags, QDate today, QWidget *parent = nullptr);

    // What the screen says once the file is written ("12 customers written to …").
    [[nodiscard]] const QString &summary() const { return m_summary; }

private:
    void write();

    Database &m_db;
    QComboBox *m_tag = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_churn = nullptr;
    QCheckBox *m_byDate = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_status = nullptr;
    QString m_summary;
};

} // namespace nexus
