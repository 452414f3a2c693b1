// How this counter reaches customers and staff: the WhatsApp Business Cloud API (phone number id, optional API URL
// and version, the access token) and the SMTP server (URL, sender, user, password, STARTTLS), each enabled on its
// own. Plain values live in nexus.db's settings (notify_whatsapp_*, notify_smtp_*); the token and the password in the
// SecretStore ("whatsapp-token", "smtp-password"), never in nexus.db. The dispatcher reads them when it starts; a
// disabled or unconfigured channel keeps its messages queued.
#pragma once

#include <QString>

#include "common/error.h"

namespace nexus {

class Database;
class SecretStore;

struct NotificationChannelSettings
{
    bool whatsappEnabled = false;
    QString whatsappPhoneNumberId;
    QString whatsappApiUrl;     // '' the Cloud API's own
    QString whatsappApiVersion; // '' the client's default
    bool whatsappTokenStored = false; // loaded: a token is in the SecretStore
    QString whatsappToken;      // to save: a new token ('' keeps the stored one)

    bool smtpEnabled = false;
    QString smtpUrl;            // smtp://host:587 or smtps://host:465
    QString smtpFrom;
    QString smtpFromName;
    QString smtpUser;           // '' no login
    bool smtpStartTlsRequired = true;
    bool smtpPasswordStored = false;
    QString smtpPassword;       // to save: a new password ('' keeps the stored one)

    QString staffEmail;         // the branch's address for staff alerts ('' none)
};

// `secrets` null: the *Stored flags stay false and no keychain is asked (the dispatcher's thread reads the one secret
// it needs itself, only for an enabled channel).
[[nodiscard]] Result<NotificationChannelSettings> loadChannelSettings(Database &db, SecretStore *secrets);
// Checks first (an enabled channel needs what it sends with; addresses look like addresses; nothing is written
// when a field is wrong, and the error names it), then writes the settings and the new secrets.
[[nodiscard]] Status saveChannelSettings(Database &db, SecretStore &secrets, const NotificationChannelSettings &settings);

} // namespace nexus
