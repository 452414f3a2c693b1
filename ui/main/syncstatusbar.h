// The main window's status bar: sync state with a coloured dot, pending changes, last sync (its tooltip: the "as of"
// of other branches' stock and of prices), user and device.
#pragma once

#include <QStatusBar>

#include "auth/user.h"
#include "store/deviceidentity.h"

class QLabel;

namespace nexus {

class SyncStatus;

class SyncStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusBar)

public:
    SyncStatusBar(SyncStatus &status, const DeviceIdentity &device, QWidget *parent = nullptr);

    void setUser(const User &user);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    [[nodiscard]] QString lastSyncText() const;
    // Empty while this computer's clock is within kClockToleranceSeconds of the server's.
    [[nodiscard]] QString clockText() const;
    static constexpr qint64 kClockToleranceSeconds = 5 * 60;
    [[nodiscard]] QString pulledText() const;

    SyncStatus &m_status;
    DeviceIdentity m_device;
    User m_user;
    QLabel *m_dot = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_deviceLabel = nullptr;
};

} // namespace nexus
