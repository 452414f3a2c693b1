// The voice input settings form: SpeechSettings for the rows, the SecretStore for the key.
#include "assistant/speechsettingsdialog.h"

#include "assistant/speechsettings.h"
#include "client/onlinetranscriber.h"
#include "client/secretstore.h"
#include "common/formstatus.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace nexus {

SpeechSettingsDialog::SpeechSettingsDialog(LocalStore &store, SecretStore &secrets, QWidget *parent)
    : QDialog(parent), m_store(store), m_secrets(secrets)
{
    setObjectName(QStringLiteral("speechSettingsDialog"));
    setMinimumWidth(560);
    QVBoxLayout *layout = formstatus::frame(this, tr("Chalán's voice input"));

    auto *form = new QFormLayout;
    m_engine = new QComboBox(this);
    m_engine->setObjectName(QStringLiteral("speechEngine"));
    m_engine->addItem(tr("Offline, on this computer"), QStringLiteral("offline"));
    m_engine->addItem(tr("Online transcription service (OpenAI-compatible)"), QStringLiteral("online"));
    m_engine->addItem(tr("Offline, large vocabulary"), QStringLiteral("sherpa"));
    form->addRow(tr("&Listen with"), m_engine);
    m_engineNote = new QLabel(this);
    m_engineNote->setObjectName(QStringLiteral("speechEngineNote"));
    m_engineNote->setWordWrap(true);
    form->addRow(QString(), m_engineNote);
    const auto line = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    m_modelDir = line("speechModelDir");
    m_modelDir->setPlaceholderText(tr("Folder where the store unpacked the Spanish model"));
    form->addRow(tr("Model &folder"), m_modelDir);
    m_url = line("speechUrl");
    m_url->setPlaceholderText(QString::fromLatin1(OnlineTranscriber::kDefaultUrl));
    form->addRow(tr("Service &address"), m_url);
    m_model = line("speechModel");
    m_model->setPlaceholderText(QString::fromLatin1(OnlineTranscriber::kDefaultModel));
    form->addRow(tr("&Model"), m_model);
    m_apiKey = line("speechApiKey");
    m_apiKey->setEchoMode(QLineEdit::Password);
    form->addRow(tr("API &key"), m_apiKey);
    m_caFile = line("speechCaFile");
    m_caFile->setPlaceholderText(tr("Only for a service with its own certificate (PEM file)"));
    form->addRow(tr("&Certificate"), m_caFile);
    layout->addLayout(form);

    m_status = formstatus::line("speechStatus", this);
    layout->addWidget(m_status);

    formstatus::saveRow(this, layout, "speech", [this] { return save().has_value(); });
    connect(m_engine, &QComboBox::currentIndexChanged, this, &SpeechSettingsDialog::updateOnlineFields);
    load();
}

void SpeechSettingsDialog::load()
{
    const SpeechSettings settings = SpeechSettings::load(m_store);
    const QString engine = settings.engine == SpeechSettings::Engine::Online ? QStringLiteral("online")
        : settings.engine == SpeechSettings::Engine::LargeVocabulary         ? QStringLiteral("sherpa")
                                                                             : QStringLiteral("offline");
    m_engine->setCurrentIndex(std::max(0, m_engine->findData(engine)));
    m_modelDir->setText(settings.modelDir);
    m_url->setText(settings.onlineUrl);
    m_model->setText(settings.onlineModel);
    m_caFile->setText(settings.onlineCaFile);
    m_apiKey->setPlaceholderText(OnlineTranscriber::apiKeyFrom(m_secrets).isEmpty()
            ? tr("Not set")
            : tr("Saved; write a new one to replace it"));
    updateOnlineFields();
}

QString SpeechSettingsDialog::chosenEngine() const
{
    return m_engine->currentData().toString();
}

void SpeechSettingsDialog::updateOnlineFields()
{
    const bool online = chosenEngine() == u"online";
    const bool large = chosenEngine() == u"sherpa";
    m_modelDir->setEnabled(large);
    for (QWidget *field : { static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_model),
             static_cast<QWidget *>(m_apiKey), static_cast<QWidget *>(m_caFile) })
        field->setEnabled(online);
    if (online)
        m_engineNote->setText(tr("The recording is sent to the service when the line is up; offline, Chalán listens "
                                 "with the offline engine if this computer has one."));
    else if (large)
        m_engineNote->setText(tr("Free speech, with the Spanish model in this folder; nothing leaves this computer."));
    else if (SpeechEngines::offlineInstalled())
        m_engineNote->setText(tr("Nothing leaves this computer."));
    else
        m_engineNote->setText(tr("This computer has no offline speech engine installed yet: choose the online "
                                 "service to talk to Chalán, or type."));
}

Status SpeechSettingsDialog::save()
{
    SpeechSettings settings;
    settings.engine = chosenEngine() == u"online" ? SpeechSettings::Engine::Online
        : chosenEngine() == u"sherpa"              ? SpeechSettings::Engine::LargeVocabulary
                                                   : SpeechSettings::Engine::Offline;
    settings.modelDir = m_modelDir->text().trimmed();
    settings.onlineUrl = m_url->text().trimmed().isEmpty() ? m_url->placeholderText() : m_url->text().trimmed();
    settings.onlineModel = m_model->text().trimmed().isEmpty() ? m_model->placeholderText() : m_model->text().trimmed();
    settings.onlineCaFile = m_caFile->text().trimmed();
    const auto refuse = [this](const Error &error) -> Status {
        formstatus::show(m_status, error.message(), true);
        QLineEdit *field = error.field() == u"url" ? m_url
            : error.field() == u"model"            ? m_model
            : error.field() == u"ca_file"          ? m_caFile
            : error.field() == u"model_dir"        ? m_modelDir
                                                   : m_apiKey;
        field->setFocus();
        return std::unexpected(error);
    };
    if (Status valid = settings.validate(); !valid)
        return refuse(valid.error());
    const QString key = m_apiKey->text().trimmed();
    if (settings.engine == SpeechSettings::Engine::Online && key.isEmpty()
        && OnlineTranscriber::apiKeyFrom(m_secrets).isEmpty())
        return refuse(Error(ErrorCode::InvalidInput, NX_ERR("Type the transcription service's API key"), {},
            QStringLiteral("api_key")));
    if (!key.isEmpty()) {
        if (Result<SecretStore::Backend> kept = m_secrets.write(QLatin1String(OnlineTranscriber::kApiKeySecret),
                key.toUtf8());
            !kept)
            return refuse(kept.error());
        m_apiKey->clear();
    }
    if (Status saved = settings.save(m_store); !saved)
        return refuse(saved.error());
    formstatus::show(m_status, tr("Voice input settings saved."), false);
    return {};
}

} // namespace nexus
