// warrantyform::addFoot.
#include "warranty/warrantyform.h"

#include "common/formstatus.h"

#include <QCoreApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace nexus::warrantyform {

QLabel *addFoot(QDialog *dialog, QVBoxLayout *outer, const char *errorName, const QString &okText, const char *okName,
    const std::function<void()> &confirm)
{
    QLabel *error = formstatus::line(errorName, dialog);
    outer->addWidget(error);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(QCoreApplication::translate("nexus::WarrantyForm", "Cancel  (Esc)"), dialog);
    cancel->setAutoDefault(false);
    auto *ok = new QPushButton(okText, dialog);
    ok->setObjectName(QString::fromLatin1(okName));
    ok->setProperty("kind", QStringLiteral("primary"));
    ok->setAutoDefault(false);
    buttons->addWidget(cancel);
    buttons->addWidget(ok);
    outer->addLayout(buttons);
    QObject::connect(cancel, &QPushButton::clicked, dialog, &QDialog::reject);
    QObject::connect(ok, &QPushButton::clicked, dialog, confirm);
    for (const QKeySequence &key : { QKeySequence(Qt::Key_F12), QKeySequence(Qt::CTRL | Qt::Key_Return) })
        QObject::connect(new QShortcut(key, dialog), &QShortcut::activated, dialog, confirm);
    return error;
}

} // namespace nexus::warrantyform
