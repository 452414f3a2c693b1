// Channel settings: settings rows in one transaction, secrets beside them in the SecretStore.
#include "client/notifications/channelsettings.h"

#include "client/secretstore.h"
#include "store/database.h"

#include <QRegularExpression>
#include <QUrl>

namespace nexus {

namespace {

const QString kWhatsAppEnabled = QStringLiteral("notify_whatsapp_enabled");
const QString kPhoneNumberId = QStringLiteral("notify_whatsapp_phone_number_id");
const QString kApiUrl = QStringLiteral("notify_whatsapp_api_url");
const QString kApiVersion = QStringLiteral("notify_whatsapp_api_version");
const QString kSmtpEnabled = QStringLiteral("notify_smtp_enabled");
const QString kSmtpUrl = QStringLiteral("notify_smtp_url");
const QString kSmtpFrom = QStringLiteral("notify_smtp_from");
const QString kSmtpFromName = QStringLiteral("notify_smtp_from_name");
const QString kSmtpUser = QStringLiteral("notify_smtp_user");
const QString kSmtpStartTls = QStringLiteral("notify_smtp_starttls");
const QString kStaffEmail = QStringLiteral("notify_staff_email");
const QString kToken = QStringLiteral("whatsapp-token");
const QString kPassword = QStringLiteral("smtp-password");

bool looksLikeEmail(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return pattern.match(address).hasMatch();
}

Result<QString> setting(Database &db, const QString &key)
{
    Result<QVariant> value = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
    if (!value)
        return std::unexpected(value.error());
    return value->isValid() ? value->toString() : QString();
}

bool stored(SecretStore &secrets, const QString &name)
{
    Result<QByteArray> secret = secrets.read(name);
    return secret && !secret->isEmpty();
}

} // namespace

Result<NotificationChannelSettings> loadChannelSettings(Database &db, SecretStore *secrets)
{
    NotificationChannelSettings s;
    QStringList values;
    for (const QString &key : { kWhatsAppEnabled, kPhoneNumberId, kApiUrl, kApiVersion, kSmtpEnabled, kSmtpUrl,
             kSmtpFrom, kSmtpFromName, kSmtpUser, kSmtpStartTls, kStaffEmail }) {
        Result<QString> value = setting(db, key);
        if (!value)
            return std::unexpected(value.error());
        values << *value;
    }
    s.whatsappPhoneNumberId = values.at(1);
    s.whatsappApiUrl = values.at(2);
    s.whatsappApiVersion = values.at(3);
    s.smtpUrl = values.at(5);
    s.smtpFrom = values.at(6);
    s.smtpFromName = values.at(7);
    s.smtpUser = values.at(8);
    s.smtpStartTlsRequired = values.at(9) != QLatin1String("optional");
    s.staffEmail = values.at(10);
    // Configured before the switches existed: on while it has what it needs, unless switched off.
    s.whatsappEnabled = values.at(0) == QLatin1String("1") || (values.at(0).isEmpty() && !s.whatsappPhoneNumberId.isEmpty());
    s.smtpEnabled = values.at(4) == QLatin1String("1") || (values.at(4).isEmpty() && !s.smtpUrl.isEmpty());
    if (secrets) {
        s.whatsappTokenStored = !s.whatsappPhoneNumberId.isEmpty() && stored(*secrets, kToken);
        s.smtpPasswordStored = !s.smtpUser.isEmpty() && stored(*secrets, kPassword);
    }
    return s;
}

Status saveChannelSettings(Database &db, SecretStore &secrets, const NotificationChannelSettings &s)
{
    const QString phoneId = s.whatsappPhoneNumberId.trimmed();
    if (s.whatsappEnabled && phoneId.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("WhatsApp needs the phone number id of the Business account"), {},
            QStringLiteral("whatsapp_phone_number_id"));
    if (!phoneId.isEmpty() && !QRegularExpression(QStringLiteral("^[0-9]+$")).match(phoneId).hasMatch())
        return fail(ErrorCode::InvalidInput, NX_ERR("The WhatsApp phone number id is digits only"), {},
            QStringLiteral("whatsapp_phone_number_id"));
    if (s.whatsappEnabled && s.whatsappToken.trimmed().isEmpty() && !stored(secrets, kToken))
        return fail(ErrorCode::InvalidInput, NX_ERR("WhatsApp needs the access token of the Business account"), {},
            QStringLiteral("whatsapp_token"));
    const QString apiUrl = s.whatsappApiUrl.trimmed();
    if (!apiUrl.isEmpty() && QUrl(apiUrl).scheme() != QLatin1String("https"))
        return fail(ErrorCode::InvalidInput, NX_ERR("The WhatsApp API address must start with https://"), {},
            QStringLiteral("whatsapp_api_url"));
    const QString smtpUrl = s.smtpUrl.trimmed();
    const QString scheme = QUrl(smtpUrl).scheme();
    if (s.smtpEnabled && smtpUrl.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("E-mail needs the SMTP server (smtp://host:587 or smtps://host:465)"),
            {}, QStringLiteral("smtp_url"));
    if (!smtpUrl.isEmpty() && ((scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps")) || QUrl(smtpUrl).host().isEmpty()))
        return fail(ErrorCode::InvalidInput, NX_ERR("The SMTP server must look like smtp://host:587 or smtps://host:465"),
            {}, QStringLiteral("smtp_url"));
    if (s.smtpEnabled && !looksLikeEmail(s.smtpFrom.trimmed()))
        return fail(ErrorCode::InvalidInput, NX_ERR("E-mail needs the sender's address (name@domain)"), {},
            QStringLiteral("smtp_from"));
    if (!s.staffEmail.trimmed().isEmpty() && !looksLikeEmail(s.staffEmail.trimmed()))
        return fail(ErrorCode::InvalidInput, NX_ERR("The staff's e-mail is not an address (name@domain)"), {},
            QStringLiteral("staff_email"));

    // Secrets first: a token that cannot be kept must not leave the channel switched on without it.
    if (!s.whatsappToken.trimmed().isEmpty())
        if (Result<SecretStore::Backend> kept = secrets.write(kToken, s.whatsappToken.trimmed().toUtf8()); !kept)
            return std::unexpected(kept.error());
    if (!s.smtpPassword.isEmpty())
        if (Result<SecretStore::Backend> kept = secrets.write(kPassword, s.smtpPassword.toUtf8()); !kept)
            return std::unexpected(kept.error());
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QList<std::pair<QString, QString>> rows { { kWhatsAppEnabled, s.whatsappEnabled ? QStringLiteral("1") : QStringLiteral("0") },
        { kPhoneNumberId, phoneId }, { kApiUrl, apiUrl }, { kApiVersion, s.whatsappApiVersion.trimmed() },
        { kSmtpEnabled, s.smtpEnabled ? QStringLiteral("1") : QStringLiteral("0") }, { kSmtpUrl, smtpUrl },
        { kSmtpFrom, s.smtpFrom.trimmed() }, { kSmtpFromName, s.smtpFromName.trimmed() },
        { kSmtpUser, s.smtpUser.trimmed() },
        { kSmtpStartTls, s.smtpStartTlsRequired ? QStringLiteral("required") : QStringLiteral("optional") },
        { kStaffEmail, s.staffEmail.trimmed() } };
    for (const auto &[key, value] : rows) {
        Result<QSqlQuery> saved = db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            { key, value.isNull() ? QStringLiteral("") : value });
        if (!saved)
            return std::unexpected(saved.error());
    }
    return transaction.commit();
}

} // namespace nexus
