// FiscalConfig validation, the CSD checks a store needs before saving it, and the cfdi.<branch>.* settings rows.
#include "cfdi/fiscalsettings.h"

#include "cfdi/satcatalogs.h"
#include "store/database.h"

#include <QHash>
#include <QRegularExpression>

namespace nexus {

namespace {

const QStringList kFields { QStringLiteral("rfc"), QStringLiteral("legal_name"), QStringLiteral("tax_system"),
    QStringLiteral("zip"), QStringLiteral("series"), QStringLiteral("csd_cer"), QStringLiteral("csd_key") };

QString nonNull(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

} // namespace

Status FiscalConfig::validate() const
{
    static const QRegularExpression rfcShape(QStringLiteral("^[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}$"));
    if (!rfcShape.match(rfc).hasMatch())
        return fail(ErrorCode::InvalidInput,
            NX_ERR("RFC \"%1\" is not valid: 12 characters for a company, 13 for a person (e.g. EKU9003173C9)."),
            { rfc }, QStringLiteral("rfc"));
    if (legalName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Write the legal name exactly as registered with the SAT."), {},
            QStringLiteral("legal_name"));
    const sat::Persona persona = rfc.size() == 12 ? sat::Persona::Moral : sat::Persona::Fisica;
    if (!sat::isRegimenFiscal(taxSystem))
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the tax regime (régimen fiscal)."), {},
            QStringLiteral("tax_system"));
    if (!sat::regimenAppliesTo(taxSystem, persona))
        return fail(ErrorCode::InvalidInput,
            persona == sat::Persona::Moral ? NX_ERR("Regime %1 is not for companies (RFC of 12 characters).")
                                           : NX_ERR("Regime %1 is not for persons (RFC of 13 characters)."),
            { taxSystem }, QStringLiteral("tax_system"));
    if (!sat::isCodigoPostal(zip))
        return fail(ErrorCode::InvalidInput, NX_ERR("The place of issue is a postal code of 5 digits."), {},
            QStringLiteral("zip"));
    static const QRegularExpression seriesShape(QStringLiteral("^[A-Za-z0-9]{0,25}$"));
    if (!seriesShape.match(series).hasMatch())
        return fail(ErrorCode::InvalidInput, NX_ERR("The series is up to 25 letters and digits, without spaces."), {},
            QStringLiteral("series"));
    return {};
}

CfdiIssuer FiscalConfig::issuer() const
{
    CfdiIssuer issuer;
    issuer.taxId = rfc;
    issuer.legalName = legalName;
    issuer.taxSystem = taxSystem;
    issuer.zip = zip;
    return issuer;
}

Result<Csd> checkCsd(const QByteArray &certificate, const QByteArray &key, const QString &password, const QString &rfc,
    const QDateTime &now)
{
    Result<CsdCertificate> cer = CsdCertificate::fromData(certificate);
    if (!cer)
        return std::unexpected(cer.error());
    if (password.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Write the password of the .key file (the CSD's password)."), {},
            QStringLiteral("password"));
    Result<CsdKey> privateKey = CsdKey::fromData(key, password);
    if (!privateKey)
        return std::unexpected(privateKey.error());
    if (!privateKey->matches(*cer))
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The .key file does not belong to certificate %1: upload the .key of the same CSD."),
            { cer->number() }, QStringLiteral("key"));
    if (cer->rfc() != rfc)
        return fail(ErrorCode::InvalidInput, NX_ERR("Certificate %1 belongs to RFC %2, not to %3."),
            { cer->number(), cer->rfc(), rfc }, QStringLiteral("cer"));
    if (now < cer->validFrom())
        return fail(ErrorCode::InvalidInput, NX_ERR("Certificate %1 is not valid until %2."),
            { cer->number(), cer->validFrom().toString(QStringLiteral("yyyy-MM-dd")) }, QStringLiteral("cer"));
    if (now > cer->validUntil())
        return fail(ErrorCode::InvalidInput,
            NX_ERR("Certificate %1 expired on %2: request a new CSD from the SAT (CertiSAT)."),
            { cer->number(), cer->validUntil().toString(QStringLiteral("yyyy-MM-dd")) }, QStringLiteral("cer"));
    return Csd { *cer, *privateKey };
}

Result<FiscalConfig> FiscalSettings::load() const
{
    const QString prefix = QStringLiteral("cfdi.") + m_branchId + u'.';
    Result<QSqlQuery> query = m_db.exec(QStringLiteral("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?"),
        { QVariant(qlonglong(prefix.size())), prefix });
    if (!query)
        return std::unexpected(query.error());
    QHash<QString, QString> values;
    while (query->next())
        values.insert(query->value(0).toString().mid(prefix.size()), query->value(1).toString());
    FiscalConfig config;
    Result<QSqlQuery> branch = m_db.exec(QStringLiteral("SELECT rfc, fiscal_name, fiscal_regime, postal_code, name, "
                                                        "address, phone FROM branches WHERE id = ?"),
        { m_branchId });
    if (!branch)
        return std::unexpected(branch.error());
    if (branch->next()) {
        config.branchName = branch->value(4).toString();
        config.branchAddress = branch->value(5).toString();
        config.branchPhone = branch->value(6).toString();
        if (values.isEmpty()) { // never saved on this device: what HQ has for the branch
            config.rfc = branch->value(0).toString();
            config.legalName = branch->value(1).toString();
            config.taxSystem = branch->value(2).toString();
            config.zip = branch->value(3).toString();
        }
    }
    if (values.isEmpty())
        return config;
    config.rfc = values.value(QStringLiteral("rfc"));
    config.legalName = values.value(QStringLiteral("legal_name"));
    config.taxSystem = values.value(QStringLiteral("tax_system"));
    config.zip = values.value(QStringLiteral("zip"));
    config.series = values.value(QStringLiteral("series"));
    config.certificate = QByteArray::fromBase64(values.value(QStringLiteral("csd_cer")).toLatin1());
    config.key = QByteArray::fromBase64(values.value(QStringLiteral("csd_key")).toLatin1());
    return config;
}

Status FiscalSettings::save(const FiscalConfig &config)
{
    if (Status valid = config.validate(); !valid)
        return valid;
    const QStringList values { config.rfc, config.legalName.trimmed(), config.taxSystem, config.zip, config.series,
        QString::fromLatin1(config.certificate.toBase64()), QString::fromLatin1(config.key.toBase64()) };
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    for (qsizetype i = 0; i < kFields.size(); ++i) {
        Result<QSqlQuery> written = m_db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            { QString(QStringLiteral("cfdi.") + m_branchId + u'.' + kFields.at(i)), nonNull(values.at(i)) });
        if (!written)
            return std::unexpected(written.error());
    }
    return transaction.commit();
}

} // namespace nexus
