// `nexus-admin rfc check RFC…`: one JSON object per RFC from the counter's own check (customers/rfc.h) — valid,
// kind (fisica/moral/generic, null when the length says neither) and the reason — and exit 0 only when all are valid.
#include "serverprocess.h"

#include "customers/rfc.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestRfcCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneJsonLinePerRfc()
    {
        const QString fisica = QStringLiteral("GODE561231GR") + rfcCheckDigit(QStringLiteral("GODE561231GR"));
        const QString moral = QStringLiteral("RNO010203AB") + rfcCheckDigit(QStringLiteral("RNO010203AB"));
        const AdminRun valid = runAdmin({ QStringLiteral("rfc"), QStringLiteral("check"), fisica,
            QStringLiteral("xaxx-010101-000"), moral, QStringLiteral("XEXX010101000") });
        QCOMPARE(valid.exitCode, 0);
        const QStringList lines = valid.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        const QStringList kinds { QStringLiteral("fisica"), QStringLiteral("generic"), QStringLiteral("moral"),
            QStringLiteral("generic") };
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject line = QJsonDocument::fromJson(lines.at(i).toUtf8()).object();
            QCOMPARE(line.value(QStringLiteral("valid")).toBool(), true);
            QCOMPARE(line.value(QStringLiteral("kind")).toString(), kinds.at(i));
            QVERIFY(line.value(QStringLiteral("reason")).isNull());
        }
        QCOMPARE(QJsonDocument::fromJson(lines.at(1).toUtf8()).object().value(QStringLiteral("rfc")).toString(),
            QStringLiteral("XAXX010101000")); // normalised as the counter stores it

        const QChar wrong = rfcCheckDigit(QStringLiteral("GODE561231GR")) == QLatin1Char('1') ? QLatin1Char('2')
                                                                                             : QLatin1Char('1');
        const AdminRun invalid = runAdmin({ QStringLiteral("rfc"), QStringLiteral("check"),
            QStringLiteral("GODE561231GR") + wrong, QStringLiteral("GODE560231GR1"), QStringLiteral("ABC"), fisica });
        QCOMPARE(invalid.exitCode, 1);
        const QStringList bad = invalid.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(bad.size(), 4);
        const QJsonObject digit = QJsonDocument::fromJson(bad.at(0).toUtf8()).object();
        QCOMPARE(digit.value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(digit.value(QStringLiteral("kind")).toString(), QStringLiteral("fisica"));
        QVERIFY(digit.value(QStringLiteral("reason")).toString().contains(QStringLiteral("check digit")));
        const QJsonObject date = QJsonDocument::fromJson(bad.at(1).toUtf8()).object();
        QVERIFY(date.value(QStringLiteral("reason")).toString().contains(QStringLiteral("calendar date")));
        const QJsonObject shortOne = QJsonDocument::fromJson(bad.at(2).toUtf8()).object();
        QVERIFY(shortOne.value(QStringLiteral("kind")).isNull());
        QCOMPARE(QJsonDocument::fromJson(bad.at(3).toUtf8()).object().value(QStringLiteral("valid")).toBool(), true);
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(runAdmin({ QStringLiteral("rfc") }).exitCode, 2);
        QCOMPARE(runAdmin({ QStringLiteral("rfc"), QStringLiteral("check") }).exitCode, 2);
        QCOMPARE(runAdmin({ QStringLiteral("rfc"), QStringLiteral("check"), QStringLiteral("--bogus"),
                              QStringLiteral("XAXX010101000") })
                     .exitCode,
            2);
        QCOMPARE(runAdmin({ QStringLiteral("rfc"), QStringLiteral("--help") }).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestRfcCommand)
#include "testrfccommand.moc"
