// Title, prompt, a few lines of text, OK/Cancel at touch size; OK needs some text.
#include "workshop/workshoptextdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

WorkshopTextDialog::WorkshopTextDialog(
    const QString &title, const QString &prompt, const QString &okText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("workshopTextDialog"));
    setWindowTitle(title);
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(heading);
    auto *label = new QLabel(prompt, this);
    label->setObjectName(QStringLiteral("dialogText"));
    label->setWordWrap(true);
    layout->addWidget(label);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("workshopTextEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(120);
    m_text->setAccessibleName(prompt);
    label->setBuddy(m_text);
    layout->addWidget(m_text, 1);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("workshopTextError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("workshopTextCancel"));
    cancel->setMinimumSize(140, 56);
    auto *ok = new QPushButton(okText, this);
    ok->setObjectName(QStringLiteral("workshopTextOk"));
    ok->setProperty("kind", QStringLiteral("primary"));
    ok->setMinimumSize(180, 56);
    buttons->addWidget(cancel);
    buttons->addWidget(ok);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(ok, &QPushButton::clicked, this, &WorkshopTextDialog::submit);
    m_text->setFocus();
}

QString WorkshopTextDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void WorkshopTextDialog::submit()
{
    if (text().isEmpty()) {
        m_error->setText(tr("Write something first."));
        m_error->show();
        m_text->setFocus();
        return;
    }
    if (m_submit) {
        if (Status saved = m_submit(text()); !saved) {
            m_error->setText(saved.error().message());
            m_error->show();
            return;
        }
    }
    accept();
}

} // namespace nexus
