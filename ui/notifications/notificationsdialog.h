// Notificaciones: the branch's in-app notices (opened from the bell; opening marks them read), the log of every
// message with its state and the provider's error (filter by state, resend a failed one) and, for managers, the
// template editor.
#pragma once

#include <QDialog>

#include "auth/user.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace nexus {

class NotificationLogModel;
class NotificationService;
class ChannelSettingsForm;
class TemplateEditor;

class NotificationsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsDialog)
public:
    NotificationsDialog(NotificationService &service, const User &user, QWidget *parent = nullptr);

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QTableView *noticesView() const { return m_notices; }
    [[nodiscard]] QTableView *logView() const { return m_log; }
    [[nodiscard]] QComboBox *stateFilter() const { return m_stateFilter; }
    [[nodiscard]] QPushButton *resendButton() const { return m_resend; }
    [[nodiscard]] TemplateEditor *templateEditor() const { return m_editor; }
    [[nodiscard]] ChannelSettingsForm *channelSettings() const { return m_channels; }
    // The channels were saved while it was open: the dispatcher must read them again.
    [[nodiscard]] bool channelsSaved() const { return m_channelsSaved; }
    void reloadLog();

Q_SIGNALS:
    void readChanged(); // the unread count changed: the bell refreshes

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void resendSelected();
    void updateResend();

    NotificationService &m_service;
    NotificationLogModel *m_noticesModel = nullptr;
    NotificationLogModel *m_logModel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_notices = nullptr;
    QTableView *m_log = nullptr;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QPushButton *m_resend = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    TemplateEditor *m_editor = nullptr;
    ChannelSettingsForm *m_channels = nullptr;
    bool m_channelsSaved = false;
};

} // namespace nexus
