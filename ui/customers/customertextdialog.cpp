// Customer text dialog: caption, line edit, status line, Cancel/Save.
#include "customers/customertextdialog.h"

#include "common/fieldcaption.h"
#include "common/formstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

CustomerTextDialog::CustomerTextDialog(const QString &title, const QString &prompt, const QString &initial,
    std::function<Status(const QString &text)> submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("customerTextDialog"));
    setMinimumWidth(620);
    QVBoxLayout *layout = formstatus::frame(this, title);
    QLabel *caption = fieldCaption(prompt, this);
    layout->addWidget(caption);
    m_edit = new QLineEdit(initial, this);
    m_edit->setObjectName(QStringLiteral("customerTextEdit"));
    m_edit->setAccessibleName(prompt);
    caption->setBuddy(m_edit);
    layout->addWidget(m_edit);
    m_status = formstatus::line("customerTextStatus", this);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel  (Esc)"), this);
    cancel->setObjectName(QStringLiteral("customerTextCancel"));
    cancel->setAutoDefault(false);
    buttons->addWidget(cancel);
    auto *save = new QPushButton(tr("Save  (Enter)"), this);
    save->setObjectName(QStringLiteral("customerTextSave"));
    save->setProperty("kind", QStringLiteral("primary"));
    save->setDefault(true);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &CustomerTextDialog::submit);
    m_edit->setFocus();
    m_edit->selectAll();
}

void CustomerTextDialog::submit()
{
    if (m_submit)
        if (Status saved = m_submit(m_edit->text()); !saved) {
            formstatus::show(m_status, saved.error().message(), true);
            m_edit->setFocus();
            return;
        }
    accept();
}

} // namespace nexus
