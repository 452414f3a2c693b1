// Sends the queued notifications: claim (stored as 'sending') → provider → outcome stored; transient failures are
// retried with exponential back-off, permanent ones fail with the provider's error.
//
// Never twice: a message is claimed by one conditional UPDATE inside a transaction (two dispatchers on one nexus.db
// cannot both take it), and its state is committed as 'sending' BEFORE the provider is called. After the provider
// answers, the outcome is committed. If the process dies between those two commits, nobody knows whether the
// provider got it: at the next start recoverInterrupted() marks such rows failed ("interrupted") and they are NOT
// sent again automatically; a person may resend from the Notificaciones screen. So the program sends at most once
// by itself. The idempotency key also travels to the provider (WhatsApp biz_opaque_callback_data, the e-mail's
// Message-ID) so the provider's reports and the recipient's mail client can tie duplicates to one outbox row.
// Residual window: a transport error after the provider accepted the request (answer lost, timeout) is treated as
// "retry" like an outage; the provider may then receive it twice. Connection failures (the common offline case)
// never reached the provider.
#pragma once

#include <QString>

#include <map>

#include "common/error.h"
#include "client/notifications/channelclient.h"
#include "notifications/notificationstore.h"

namespace nexus {

class Clock;
class Database;

struct DispatchReport
{
    int sent = 0;
    int retried = 0;
    int failed = 0;
};

class NotificationDispatcher final
{
public:
    struct Options
    {
        int baseDelaySeconds = 30;   // first retry after 30 s, then 60, 120… (×2 each attempt)
        int maxDelaySeconds = 3600;  // never wait more than an hour between attempts
        int maxAttempts = 8;         // then the message fails with its last error
    };

    NotificationDispatcher(Database &db, const Clock &clock, Options options);
    NotificationDispatcher(Database &db, const Clock &clock) : NotificationDispatcher(db, clock, Options {}) { }

    // The client for a channel; a channel without one keeps its messages queued. Not owned.
    void setChannel(NotificationChannel channel, NotificationChannelClient *client);

    // Once at start-up, before the first run: rows a stopped process left 'sending' become failed (see above).
    [[nodiscard]] Result<int> recoverInterrupted();
    // Sends every message due now, one at a time; returns what happened.
    [[nodiscard]] Result<DispatchReport> runOnce();
    // The wait before attempt `attempts + 1`, given `attempts` already made.
    [[nodiscard]] int retryDelaySeconds(int attempts) const;

private:
    Database &m_db;
    const Clock &m_clock;
    Options m_options;
    NotificationStore m_store;
    std::map<NotificationChannel, NotificationChannelClient *> m_channels;
};

} // namespace nexus
