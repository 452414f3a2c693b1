// First start of a new device: register it with the company's server using a one-time code (nexus::enrollDevice).
#pragma once

#include <QWidget>

#include "client/enrollment.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace nexus {

class LanguageManager;
class LocalStore;

class EnrollmentWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentWindow)

public:
    // `prefill`: values from the command line (or a failed unattended attempt) to start from.
    EnrollmentWindow(LocalStore &store, const EnrollmentRequest &prefill, LanguageManager &languages,
                     QWidget *parent = nullptr);

    // Shown under the form, e.g. why the unattended enrollment failed.
    void showError(const QString &message);

Q_SIGNALS:
    void enrolled(const nexus::EnrollmentResult &result);
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void chooseCaFile();

    LocalStore &m_store;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLineEdit *m_server = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QLineEdit *m_deviceName = nullptr;
    QLabel *m_caLabel = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_quit = nullptr;
};

} // namespace nexus
