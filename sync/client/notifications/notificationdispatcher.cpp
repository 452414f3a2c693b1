// The dispatch loop: claim, send, store the outcome; each of the two stores is its own committed transaction.
#include "client/notifications/notificationdispatcher.h"

#include "common/clock.h"
#include "store/database.h"

#include <QLoggingCategory>

namespace nexus {

Q_LOGGING_CATEGORY(lcNotifyDispatch, "nexus.sync.notifications")

NotificationDispatcher::NotificationDispatcher(Database &db, const Clock &clock, Options options)
    : m_db(db), m_clock(clock), m_options(options), m_store(db)
{
}

void NotificationDispatcher::setChannel(NotificationChannel channel, NotificationChannelClient *client)
{
    if (client)
        m_channels[channel] = client;
    else
        m_channels.erase(channel);
}

int NotificationDispatcher::retryDelaySeconds(int attempts) const
{
    qint64 delay = m_options.baseDelaySeconds;
    for (int i = 1; i < attempts && delay < m_options.maxDelaySeconds; ++i)
        delay *= 2;
    return static_cast<int>(std::min<qint64>(delay, m_options.maxDelaySeconds));
}

Result<int> NotificationDispatcher::recoverInterrupted()
{
    Result<int> n = m_store.failInterrupted(
        QStringLiteral("interrupted while sending: it may have arrived; check before sending it again"));
    if (n && *n > 0)
        qCWarning(lcNotifyDispatch) << *n << "notification(s) were interrupted while sending; not sent again";
    return n;
}

Result<DispatchReport> NotificationDispatcher::runOnce()
{
    std::vector<NotificationChannel> channels;
    for (const auto &[channel, client] : m_channels)
        channels.push_back(channel);
    DispatchReport report;
    for (;;) {
        const QDateTime now = m_clock.nowUtc();
        Result<std::optional<NotificationMessage>> claimed = m_store.claimDue(now.toString(Qt::ISODateWithMs), channels);
        if (!claimed)
            return std::unexpected(claimed.error());
        if (!*claimed)
            return report;
        const NotificationMessage &message = **claimed;
        const ChannelOutcome outcome = m_channels.at(message.channel)->send(message);
        const QString after = m_clock.nowUtc().toString(Qt::ISODateWithMs);
        Status stored;
        switch (outcome.kind) {
        case ChannelOutcome::Kind::Sent:
            stored = m_store.markSent(message.id, outcome.providerMessageId, after);
            ++report.sent;
            break;
        case ChannelOutcome::Kind::Retry:
            if (message.attempts < m_options.maxAttempts) {
                const QDateTime next = now.addSecs(retryDelaySeconds(message.attempts));
                stored = m_store.markRetry(message.id, outcome.error, next.toString(Qt::ISODateWithMs));
                ++report.retried;
                break;
            }
            [[fallthrough]];
        case ChannelOutcome::Kind::Failed:
            stored = m_store.markFailed(message.id, outcome.error);
            ++report.failed;
            break;
        }
        if (!stored) // the outcome could not be written: stop; the row stays 'sending' and is never re-sent alone
            return std::unexpected(stored.error());
        qCDebug(lcNotifyDispatch) << message.id << channelCode(message.channel) << "attempt" << message.attempts
                                  << static_cast<int>(outcome.kind) << outcome.error;
    }
}

} // namespace nexus
