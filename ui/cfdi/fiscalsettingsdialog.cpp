// FiscalSettingsDialog: a form over FiscalConfig; FiscalSettings validates and stores it, checkCsd opens the CSD.
#include "cfdi/fiscalsettingsdialog.h"

#include "cfdi/fiscalsettings.h"
#include "cfdi/satcatalogs.h"
#include "client/secretstore.h"
#include "common/clock.h"
#include "common/formstatus.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

namespace {

Result<QByteArray> readFile(const QString &path, const char *field)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, NX_ERR("The file %1 cannot be read: %2"), { path, file.errorString() },
            QLatin1String(field));
    return file.readAll();
}

} // namespace

FiscalSettingsDialog::FiscalSettingsDialog(
    Database &db, SecretStore &secrets, QString branchId, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_db(db), m_secrets(secrets), m_branchId(std::move(branchId)), m_clock(clock)
{
    setObjectName(QStringLiteral("fiscalSettingsDialog"));
    setMinimumWidth(640);
    QVBoxLayout *layout = formstatus::frame(this, tr("Invoicing (CFDI) settings"));

    auto *form = new QFormLayout;
    const auto line = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    m_rfc = line("fiscalRfc");
    m_rfc->setMaxLength(13);
    connect(m_rfc, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int cursor = m_rfc->cursorPosition();
        m_rfc->setText(text.toUpper());
        m_rfc->setCursorPosition(cursor);
    });
    form->addRow(tr("&RFC"), m_rfc);
    m_legalName = line("fiscalLegalName");
    m_legalName->setPlaceholderText(tr("As registered with the SAT, without \"SA de CV\""));
    form->addRow(tr("&Legal name"), m_legalName);
    m_taxSystem = new QComboBox(this);
    m_taxSystem->setObjectName(QStringLiteral("fiscalTaxSystem"));
    m_taxSystem->addItem(tr("Choose…"), QString());
    for (const QString &code : sat::regimenFiscalCodes())
        m_taxSystem->addItem(code + QStringLiteral(" - ") + sat::regimenFiscalName(code), code);
    form->addRow(tr("Tax &regime"), m_taxSystem);
    m_zip = line("fiscalZip");
    m_zip->setMaxLength(5);
    m_zip->setPlaceholderText(tr("Postal code of this branch"));
    form->addRow(tr("&Place of issue (CP)"), m_zip);
    m_series = line("fiscalSeries");
    m_series->setPlaceholderText(tr("e.g. MTZ (empty: no series)"));
    form->addRow(tr("Invoice &series"), m_series);

    m_csdState = new QLabel(this);
    m_csdState->setObjectName(QStringLiteral("fiscalCsdState"));
    m_csdState->setWordWrap(true);
    form->addRow(tr("CSD"), m_csdState);
    const auto fileRow = [this, form](QLineEdit *edit, const QString &label, const QString &dialogTitle,
                             const QString &filter, const char *buttonName) {
        auto *row = new QHBoxLayout;
        auto *choose = new QPushButton(tr("Choose…"), this);
        choose->setObjectName(QLatin1String(buttonName));
        row->addWidget(edit, 1);
        row->addWidget(choose);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(edit); // the label's Alt+letter reaches the path field
        form->addRow(caption, row);
        connect(choose, &QPushButton::clicked, this,
            [this, edit, dialogTitle, filter] { chooseFile(edit, dialogTitle, filter); });
    };
    m_cerPath = line("fiscalCerPath");
    m_cerPath->setPlaceholderText(tr("The CSD certificate (.cer) the SAT issued"));
    fileRow(m_cerPath, tr("&Certificate (.cer)"), tr("Choose the CSD certificate"), tr("CSD certificate (*.cer *.pem)"),
        "fiscalChooseCer");
    m_keyPath = line("fiscalKeyPath");
    m_keyPath->setPlaceholderText(tr("The CSD private key (.key)"));
    fileRow(m_keyPath, tr("Private &key (.key)"), tr("Choose the CSD private key"), tr("CSD key (*.key *.pem)"),
        "fiscalChooseKey");
    m_password = line("fiscalPassword");
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Key pass&word"), m_password);
    m_apiKey = line("fiscalApiKey");
    m_apiKey->setEchoMode(QLineEdit::Password);
    form->addRow(tr("PAC &API key"), m_apiKey);
    layout->addLayout(form);

    m_status = formstatus::line("fiscalStatus", this);
    layout->addWidget(m_status);

    formstatus::saveRow(this, layout, "fiscal", [this] { return save().has_value(); });
    load();
}

void FiscalSettingsDialog::load()
{
    const Result<FiscalConfig> stored = FiscalSettings(m_db, m_branchId).load();
    if (!stored) {
        showStatus(stored.error().message(), true);
        return;
    }
    m_rfc->setText(stored->rfc);
    m_legalName->setText(stored->legalName);
    m_taxSystem->setCurrentIndex(std::max(0, m_taxSystem->findData(stored->taxSystem)));
    m_zip->setText(stored->zip);
    m_series->setText(stored->series);
    describeCsd(*stored);
    const Result<QByteArray> apiKey = m_secrets.read(QLatin1String(kPacApiKeySecret));
    m_apiKey->setPlaceholderText(apiKey ? tr("Saved; write a new one to replace it") : tr("Not set"));
}

void FiscalSettingsDialog::describeCsd(const FiscalConfig &config)
{
    if (!config.hasCsd()) {
        m_csdState->setText(tr("No CSD yet: invoices cannot be sealed here."));
        return;
    }
    const Result<CsdCertificate> certificate = CsdCertificate::fromData(config.certificate);
    m_csdState->setText(certificate ? tr("Certificate %1 of %2, valid until %3")
                                          .arg(certificate->number(), certificate->rfc(),
                                              certificate->validUntil().toString(QStringLiteral("yyyy-MM-dd")))
                                    : certificate.error().message());
}

void FiscalSettingsDialog::chooseFile(QLineEdit *target, const QString &title, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(this, title, target->text(), filter);
    if (!path.isEmpty())
        target->setText(path);
}

Status FiscalSettingsDialog::save()
{
    Result<FiscalConfig> stored = FiscalSettings(m_db, m_branchId).load();
    if (!stored) {
        showStatus(stored.error().message(), true);
        return std::unexpected(stored.error());
    }
    FiscalConfig config = *stored;
    config.rfc = m_rfc->text().trimmed().toUpper();
    config.legalName = m_legalName->text().simplified();
    config.taxSystem = m_taxSystem->currentData().toString();
    config.zip = m_zip->text().trimmed();
    config.series = m_series->text().trimmed();
    const auto refuse = [this](const Error &error) -> Status {
        showStatus(error.message(), true);
        focusField(error.field());
        return std::unexpected(error);
    };
    if (Status valid = config.validate(); !valid)
        return refuse(valid.error());

    // A new CSD: both files and the password, checked together before anything is stored.
    const QString cerPath = m_cerPath->text().trimmed();
    const QString keyPath = m_keyPath->text().trimmed();
    const bool newCsd = !cerPath.isEmpty() || !keyPath.isEmpty();
    if (newCsd) {
        if (cerPath.isEmpty())
            return refuse(Error(ErrorCode::InvalidInput, NX_ERR("Choose the certificate (.cer) of the CSD."), {},
                QStringLiteral("cer")));
        if (keyPath.isEmpty())
            return refuse(Error(ErrorCode::InvalidInput, NX_ERR("Choose the private key (.key) of the CSD."), {},
                QStringLiteral("key")));
        Result<QByteArray> cer = readFile(cerPath, "cer");
        if (!cer)
            return refuse(cer.error());
        Result<QByteArray> key = readFile(keyPath, "key");
        if (!key)
            return refuse(key.error());
        Result<Csd> csd = checkCsd(*cer, *key, m_password->text(), config.rfc, m_clock.nowUtc());
        if (!csd)
            return refuse(csd.error());
        config.certificate = *cer;
        config.key = *key;
    } else if (config.hasCsd()) {
        // The stored CSD must still be this RFC's.
        Result<CsdCertificate> certificate = CsdCertificate::fromData(config.certificate);
        if (certificate && certificate->rfc() != config.rfc)
            return refuse(Error(ErrorCode::InvalidInput, NX_ERR("Certificate %1 belongs to RFC %2, not to %3."),
                { certificate->number(), certificate->rfc(), config.rfc }, QStringLiteral("rfc")));
    }

    if (newCsd) {
        Result<SecretStore::Backend> kept
            = m_secrets.write(QLatin1String(FiscalConfig::kCsdPasswordSecret), m_password->text().toUtf8());
        if (!kept)
            return refuse(kept.error());
    }
    if (Status saved = FiscalSettings(m_db, m_branchId).save(config); !saved)
        return refuse(saved.error());
    if (!m_apiKey->text().trimmed().isEmpty()) {
        Result<SecretStore::Backend> kept
            = m_secrets.write(QLatin1String(kPacApiKeySecret), m_apiKey->text().trimmed().toUtf8());
        if (!kept)
            return refuse(kept.error());
        m_apiKey->clear();
    }
    m_cerPath->clear();
    m_keyPath->clear();
    m_password->clear();
    describeCsd(config);
    showStatus(tr("Fiscal settings saved."), false);
    return {};
}

void FiscalSettingsDialog::focusField(const QString &field)
{
    QWidget *widget = nullptr;
    if (field == QLatin1String("rfc"))
        widget = m_rfc;
    else if (field == QLatin1String("legal_name"))
        widget = m_legalName;
    else if (field == QLatin1String("tax_system"))
        widget = m_taxSystem;
    else if (field == QLatin1String("zip"))
        widget = m_zip;
    else if (field == QLatin1String("series"))
        widget = m_series;
    else if (field == QLatin1String("cer"))
        widget = m_cerPath;
    else if (field == QLatin1String("key"))
        widget = m_keyPath;
    else if (field == QLatin1String("password"))
        widget = m_password;
    if (widget != nullptr)
        widget->setFocus();
}

void FiscalSettingsDialog::showStatus(const QString &text, bool error)
{
    formstatus::show(m_status, text, error);
}

} // namespace nexus
