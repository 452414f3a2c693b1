// Table model over NotificationStore::messages; times shown in local time.
#include "notifications/notificationlogmodel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace nexus {

NotificationLogModel::NotificationLogModel(NotificationStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

bool NotificationLogModel::reload(std::optional<MessageState> state, std::optional<NotificationChannel> channel)
{
    Result<std::vector<NotificationMessage>> rows = m_store.messages(state, channel, kLimit);
    beginResetModel();
    m_rows = rows ? std::move(*rows) : std::vector<NotificationMessage> {};
    endResetModel();
    m_lastError = rows ? QString() : rows.error().message();
    return rows.has_value();
}

const NotificationMessage *NotificationLogModel::messageAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int NotificationLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NotificationLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationLogModel::data(const QModelIndex &index, int role) const
{
    const NotificationMessage *m = messageAt(index.row());
    if (!m)
        return {};
    if (role == MessageIdRole)
        return m->id;
    if (role == StateRole)
        return static_cast<int>(m->state);
    const bool unread = m->channel == NotificationChannel::InApp && m->readAt.isEmpty();
    if (role == UnreadRole)
        return unread;
    if (role == Qt::FontRole && unread) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    // A skipped message shows why it was not sent; a failed one the provider's error; the rest their text.
    const QString why = m->state == MessageState::Skipped ? skipReasonTitle(m->skipReason) : m->lastError;
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return why.isEmpty() ? m->body : why + QStringLiteral("\n\n") + m->body;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return QLocale().toString(QDateTime::fromString(m->createdAt, Qt::ISODateWithMs).toLocalTime(),
            QLocale::ShortFormat);
    case Event:
        return eventTitle(m->event);
    case Channel:
        return channelTitle(m->channel);
    case Recipient:
        if (m->recipient.isEmpty()) // in-app: the branch; a customer channel skipped for want of an address: nobody
            return m->channel == NotificationChannel::InApp ? tr("This branch") : QStringLiteral("—");
        return m->recipient;
    case State:
        return stateTitle(m->state);
    case Attempts:
        return m->attempts;
    case Detail: {
        const QString text = m->subject.isEmpty() ? m->body : m->subject + QStringLiteral(" — ") + m->body;
        return why.isEmpty() ? text.simplified() : why;
    }
    default:
        return {};
    }
}

QVariant NotificationLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case Event: return tr("Event");
    case Channel: return tr("Channel");
    case Recipient: return tr("To");
    case State: return tr("State");
    case Attempts: return tr("Attempts");
    case Detail: return tr("Message or error");
    default: return {};
    }
}

} // namespace nexus
