// Shared form dialog parts.
#include "common/formstatus.h"

#include <QCoreApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace nexus::formstatus {

QVBoxLayout *frame(QDialog *dialog, const QString &title, QMargins margins)
{
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(margins);
    layout->setSpacing(10);
    auto *heading = new QLabel(title, dialog);
    heading->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(heading);
    return layout;
}

QLabel *line(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void show(QLabel *line, const QString &text, bool error)
{
    line->setText(text);
    line->setProperty("role", error ? QStringLiteral("error") : QString());
    line->style()->unpolish(line); // the role changes the stylesheet rule that applies
    line->style()->polish(line);
    line->show();
}

QPushButton *saveRow(QDialog *dialog, QVBoxLayout *layout, const char *prefix, std::function<bool()> save)
{
    auto *buttons = new QHBoxLayout;
    auto *saveButton = new QPushButton(QCoreApplication::translate("nexus::formstatus", "&Save"), dialog);
    saveButton->setObjectName(QLatin1String(prefix) + QStringLiteral("Save"));
    saveButton->setProperty("kind", QStringLiteral("primary"));
    saveButton->setDefault(true);
    auto *cancel = new QPushButton(QCoreApplication::translate("nexus::formstatus", "Cancel"), dialog);
    cancel->setObjectName(QLatin1String(prefix) + QStringLiteral("Cancel"));
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(saveButton);
    layout->addLayout(buttons);
    QObject::connect(saveButton, &QPushButton::clicked, dialog, [dialog, save = std::move(save)] {
        if (save())
            dialog->accept();
    });
    QObject::connect(cancel, &QPushButton::clicked, dialog, &QDialog::reject);
    return saveButton;
}

QPushButton *actionRow(QDialog *dialog, QVBoxLayout *layout, std::pair<QString, const char *> back,
    std::pair<QString, const char *> act, std::function<void()> action)
{
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(back.first, dialog);
    cancel->setObjectName(QLatin1String(back.second));
    cancel->setAutoDefault(false);
    auto *run = new QPushButton(act.first, dialog);
    run->setObjectName(QLatin1String(act.second));
    run->setProperty("kind", QStringLiteral("primary"));
    run->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addWidget(run);
    layout->addLayout(buttons);
    QObject::connect(cancel, &QPushButton::clicked, dialog, &QDialog::reject);
    QObject::connect(run, &QPushButton::clicked, dialog, std::move(action));
    return run;
}

} // namespace nexus::formstatus
