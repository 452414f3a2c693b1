// The online model's settings form and its "Test" request.
#include "assistant/llmsettingsdialog.h"

#include "assistant/assistanttools.h"
#include "client/llmsettings.h"
#include "client/secretstore.h"
#include "common/formstatus.h"
#include "store/localstore.h"

#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace nexus {

LlmSettingsDialog::LlmSettingsDialog(LocalStore &store, QString dataDir, QWidget *parent)
    : QDialog(parent), m_store(store), m_dataDir(std::move(dataDir))
{
    setObjectName(QStringLiteral("llmSettingsDialog"));
    setMinimumWidth(620);
    QVBoxLayout *layout = formstatus::frame(this, tr("Chalán online"));
    auto *intro = new QLabel(tr("When Chalán does not understand a question, it can ask an online language model "
                                "(any OpenAI-compatible service). The model can only use Chalán's own actions, with "
                                "the permissions of whoever is signed in. Leave the address empty to switch it off."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const auto line = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    const LlmConfig stored = LlmSettings::load(m_store);
    m_url = line("llmUrl");
    m_url->setPlaceholderText(QStringLiteral("https://api.openai.com"));
    m_url->setText(stored.baseUrl);
    form->addRow(tr("&Address"), m_url);
    m_model = line("llmModel");
    m_model->setPlaceholderText(QStringLiteral("gpt-4o-mini"));
    m_model->setText(stored.model);
    form->addRow(tr("&Model"), m_model);
    m_key = line("llmKey");
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Empty: keep the key already saved"));
    form->addRow(tr("API &key"), m_key);
    m_caFile = line("llmCaFile");
    m_caFile->setPlaceholderText(tr("Optional: the CA of a server of your own (PEM)"));
    m_caFile->setText(stored.caFile);
    form->addRow(tr("&Certificate"), m_caFile);
    layout->addLayout(form);

    m_status = formstatus::line("llmStatus", this);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("llmTest"));
    m_test->setAutoDefault(false);
    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("llmSave"));
    saveButton->setProperty("kind", QStringLiteral("primary"));
    saveButton->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("llmCancel"));
    cancel->setAutoDefault(false);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(saveButton);
    layout->addLayout(buttons);

    connect(m_test, &QPushButton::clicked, this, &LlmSettingsDialog::test);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
}

LlmSettingsDialog::~LlmSettingsDialog()
{
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();
        delete m_worker;
    }
}

LlmConfig LlmSettingsDialog::typed() const
{
    LlmConfig config;
    config.baseUrl = m_url->text().trimmed();
    config.model = m_model->text().trimmed();
    config.apiKey = m_key->text().trimmed();
    config.caFile = m_caFile->text().trimmed();
    return config;
}

Status LlmSettingsDialog::save()
{
    const LlmConfig config = typed();
    SecretStore secrets(m_dataDir);
    const Status saved = LlmSettings::save(m_store, secrets, config,
        config.apiKey.isEmpty() ? std::nullopt : std::optional<QString>(config.apiKey));
    if (!saved) {
        showStatus(saved.error().message(), true);
        focusField(saved.error().field());
    }
    return saved;
}

void LlmSettingsDialog::test()
{
    if (m_worker)
        return;
    LlmConfig config = typed();
    if (Status valid = LlmSettings::validate(config); !valid || !config.isConfigured()) {
        showStatus(valid ? tr("Type the address and the model first.") : valid.error().message(), true);
        focusField(valid ? QStringLiteral("url") : valid.error().field());
        return;
    }
    showStatus(tr("Asking %1…").arg(config.completionsUrl()), false);
    m_test->setEnabled(false);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_worker = QThread::create([this, config, dataDir = m_dataDir, cancel = m_cancel]() mutable {
        if (config.apiKey.isEmpty()) { // the saved key; the keychain may take seconds
            SecretStore secrets(dataDir);
            config.apiKey = LlmSettings::apiKey(secrets);
        }
        QElapsedTimer took;
        took.start();
        const QJsonArray messages
            = AssistantTools::messagesFor(QStringLiteral("Prueba de conexión: contesta solo \"listo\"."));
        const Result<LlmAnswer> answer
            = LlmClient(config).complete(messages, AssistantTools::definitions(), cancel.get());
        const qint64 elapsed = took.elapsed();
        // `this` outlives the worker (the destructor waits): it is only the queued call's receiver here.
        QMetaObject::invokeMethod(
            this, [this, answer, elapsed, model = config.model] { tested(answer, elapsed, model); },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

void LlmSettingsDialog::tested(const Result<LlmAnswer> &answer, qint64 elapsedMs, const QString &model)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_test->setEnabled(true);
    if (!answer) {
        showStatus(answer.error().message(), true);
        return;
    }
    showStatus(tr("It works: %1 answered in %2 ms.").arg(model).arg(elapsedMs), false);
}

void LlmSettingsDialog::showStatus(const QString &text, bool error)
{
    formstatus::show(m_status, text, error);
}

void LlmSettingsDialog::focusField(const QString &field)
{
    QLineEdit *edit = field == u"model" ? m_model : field == u"ca_file" ? m_caFile : m_url;
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
}

} // namespace nexus
