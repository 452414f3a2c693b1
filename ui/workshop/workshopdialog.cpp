// Shared dialog parts.
#include "workshop/workshopdialog.h"

#include "common/formstatus.h"

#include <QCoreApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QLayout>
#include <QVBoxLayout>

namespace nexus::workshopdialog {

QVBoxLayout *frame(QDialog *dialog, const QString &title)
{
    return formstatus::frame(dialog, title, QMargins(28, 24, 28, 24)); // touch: a little more room
}

QLabel *errorLine(const char *name, QWidget *parent)
{
    auto *error = new QLabel(parent);
    error->setObjectName(QString::fromLatin1(name));
    error->setProperty("role", QStringLiteral("error"));
    error->setWordWrap(true);
    error->hide();
    return error;
}

void showError(QLabel *error, const QString &message, QWidget *focus)
{
    error->setText(message);
    error->show();
    // The dialog grows to show the error whole: its word-wrapped lines need more height than its minimum size says.
    QWidget *dialog = error->window();
    dialog->layout()->activate();
    const int needed = dialog->hasHeightForWidth() ? dialog->heightForWidth(dialog->width())
                                                   : dialog->sizeHint().height();
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
    if (focus)
        focus->setFocus();
}

QPushButton *buttons(
    QDialog *dialog, QVBoxLayout *layout, const QString &okText, const char *cancelName, const char *okName, int height)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    row->addStretch(1);
    auto *cancel = new QPushButton(QCoreApplication::translate("nexus::WorkshopDialog", "Cancel"), dialog);
    cancel->setObjectName(QString::fromLatin1(cancelName));
    auto *ok = new QPushButton(okText, dialog);
    ok->setObjectName(QString::fromLatin1(okName));
    ok->setProperty("kind", QStringLiteral("primary"));
    if (height > 0) {
        cancel->setMinimumSize(140, height);
        ok->setMinimumSize(180, height);
    }
    row->addWidget(cancel);
    row->addWidget(ok);
    layout->addLayout(row);
    QObject::connect(cancel, &QPushButton::clicked, dialog, &QDialog::reject);
    return ok;
}

} // namespace nexus::workshopdialog
