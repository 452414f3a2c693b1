// Reads the workshop stylesheet once.
#include "workshop/workshopstyle.h"

#include <QFile>

namespace nexus {

QString workshopStyleSheet()
{
    static const QString sheet = [] {
        QFile file(QStringLiteral(":/styles/workshop.qss"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return sheet;
}

} // namespace nexus
