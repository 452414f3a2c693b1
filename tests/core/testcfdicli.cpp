// End to end: the real `nexus-admin cfdi build` seals documents the SAT's validator accepts, and refuses in Spanish.
#include <QtTest>

#include "tempdir.h"
#include "testcfdisupport.h"

using namespace nexus;
using namespace nexus::test;

class TestCfdiCli final : public QObject
{
    Q_OBJECT

    TempDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static QString nexusAdmin()
    {
        return QDir(qEnvironmentVariable("NEXUS_BIN_DIR")).filePath(QStringLiteral("nexus-admin"));
    }

    static Run run(const QStringList &args)
    {
        QProcess process;
        process.start(nexusAdmin(), QStringList { QStringLiteral("cfdi"), QStringLiteral("build") } + args);
        Run result;
        if (!process.waitForFinished(120'000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString requestFile(const QString &name, const QJsonObject &changes = {})
    {
        const QJsonObject request = withValues(validCase(name).value(QStringLiteral("request")).toObject(), changes);
        const QString path = m_dir.file(name + QStringLiteral(".input.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(request).toJson());
        return path;
    }

    static QStringList sealing(const QString &input, const QString &out, const QString &password = kTestCsdPassword)
    {
        return { QStringLiteral("--issuer"), QDir(cfdiDataDir()).filePath(QStringLiteral("issuer.json")),
            QStringLiteral("--input"), input, QStringLiteral("--cer"), testCsdFile("EKU9003173C9.cer"),
            QStringLiteral("--key"), testCsdFile("EKU9003173C9.key"), QStringLiteral("--password"), password,
            QStringLiteral("--out"), out };
    }

private Q_SLOTS:
    void initTestCase()
    {
        NEXUS_REQUIRE_SAT_VALIDATOR();
        QVERIFY2(QFileInfo(nexusAdmin()).isExecutable(),
            qPrintable(nexusAdmin() + QStringLiteral(" is missing: build nexus-admin; ctest sets NEXUS_BIN_DIR")));
        QVERIFY(m_dir.isValid());
    }

    void buildsWhatTheSatValidatorAccepts_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name :
            { "ingreso_redondeo_muchas_lineas", "global_dia", "egreso_nota_credito_01", "pago_parcial" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void buildsWhatTheSatValidatorAccepts()
    {
        QFETCH(QString, name);
        const QString out = m_dir.file(name + QStringLiteral(".xml"));
        const Run result = run(sealing(requestFile(name), out));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("30001000000500003416")), qPrintable(result.out));
        const Validation validation = validateCfdi(out);
        QVERIFY2(validation.exitCode == 0, qPrintable(validation.output));
        QVERIFY2(validation.output.contains(QLatin1String("seal ok")), qPrintable(validation.output));
        qInfo("%s", qPrintable(QString(validation.output).replace(m_dir.path() + QLatin1Char('/'), QString())));
    }

    void pemCopiesWithoutPassword()
    {
        const QString out = m_dir.file(QStringLiteral("pem.xml"));
        QStringList args = sealing(requestFile(QStringLiteral("ingreso_usd")), out, QString());
        args[args.indexOf(QStringLiteral("--cer")) + 1] = testCsdFile("EKU9003173C9.cer.pem");
        args[args.indexOf(QStringLiteral("--key")) + 1] = testCsdFile("EKU9003173C9.key.pem");
        const Run result = run(args);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("250.00 USD")), qPrintable(result.out));
        QCOMPARE(validateCfdi(out).exitCode, 0);
    }

    void refusalsAreInSpanishAndWriteNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("PPD with FormaPago 01")
            << QStringLiteral("ingreso_ppd") << QJsonObject { { QStringLiteral("payment_form"), QStringLiteral("01") } }
            << kTestCsdPassword << QStringLiteral("CFDI40105");
        QTest::newRow("bad RFC") << QStringLiteral("ingreso_16_una_linea")
                                 << QJsonObject { { QStringLiteral("customer.tax_id"), QStringLiteral("URE18042") } }
                                 << kTestCsdPassword << QStringLiteral("customer.tax_id");
        QTest::newRow("wrong password") << QStringLiteral("ingreso_16_una_linea") << QJsonObject()
                                        << QStringLiteral("123") << QStringLiteral("contraseña");
        QTest::newRow("price with three decimals")
            << QStringLiteral("ingreso_16_una_linea")
            << QJsonObject { { QStringLiteral("items[0].product.price"), 1.005 } } << kTestCsdPassword
            << QStringLiteral("items[0].product.price");
    }

    void refusalsAreInSpanishAndWriteNothing()
    {
        QFETCH(QString, name);
        QFETCH(QJsonObject, changes);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        const QString out = m_dir.file(QStringLiteral("refused.xml"));
        // An older document at the same path stays as it was.
        {
            QFile old(out);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous");
        }
        const Run result = run(sealing(requestFile(name, changes), out, password));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("no se escribió nada")), qPrintable(result.err));
        QCOMPARE(readAll(out), QByteArray("previous"));
        QCOMPARE(
            QDir(m_dir.path()).entryList({ QStringLiteral("refused.xml*") }, QDir::Files | QDir::Hidden).size(), 1);
    }

    void satRuleIsExplainedInSpanish()
    {
        const QString out = m_dir.file(QStringLiteral("spanish.xml"));
        const QString input
            = requestFile(QStringLiteral("ingreso_ppd"), { { QStringLiteral("payment_form"), QStringLiteral("03") } });
        const Run spanish = run(sealing(input, out));
        QCOMPARE(spanish.exitCode, 2);
        QVERIFY2(spanish.err.contains(QStringLiteral("la FormaPago debe ser 99")), qPrintable(spanish.err));
        const Run english = run(sealing(input, out) + QStringList { QStringLiteral("--lang"), QStringLiteral("en") });
        QCOMPARE(english.exitCode, 2);
        QVERIFY2(english.err.contains(QStringLiteral("the FormaPago must be 99")), qPrintable(english.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void missingOptionsAreUsageErrors()
    {
        const Run result = run({ QStringLiteral("--issuer"), QStringLiteral("x.json") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("--input is required")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCfdiCli)
#include "testcfdicli.moc"
