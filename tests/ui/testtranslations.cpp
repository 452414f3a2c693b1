// The Spanish (Mexico) translation is complete and safe: every entry finished, same %1…%n placeholders and
// keyboard mnemonics as the English source, and the embedded .qm actually translates.
#include "app/languagemanager.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace nexus;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one, or the numerus forms
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, {}, false};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // Either plain text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s]"));
    return pattern.match(text).hasMatch();
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spanishIsCompleteAndConsistent()
    {
        const QList<TsMessage> messages =
            readTs(qEnvironmentVariable("NEXUS_SOURCE_DIR") + QStringLiteral("/translations/nexus_es_MX.ts"));
        QVERIFY2(messages.size() > 100, "nexus_es_MX.ts is missing or nearly empty");
        QStringList problems;
        for (const TsMessage &message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            if (message.unfinished || message.translations.value(0).isEmpty()) {
                problems << QStringLiteral("untranslated: ") + where;
                continue;
            }
            for (const QString &translation : message.translations) {
                QSet<QString> expected = placeholders(message.source);
                QSet<QString> actual = placeholders(translation);
                if (expected != actual)
                    problems << QStringLiteral("placeholders differ: ") + where + QStringLiteral(" -> ") + translation;
                if (hasMnemonic(message.source) && !hasMnemonic(translation))
                    problems << QStringLiteral("mnemonic lost: ") + where + QStringLiteral(" -> ") + translation;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void embeddedCatalogueTranslatesUiAndCoreStrings()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("es_MX")));
        QCOMPARE(QCoreApplication::translate("nexus::Area", "Sale"), QStringLiteral("Venta"));
        QCOMPARE(QCoreApplication::translate("nexus::Role", "Manager"), QStringLiteral("Gerente"));
        QCOMPARE(QCoreApplication::translate("nexus::Error", "Wrong user name or password"),
                 QString::fromUtf8("Usuario o contraseña incorrectos"));
        QCOMPARE(QCoreApplication::translate("nexus::SyncStatusBar", "%n pending change(s)", nullptr, 1),
                 QStringLiteral("1 cambio pendiente"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("nexus::Area", "Sale"), QStringLiteral("Sale"));
        QCOMPARE(QCoreApplication::translate("nexus::SyncStatusBar", "%n pending change(s)", nullptr, 2),
                 QStringLiteral("2 pending changes"));
        QVERIFY(!languages.setLanguage(QStringLiteral("fr")));
        QCOMPARE(languages.language(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTranslations)
#include "testtranslations.moc"
