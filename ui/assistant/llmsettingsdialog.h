// A manager's settings for Chalán's optional online model: the address of any OpenAI-compatible chat-completions
// service, the model, the API key (kept in the SecretStore, never shown back) and an optional CA file for a server of
// the store's own; "Test" asks the service once with our tools on a worker thread and says what came back.
#pragma once

#include <QDialog>
#include <QString>

#include <atomic>
#include <memory>

#include "client/llmclient.h"
#include "common/error.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QThread;

namespace nexus {

class LocalStore;

class LlmSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmSettingsDialog)

public:
    // `dataDir`: the SecretStore's folder (nexus.db's).
    LlmSettingsDialog(LocalStore &store, QString dataDir, QWidget *parent = nullptr);
    ~LlmSettingsDialog() override;

    // Checks the fields and stores them (the key only when one was typed); the message names the field and the focus
    // goes to it on error.
    [[nodiscard]] Status save();
    // "Test": one request with the fields as typed (the stored key when none is typed), answered in the status line.
    void test();
    [[nodiscard]] bool isTesting() const { return m_worker != nullptr; }

private:
    [[nodiscard]] LlmConfig typed() const;
    void tested(const Result<LlmAnswer> &answer, qint64 elapsedMs, const QString &model);
    void showStatus(const QString &text, bool error);
    void focusField(const QString &field);

    LocalStore &m_store;
    QString m_dataDir;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace nexus
