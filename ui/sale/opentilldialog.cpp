// Open-till dialog: one money field, the core's refusal shown under it.
#include "sale/opentilldialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

OpenTillDialog::OpenTillDialog(CashSessionService &tills, QString userId, QWidget *parent)
    : QDialog(parent), m_tills(tills), m_userId(std::move(userId))
{
    setObjectName(QStringLiteral("openTillDialog"));
    setWindowTitle(tr("Open the till"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Open the till"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(title);
    auto *text = new QLabel(tr("No till is open on this computer. Count the cash in the drawer and write it down as "
                               "the opening float to start selling."),
        this);
    text->setObjectName(QStringLiteral("dialogText"));
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addSpacing(6);

    auto *label = new QLabel(tr("Opening &float (MXN)"), this);
    label->setObjectName(QStringLiteral("fieldLabel"));
    layout->addWidget(label);
    m_float = new QLineEdit(this);
    m_float->setObjectName(QStringLiteral("openingFloatEdit"));
    m_float->setPlaceholderText(QStringLiteral("0.00"));
    m_float->setAlignment(Qt::AlignRight);
    label->setBuddy(m_float);
    layout->addWidget(m_float);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("openTillError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addSpacing(8);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addStretch(1);
    m_open = new QPushButton(tr("Open till"), this);
    m_open->setObjectName(QStringLiteral("openTillButton"));
    m_open->setProperty("kind", QStringLiteral("primary"));
    m_open->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("openTillCancel"));
    buttons->addWidget(cancel);
    buttons->addWidget(m_open);
    layout->addLayout(buttons);
    connect(m_open, &QPushButton::clicked, this, &OpenTillDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_float->setFocus();
}

void OpenTillDialog::submit()
{
    const QString text = m_float->text().trimmed();
    Result<Money> amount = Money::parse(text.isEmpty() ? QStringLiteral("0") : text);
    Result<CashSession> opened
        = amount ? m_tills.open(m_userId, *amount) : Result<CashSession>(std::unexpected(amount.error()));
    if (!opened) {
        m_error->setText(opened.error().message());
        m_error->show();
        m_float->setFocus();
        m_float->selectAll();
        return;
    }
    m_session = *opened;
    accept();
}

} // namespace nexus
