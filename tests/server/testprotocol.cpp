// Wire messages and enrollment codes: round trips, field-naming errors, code format and normalisation.
#include "protocol/apierror.h"
#include "protocol/enrollmessages.h"
#include "server/enrollmentcode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace nexus;
using namespace nexus::wire;

namespace {
EnrollResponse sampleResponse()
{
    EnrollResponse response;
    response.deviceId = QStringLiteral("dev-1");
    response.deviceSecret = QStringLiteral("c2VjcmV0");
    response.tenant
        = TenantInfo { QStringLiteral("t-1"), QStringLiteral("demo"), QStringLiteral("Refaccionaria Demo") };
    response.branch = BranchRow { QStringLiteral("b-1"), QStringLiteral("MTY"), QStringLiteral("Monterrey"),
        QStringLiteral("RDE010101AB1"), QStringLiteral("Refaccionaria Demo SA de CV"), QStringLiteral("601"),
        QStringLiteral("64000"), true, QStringLiteral("Av. Juárez 100"), QStringLiteral("8181818181") };
    response.warehouses = { WarehouseRow {
        QStringLiteral("w-1"), QStringLiteral("b-1"), QStringLiteral("A"), QStringLiteral("Almacén A") } };
    UserRow admin { QStringLiteral("u-1"), QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("admin"),
        std::nullopt, QStringLiteral("pbkdf2-sha256$1$a$b"), std::nullopt, true,
        QStringLiteral("2026-01-01T00:00:00.000Z") };
    UserRow cashier { QStringLiteral("u-2"), QStringLiteral("cajero"), QStringLiteral("Cajero"),
        QStringLiteral("cashier"), QStringLiteral("b-1"), QStringLiteral("pbkdf2-sha256$1$c$d"),
        QStringLiteral("pbkdf2-sha256$1$e$f"), false, QStringLiteral("2026-01-01T00:00:00.000Z") };
    response.users = { admin, cashier };
    return response;
}
} // namespace

class TestProtocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enrollResponseRoundTrip()
    {
        const EnrollResponse original = sampleResponse();
        const QJsonObject json = original.toJson();
        QVERIFY(
            json.value(QStringLiteral("users")).toArray().at(0).toObject().value(QStringLiteral("branch_id")).isNull());
        QCOMPARE(json.value(QStringLiteral("branch")).toObject().value(QStringLiteral("border_region")).toBool(), true);
        Result<EnrollResponse> parsed = EnrollResponse::fromJson(json);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().logMessage()));
        QCOMPARE(parsed->toJson(), json);
        QVERIFY(!parsed->users.at(0).branchId.has_value());
        QCOMPARE(parsed->users.at(1).pinHash.value(), QStringLiteral("pbkdf2-sha256$1$e$f"));
        QCOMPARE(parsed->users.at(1).active, false);
    }

    void enrollResponseErrorsNameThePath_data()
    {
        QTest::addColumn<QString>("pointer"); // what to break, "users/1/role"
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("secret missing") << QStringLiteral("device_secret") << QJsonValue(QJsonValue::Undefined)
                                        << QStringLiteral("device_secret");
        QTest::newRow("tenant slug number")
            << QStringLiteral("tenant/slug") << QJsonValue(3) << QStringLiteral("tenant.slug");
        QTest::newRow("branch border string")
            << QStringLiteral("branch/border_region") << QJsonValue(QStringLiteral("yes"))
            << QStringLiteral("branch.border_region");
        QTest::newRow("user role unknown")
            << QStringLiteral("users/1/role") << QJsonValue(QStringLiteral("boss")) << QStringLiteral("users[1].role");
        QTest::newRow("user of another branch")
            << QStringLiteral("users/1/branch_id") << QJsonValue(QStringLiteral("b-9"))
            << QStringLiteral("users[1].branch_id");
        QTest::newRow("pin_hash absent") << QStringLiteral("users/0/pin_hash") << QJsonValue(QJsonValue::Undefined)
                                         << QStringLiteral("users[0].pin_hash");
        QTest::newRow("warehouse of another branch")
            << QStringLiteral("warehouses/0/branch_id") << QJsonValue(QStringLiteral("b-9"))
            << QStringLiteral("warehouses[0].branch_id");
    }

    void enrollResponseErrorsNameThePath()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject json = sampleResponse().toJson();
        const QStringList parts = pointer.split(QLatin1Char('/'));
        const auto setIn = [&value](QJsonObject object, const QString &key) {
            if (value.isUndefined())
                object.remove(key);
            else
                object.insert(key, value);
            return object;
        };
        if (parts.size() == 1) {
            json = setIn(json, parts[0]);
        } else if (parts.size() == 2) {
            json.insert(parts[0], setIn(json.value(parts[0]).toObject(), parts[1]));
        } else {
            QJsonArray array = json.value(parts[0]).toArray();
            const int index = parts[1].toInt();
            array.replace(index, setIn(array.at(index).toObject(), parts[2]));
            json.insert(parts[0], array);
        }
        Result<EnrollResponse> parsed = EnrollResponse::fromJson(json);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(parsed.error().field(), field);
        QVERIFY2(parsed.error().message().contains(field), qPrintable(parsed.error().message()));
    }

    void apiErrorBody()
    {
        const ApiError error { 410, QString(errorcode::kCodeUsed), QStringLiteral("used"), QStringLiteral("code") };
        const ApiError parsed = ApiError::fromBody(410, QJsonDocument(error.toJson()).toJson());
        QCOMPARE(parsed.code, QStringLiteral("code_used"));
        QCOMPARE(parsed.field, QStringLiteral("code"));
        QCOMPARE(parsed.message, QStringLiteral("used"));
        const ApiError garbage = ApiError::fromBody(502, "<html>Bad gateway</html>");
        QVERIFY(garbage.code.isEmpty());
        QCOMPARE(garbage.httpStatus, 502);
        QVERIFY(garbage.message.contains(QLatin1String("Bad gateway")));
    }

    void codesAreTypableAndRandom()
    {
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString code = EnrollmentCode::generate();
            QCOMPARE(code.size(), 19);
            QCOMPARE(code.count(QLatin1Char('-')), 3);
            for (const QChar c : code)
                QVERIFY(c == QLatin1Char('-') || EnrollmentCode::kAlphabet.contains(c));
            QVERIFY(!code.contains(QLatin1Char('0')) && !code.contains(QLatin1Char('O'))
                && !code.contains(QLatin1Char('1')) && !code.contains(QLatin1Char('I')));
            seen.insert(code);
        }
        QCOMPARE(seen.size(), 2000);
    }

    void normalisation_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("as printed") << QStringLiteral("ABCD-EFGH-JKLM-NPQR") << QStringLiteral("ABCDEFGHJKLMNPQR");
        QTest::newRow("lower, spaces") << QStringLiteral(" abcd efgh jklm npqr ") << QStringLiteral("ABCDEFGHJKLMNPQR");
        QTest::newRow("no separators") << QStringLiteral("23456789abcdefgh") << QStringLiteral("23456789ABCDEFGH");
        QTest::newRow("ambiguous O") << QStringLiteral("ABCD-EFGH-JKLM-NPQO") << QString();
        QTest::newRow("too short") << QStringLiteral("ABCD-EFGH-JKLM") << QString();
        QTest::newRow("too long") << QStringLiteral("ABCD-EFGH-JKLM-NPQR-S") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void normalisation()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalized);
        QCOMPARE(EnrollmentCode::normalize(typed), normalized);
    }

    void hashIsSha256Hex()
    {
        // printf ABCDEFGHJKLMNPQR | sha256sum
        QCOMPARE(EnrollmentCode::hash(QStringLiteral("ABCDEFGHJKLMNPQR")),
            QStringLiteral("7cf629bb82226bfb6356859edb341b8f36a74d8997c4fe385dbef6dc85c5c4bb"));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "testprotocol.moc"
