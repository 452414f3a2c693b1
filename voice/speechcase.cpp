// Reading the spoken fixtures' manifest.
#include "speechcase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace nexus {

Result<SpeechFixtures> SpeechFixtures::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, NX_ERR("Cannot read %1: %2"), { path, file.errorString() }, QStringLiteral("manifest"));
    const QDir dir = QFileInfo(path).absoluteDir();
    SpeechFixtures fixtures;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n'));
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.front() == u"@place" || columns.front() == u"@customer") {
            (columns.front() == u"@place" ? fixtures.places : fixtures.customers).append(columns.value(1));
            continue;
        }
        if (columns.size() < 3)
            return fail(ErrorCode::InvalidInput, NX_ERR("Line %1 of the intent table has no kind"),
                { QString::number(lineNumber) }, QStringLiteral("manifest"));
        fixtures.cases.append(SpeechCase { dir.filePath(columns.at(0)),
            IntentCase { lineNumber, columns.at(1), columns.at(2), columns.value(3) } });
    }
    return fixtures;
}

} // namespace nexus
