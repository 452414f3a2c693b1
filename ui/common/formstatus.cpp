// Shared form dialog parts.
#include "common/formstatus.h"

#include <QDialog>
#include <QLabel>
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

} // namespace nexus::formstatus
