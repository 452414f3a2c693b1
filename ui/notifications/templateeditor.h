// The manager's template editor: pick an event and channel, edit subject and text with {placeholders}, see the
// preview with sample values as you type (an unknown placeholder is named), save.
#pragma once

#include <QWidget>

#include "auth/user.h"
#include "notifications/notificationtemplate.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace nexus {

class NotificationService;

class TemplateEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEditor)
public:
    TemplateEditor(NotificationService &service, const User &user, QWidget *parent = nullptr);

    void reload();
    [[nodiscard]] QPlainTextEdit *bodyEdit() const { return m_body; }
    [[nodiscard]] QTextBrowser *preview() const { return m_preview; }
    [[nodiscard]] QListWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showTemplate(int row);
    void updatePreview();
    void save();
    [[nodiscard]] NotificationTemplate edited() const;

    NotificationService &m_service;
    User m_user;
    std::vector<NotificationTemplate> m_templates;
    int m_row = -1;
    QListWidget *m_list = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLineEdit *m_subject = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_waLabel = nullptr;
    QLineEdit *m_waTemplate = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_placeholders = nullptr;
    QLabel *m_previewLabel = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace nexus
