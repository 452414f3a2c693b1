// The branch's fiscal data for invoicing (RFC, razón social, régimen, lugar de expedición, serie) and its CSD, kept
// in nexus.db's `settings` table under cfdi.<branch id>.* keys; the CSD password and the PAC key are secrets and live
// in the SecretStore (sync/client), never here.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "cfdi/csd.h"
#include "cfdi/invoicerequest.h"
#include "common/error.h"

namespace nexus {

class Database;

struct FiscalConfig
{
    QString rfc;
    QString legalName; // exactly as registered with the SAT, without "SA DE CV"
    QString taxSystem; // c_RegimenFiscal
    QString zip; // LugarExpedicion
    QString series; // Serie of this branch's invoices (letters, up to 25)
    QByteArray certificate; // the CSD .cer as uploaded (DER or PEM)
    QByteArray key; // the CSD .key as uploaded (encrypted with its password)
    // The branch as HQ describes it (branches row; read-only here): the printed invoice's header under the legal name.
    QString branchName;
    QString branchAddress;
    QString branchPhone;

    static constexpr const char *kCsdPasswordSecret = "csd-key-password"; // name in the SecretStore

    [[nodiscard]] bool hasCsd() const { return !certificate.isEmpty() && !key.isEmpty(); }
    // RFC shape (12 moral, 13 física), legal name, régimen in c_RegimenFiscal and for that kind of persona, 5-digit
    // CP, series shape. Errors name the field: rfc, legal_name, tax_system, zip, series.
    [[nodiscard]] Status validate() const;
    [[nodiscard]] CfdiIssuer issuer() const;
};

// Opens an uploaded CSD and checks it is usable for this RFC now: a certificate (field "cer"), a private key
// ("key"), the password ("password": missing or wrong), the key belongs to the certificate ("key"), the certificate
// is this RFC's ("cer") and valid at `now` ("cer": not yet valid / expired on its date).
[[nodiscard]] Result<Csd> checkCsd(const QByteArray &certificate, const QByteArray &key, const QString &password,
    const QString &rfc, const QDateTime &now);

class FiscalSettings final
{
public:
    FiscalSettings(Database &db, QString branchId) : m_db(db), m_branchId(std::move(branchId)) { }

    // The stored data; for what was never saved here, the branch's fiscal data replicated from HQ (branches row).
    [[nodiscard]] Result<FiscalConfig> load() const;
    // Validates, then writes every key in one transaction; on error nothing changes.
    [[nodiscard]] Status save(const FiscalConfig &config);

private:
    Database &m_db;
    QString m_branchId;
};

} // namespace nexus
