// The message log as a table: when, event, channel, to whom, state, attempts, the text, the provider's error or why a
// customer was not written to.
#pragma once

#include <QAbstractTableModel>

#include <optional>

#include "notifications/notificationstore.h"

namespace nexus {

class NotificationLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationLogModel)
public:
    enum Column { When, Event, Channel, Recipient, State, Attempts, Detail, ColumnCount };
    enum Role { MessageIdRole = Qt::UserRole + 1, StateRole, UnreadRole };

    explicit NotificationLogModel(NotificationStore &store, QObject *parent = nullptr);

    // Reloads the newest messages matching the filters; false (and the error in lastError()) if the query failed.
    bool reload(std::optional<MessageState> state, std::optional<NotificationChannel> channel);
    [[nodiscard]] const NotificationMessage *messageAt(int row) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static constexpr int kLimit = 500;

private:
    NotificationStore &m_store;
    std::vector<NotificationMessage> m_rows;
    QString m_lastError;
};

} // namespace nexus
