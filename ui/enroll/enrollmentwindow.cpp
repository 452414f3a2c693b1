// Enrollment form. enrollDevice talks to the server synchronously and stores nothing on failure,
// so the form simply stays up with the error and the person can correct the URL or code and retry.
#include "enroll/enrollmentwindow.h"

#include "common/icons.h"
#include "common/languageselector.h"
#include "common/waitcursor.h"
#include "login/brandpanel.h"

#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSysInfo>
#include <QVBoxLayout>

namespace nexus {

namespace {

QLabel *addField(QVBoxLayout *layout, QWidget *parent, QLineEdit *edit)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldLabel"));
    label->setBuddy(edit);
    layout->addWidget(label);
    layout->addSpacing(6);
    return label;
}

} // namespace

EnrollmentWindow::EnrollmentWindow(LocalStore &store, const EnrollmentRequest &prefill, LanguageManager &languages,
                                   QWidget *parent)
    : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("enrollmentWindow"));
    setMinimumSize(1000, 640);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new BrandPanel(QString(), this), 2);

    // In a scroll area: on a small screen, or with a long error message, the form scrolls instead of squeezing.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("loginScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("loginContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(40, 32, 40, 24);
    contentLayout->addStretch(1);

    auto *card = new QFrame(content);
    card->setObjectName(QStringLiteral("card"));
    card->setFixedWidth(520);
    auto *form = new QVBoxLayout(card);
    form->setContentsMargins(40, 32, 40, 26);
    form->setSpacing(0);

    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("formTitle"));
    form->addWidget(m_title);
    form->addSpacing(6);
    m_subtitle = new QLabel(card);
    m_subtitle->setObjectName(QStringLiteral("formSubtitle"));
    m_subtitle->setWordWrap(true);
    form->addWidget(m_subtitle);
    form->addSpacing(20);

    m_server = new QLineEdit(prefill.serverUrl, card);
    m_server->setObjectName(QStringLiteral("serverUrlEdit"));
    m_server->addAction(Icons::icon(QStringLiteral("cloud"), colors::kMuted), QLineEdit::LeadingPosition);
    m_serverLabel = addField(form, card, m_server);
    form->addWidget(m_server);
    form->addSpacing(12);

    m_code = new QLineEdit(prefill.code, card);
    m_code->setObjectName(QStringLiteral("enrollCodeEdit"));
    m_code->addAction(Icons::icon(QStringLiteral("link"), colors::kMuted), QLineEdit::LeadingPosition);
    m_codeLabel = addField(form, card, m_code);
    form->addWidget(m_code);
    form->addSpacing(12);

    m_deviceName = new QLineEdit(prefill.deviceName.isEmpty() ? QSysInfo::machineHostName() : prefill.deviceName,
                                 card);
    m_deviceName->setObjectName(QStringLiteral("deviceNameEdit"));
    m_deviceName->addAction(Icons::icon(QStringLiteral("device"), colors::kMuted), QLineEdit::LeadingPosition);
    m_deviceLabel = addField(form, card, m_deviceName);
    form->addWidget(m_deviceName);
    form->addSpacing(12);

    m_caFile = new QLineEdit(prefill.caFile, card);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caLabel = addField(form, card, m_caFile);
    auto *caRow = new QHBoxLayout;
    caRow->setSpacing(8);
    caRow->addWidget(m_caFile, 1);
    m_browse = new QPushButton(card);
    m_browse->setObjectName(QStringLiteral("browseCaButton"));
    m_browse->setProperty("kind", QStringLiteral("secondary"));
    caRow->addWidget(m_browse);
    form->addLayout(caRow);
    form->addSpacing(14);

    m_error = new QLabel(card);
    m_error->setObjectName(QStringLiteral("enrollError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    form->addWidget(m_error);
    form->addSpacing(8);

    m_submit = new QPushButton(card);
    m_submit->setObjectName(QStringLiteral("enrollButton"));
    m_submit->setProperty("kind", QStringLiteral("primary"));
    form->addWidget(m_submit);
    form->addSpacing(10);
    m_quit = new QPushButton(card);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    m_quit->setProperty("kind", QStringLiteral("link"));
    form->addWidget(m_quit, 0, Qt::AlignHCenter);

    contentLayout->addWidget(card, 0, Qt::AlignHCenter);
    contentLayout->addStretch(1);
    auto *footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(new LanguageSelector(languages, content));
    contentLayout->addLayout(footer);
    scroll->setWidget(content);
    layout->addWidget(scroll, 3);

    connect(m_server, &QLineEdit::returnPressed, this, [this] { m_code->setFocus(); });
    connect(m_code, &QLineEdit::returnPressed, this, &EnrollmentWindow::submit);
    connect(m_submit, &QPushButton::clicked, this, &EnrollmentWindow::submit);
    connect(m_browse, &QPushButton::clicked, this, &EnrollmentWindow::chooseCaFile);
    connect(m_quit, &QPushButton::clicked, this, &EnrollmentWindow::quitRequested);
    (m_server->text().isEmpty() ? m_server : m_code)->setFocus();
    retranslate();
}

void EnrollmentWindow::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void EnrollmentWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EnrollmentWindow::retranslate()
{
    setWindowTitle(tr("Register this computer"));
    m_title->setText(tr("Register this computer"));
    m_subtitle->setText(tr("Link this computer to your company's server with the one-time code from head office."));
    m_serverLabel->setText(tr("&Server address"));
    m_server->setPlaceholderText(tr("https://server.company.mx:8443"));
    m_codeLabel->setText(tr("Registration &code"));
    m_code->setPlaceholderText(tr("The code head office gave you"));
    m_deviceLabel->setText(tr("&Name of this computer"));
    m_deviceName->setPlaceholderText(tr("e.g. Counter 1"));
    m_caLabel->setText(tr("Server &certificate (optional)"));
    m_caFile->setPlaceholderText(tr("Only if head office asks for it"));
    m_browse->setText(tr("Browse…"));
    m_submit->setText(tr("Register"));
    m_quit->setText(tr("Exit"));
}

void EnrollmentWindow::submit()
{
    if (m_server->text().trimmed().isEmpty()) {
        showError(tr("Enter the server address."));
        m_server->setFocus();
        return;
    }
    if (m_code->text().trimmed().isEmpty()) {
        showError(tr("Enter the registration code."));
        m_code->setFocus();
        return;
    }
    EnrollmentRequest request;
    request.serverUrl = m_server->text().trimmed();
    request.code = m_code->text().trimmed();
    request.deviceName = m_deviceName->text().trimmed();
    request.caFile = m_caFile->text().trimmed();
    Result<EnrollmentResult> result;
    {
        WaitCursor wait;
        m_submit->setEnabled(false);
        result = enrollDevice(m_store, request);
        m_submit->setEnabled(true);
    }
    if (!result) {
        showError(result.error().message());
        return;
    }
    showError({});
    Q_EMIT enrolled(*result);
}

void EnrollmentWindow::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Server certificate"), m_caFile->text(),
                                                      tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

} // namespace nexus
