// Where the store sets how Chalán listens: offline on this computer (the command engine, or a large-vocabulary model
// the store installed in a folder, named here and checked file by file) or an online OpenAI-compatible transcription
// service (address, model, optional certificate; its API key goes to the SecretStore, never to the settings). Kept
// apart from the chat-completions (LLM) settings so each can be opened on its own; both are a manager's decision.
#pragma once

#include <QDialog>

#include "common/error.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace nexus {

class LocalStore;
class SecretStore;

class SpeechSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeechSettingsDialog)

public:
    SpeechSettingsDialog(LocalStore &store, SecretStore &secrets, QWidget *parent = nullptr);
    ~SpeechSettingsDialog() override = default;

    // Checks the fields, then stores them (and the key when one was typed); on error nothing is stored, the message
    // names the field and the focus goes to it.
    [[nodiscard]] Status save();

private:
    void load();
    void updateOnlineFields();
    [[nodiscard]] QString chosenEngine() const;

    LocalStore &m_store;
    SecretStore &m_secrets;
    QComboBox *m_engine = nullptr;
    QLabel *m_engineNote = nullptr;
    QLineEdit *m_modelDir = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace nexus
