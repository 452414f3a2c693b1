// Title, prompt, a few lines of text, OK/Cancel at touch size; OK needs some text.
#include "workshop/workshoptextdialog.h"

#include "workshop/workshopdialog.h"

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
    setMinimumWidth(560);
    QVBoxLayout *layout = workshopdialog::frame(this, title);
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
    m_error = workshopdialog::errorLine("workshopTextError", this);
    layout->addWidget(m_error);
    QPushButton *ok = workshopdialog::buttons(this, layout, okText, "workshopTextCancel", "workshopTextOk");
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
        workshopdialog::showError(m_error, tr("Write something first."), m_text);
        return;
    }
    if (m_submit) {
        if (Status saved = m_submit(text()); !saved) {
            workshopdialog::showError(m_error, saved.error().message());
            return;
        }
    }
    accept();
}

} // namespace nexus
