// Reading and judging the intent table.
#include "assistant/intentcase.h"

#include "catalog/searchtext.h"

#include <QFile>

namespace nexus {

namespace {

QString slotValue(const Intent &intent, const QString &key)
{
    if (key == u"part")
        return intent.partText;
    if (key == u"code")
        return intent.code;
    if (key == u"qty")
        return QString::number(intent.quantity);
    if (key == u"year")
        return QString::number(intent.vehicle.year);
    if (key == u"make")
        return intent.vehicle.make;
    if (key == u"model")
        return intent.vehicle.model;
    if (key == u"place")
        return intent.place;
    if (key == u"folio")
        return intent.folio;
    if (key == u"person")
        return intent.person;
    if (key == u"line")
        return QString::number(intent.lineNumber);
    if (key == u"result")
        return QString::number(intent.resultNumber);
    return QStringLiteral("(no slot ") + key + QLatin1Char(')');
}

} // namespace

Result<QList<IntentCase>> IntentCase::readTable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, NX_ERR("Cannot read %1: %2"), { path, file.errorString() }, QStringLiteral("table"));
    QList<IntentCase> cases;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n'));
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() < 2)
            return fail(ErrorCode::InvalidInput, NX_ERR("Line %1 of the intent table has no kind"),
                { QString::number(lineNumber) }, QStringLiteral("table"));
        cases.append(IntentCase { lineNumber, columns.at(0), columns.at(1), columns.value(2) });
    }
    return cases;
}

QString IntentCase::mismatch(const Intent &intent) const
{
    if (intentKindCode(intent.kind) != kind)
        return QStringLiteral("kind: ") + intentKindCode(intent.kind) + QStringLiteral(" ≠ ") + kind;
    QStringList differences;
    for (const QString &pair : slots.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        QString want = pair.section(QLatin1Char('='), 1);
        if (key == u"part" || key == u"person")
            want = SearchText::normalize(want);
        const QString have = slotValue(intent, key);
        if (have != want)
            differences.append(key + QStringLiteral(": \"") + have + QStringLiteral("\" ≠ \"") + want
                + QLatin1Char('"'));
    }
    return differences.join(QStringLiteral("; "));
}

} // namespace nexus
