// Writes the dictionary lines from SpanishPhones.
#include "pronunciationdictionary.h"

#include "spanishphones.h"

namespace nexus {

QString PronunciationDictionary::write(const QMap<QString, QString> &words)
{
    QString out;
    for (auto it = words.cbegin(); it != words.cend(); ++it) {
        const QList<QStringList> readings = SpanishPhones::pronounce(it.value());
        for (qsizetype i = 0; i < readings.size(); ++i) {
            out += it.key();
            if (i > 0)
                out += QLatin1Char('(') + QString::number(i + 1) + QLatin1Char(')');
            out += QLatin1Char(' ') + readings.at(i).join(QLatin1Char(' ')) + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace nexus
