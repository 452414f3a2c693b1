// Shared pieces of the CFDI tests: the SAT's validator and test CSD in ../shared/sat, the JSON cases in
// tests/data/cfdi.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>

#include "cfdi/csd.h"
#include "cfdi/invoicerequest.h"

namespace nexus::test {

// The SAT's files beside the checkout (CMake passes CMAKE_SOURCE_DIR/../shared/sat as NEXUS_SAT_DIR).
inline QString satDir()
{
    return QStringLiteral(NEXUS_SAT_DIR);
}

inline QString cfdiDataDir()
{
    return QStringLiteral(NEXUS_CFDI_DATA_DIR);
}

inline QString testCsdFile(const char *name)
{
    return QDir(satDir()).filePath(QStringLiteral("csd-pruebas/") + QLatin1String(name));
}

inline const QString kTestCsdPassword = QStringLiteral("12345678a");

// Empty when the SAT's validator can run here; otherwise why not. Callers QFAIL under CI=true and skip elsewhere,
// so a CI machine without ../shared/sat or the Debian tools fails loudly instead of passing on nothing.
inline QString validatorMissing()
{
    const QString script = QDir(satDir()).filePath(QStringLiteral("validate-cfdi"));
    if (!QFileInfo(script).isExecutable())
        return script + QStringLiteral(" is missing (../shared/sat beside the checkout)");
    for (const char *tool : { "xmllint", "xsltproc", "openssl", "python3" })
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            return QLatin1String(tool) + QStringLiteral(" is missing (installer/debian-packages.txt)");
    return {};
}

inline bool runningInCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

// In initTestCase: fail under CI=true when the SAT's test CSD is not there, skip on a developer's machine without it.
#define NEXUS_REQUIRE_TEST_CSD()                                                                                       \
    do {                                                                                                               \
        if (!QFileInfo::exists(nexus::test::testCsdFile("EKU9003173C9.cer"))) {                                        \
            if (nexus::test::runningInCi())                                                                            \
                QFAIL(qPrintable(nexus::test::testCsdFile("EKU9003173C9.cer") + QStringLiteral(" is missing")));      \
            QSKIP("the SAT's test CSD (../shared/sat/csd-pruebas) is not here");                                       \
        }                                                                                                              \
    } while (false)

// In initTestCase: fail under CI=true when the SAT's validator cannot run, skip on a developer's machine without it.
#define NEXUS_REQUIRE_SAT_VALIDATOR()                                                                                  \
    do {                                                                                                               \
        const QString missing = nexus::test::validatorMissing();                                                       \
        if (!missing.isEmpty()) {                                                                                      \
            if (nexus::test::runningInCi())                                                                            \
                QFAIL(qPrintable(missing));                                                                            \
            QSKIP(qPrintable(missing));                                                                                \
        }                                                                                                              \
    } while (false)

struct Validation
{
    int exitCode = -1;
    QString output; // stdout + stderr
};

// ../shared/sat/validate-cfdi FILE.xml: schema, the Matriz de Errores arithmetic, cadena and seal.
inline Validation validateCfdi(const QString &xmlPath)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QDir(satDir()).filePath(QStringLiteral("validate-cfdi")), { xmlPath });
    Validation result;
    if (!process.waitForFinished(120'000)) {
        result.output = QStringLiteral("validate-cfdi did not finish: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll()).trimmed();
    return result;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QJsonObject readJsonObject(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

// A valid case: tests/data/cfdi/valid/NAME.json = {description, expect{…}, request{Facturapi JSON}}.
inline QJsonObject validCase(const QString &name)
{
    return readJsonObject(QDir(cfdiDataDir()).filePath(QStringLiteral("valid/") + name + QStringLiteral(".json")));
}

inline QStringList validCaseNames()
{
    QStringList names;
    for (const QFileInfo &info : QDir(cfdiDataDir() + QStringLiteral("/valid"))
                                     .entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        names.append(info.completeBaseName());
    return names;
}

// Sets a value at a path such as "items[0].product.taxes[0].rate" (objects and arrays are copied on the way).
inline QJsonValue withValue(const QJsonValue &node, QStringList segments, const QJsonValue &value)
{
    if (segments.isEmpty())
        return value;
    const QString segment = segments.takeFirst();
    static const QRegularExpression indexed(QStringLiteral(R"(^([^\[]*)\[(\d+)\]$)"));
    const QRegularExpressionMatch match = indexed.match(segment);
    if (match.hasMatch()) {
        QJsonObject object = node.toObject();
        const QString key = match.captured(1);
        QJsonArray array = key.isEmpty() ? node.toArray() : object.value(key).toArray();
        const int i = match.captured(2).toInt();
        array[i] = withValue(array.at(i), segments, value);
        if (key.isEmpty())
            return array;
        object.insert(key, array);
        return object;
    }
    QJsonObject object = node.toObject();
    object.insert(segment, withValue(object.value(segment), segments, value));
    return object;
}

inline QJsonObject withValues(QJsonObject object, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        object = withValue(object, it.key().split(QLatin1Char('.')), it.value()).toObject();
    return object;
}

inline Result<CfdiIssuer> testIssuer(const QJsonObject &changes = {})
{
    const QJsonObject issuer
        = withValues(readJsonObject(QDir(cfdiDataDir()).filePath(QStringLiteral("issuer.json"))), changes);
    return parseIssuer(QJsonDocument(issuer).toJson());
}

struct SatTestIdentity
{
    CfdiIssuer issuer;
    Csd csd;
};

// tests/data/cfdi/issuer.json (EKU9003173C9) with the SAT's test CSD of the same RFC.
inline Result<SatTestIdentity> satTestIdentity()
{
    Result<CfdiIssuer> issuer = testIssuer();
    if (!issuer)
        return std::unexpected(issuer.error());
    Result<Csd> csd = loadCsd(testCsdFile("EKU9003173C9.cer"), testCsdFile("EKU9003173C9.key"), kTestCsdPassword);
    if (!csd)
        return std::unexpected(csd.error());
    return SatTestIdentity { *issuer, *csd };
}

} // namespace nexus::test
