// The branch's fiscal settings for invoicing: RFC, razón social, régimen, lugar de expedición, serie, the CSD (.cer,
// .key and its password, checked before anything is saved) and the PAC's API key (kept in the SecretStore).
#pragma once

#include <QDialog>
#include <QString>

#include "client/facturapiclient.h"
#include "common/error.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace nexus {

class Clock;
class Database;
class SecretStore;
struct FiscalConfig;

class FiscalSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiscalSettingsDialog)

public:
    static constexpr const char *kPacApiKeySecret = FacturapiClient::kApiKeySecret; // the stamping worker reads it

    FiscalSettingsDialog(
        Database &db, SecretStore &secrets, QString branchId, const Clock &clock, QWidget *parent = nullptr);
    ~FiscalSettingsDialog() override = default;

    // Validates every field and the CSD, then stores them; on error nothing is stored, the message names the field
    // and the focus goes to its widget.
    [[nodiscard]] Status save();

private:
    void load();
    void chooseFile(QLineEdit *target, const QString &title, const QString &filter);
    void showStatus(const QString &text, bool error);
    void focusField(const QString &field);
    void describeCsd(const FiscalConfig &config);

    Database &m_db;
    SecretStore &m_secrets;
    QString m_branchId;
    const Clock &m_clock;
    QLineEdit *m_rfc = nullptr;
    QLineEdit *m_legalName = nullptr;
    QComboBox *m_taxSystem = nullptr;
    QLineEdit *m_zip = nullptr;
    QLineEdit *m_series = nullptr;
    QLabel *m_csdState = nullptr;
    QLineEdit *m_cerPath = nullptr;
    QLineEdit *m_keyPath = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace nexus
