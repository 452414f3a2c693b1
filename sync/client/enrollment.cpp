// enrollDevice: validate, POST /v1/enroll, keep the secret, then write identity + branch bootstrap in one transaction.
#include "client/enrollment.h"

#include "client/bootstrapwriter.h"
#include "client/epochstate.h"
#include "client/httpclient.h"
#include "client/secretstore.h"
#include "protocol/apierror.h"
#include "protocol/endpoints.h"
#include "protocol/enrollmessages.h"
#include "protocol/jsonreader.h"
#include "common/clock.h"
#include "protocol/logging.h"
#include "store/localstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSysInfo>
#include <QUrl>

namespace nexus {

namespace {

const QString kSecretName = QStringLiteral("device-secret");

QString dataDirOf(LocalStore &store)
{
    return QFileInfo(store.db().path()).absolutePath();
}

// The server's error codes become messages the counter can show in its own language.
Error refusal(const wire::ApiError &error)
{
    namespace code = wire::errorcode;
    if (error.code == code::kInvalidCode)
        return Error(ErrorCode::Unauthenticated,
            NX_ERR("The enrollment code is not valid. Check it, or ask head office for a new one."), {},
            QStringLiteral("code"));
    if (error.code == code::kCodeUsed)
        return Error(ErrorCode::Unauthenticated,
            NX_ERR("This enrollment code was already used. Ask head office for a new one."), {},
            QStringLiteral("code"));
    if (error.code == code::kCodeExpired)
        return Error(ErrorCode::Unauthenticated,
            NX_ERR("This enrollment code has expired. Ask head office for a new one."), {}, QStringLiteral("code"));
    if (error.httpStatus == 400)
        return Error(
            ErrorCode::InvalidInput, NX_ERR("The server rejected the request: %1"), { error.message }, error.field);
    return Error(ErrorCode::Protocol, NX_ERR("The server answered HTTP %1: %2"),
        { QString::number(error.httpStatus), error.message.isEmpty() ? error.code : error.message });
}

Status validate(const EnrollmentRequest &request, QUrl &baseUrl)
{
    baseUrl = QUrl(request.serverUrl.trimmed(), QUrl::StrictMode);
    if (request.serverUrl.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The server address is missing"), {}, QStringLiteral("server_url"));
    if (!baseUrl.isValid() || baseUrl.scheme() != QLatin1String("https") || baseUrl.host().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The server address must look like https://host:port, not \"%1\""),
            { request.serverUrl }, QStringLiteral("server_url"));
    if (request.code.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The enrollment code is missing"), {}, QStringLiteral("code"));
    if (!request.caFile.isEmpty() && !QFileInfo(request.caFile).isReadable())
        return fail(ErrorCode::NotFound, NX_ERR("The server certificate file %1 cannot be read"), { request.caFile },
            QStringLiteral("ca_file"));
    return {};
}

} // namespace

bool isEnrolled(LocalStore &store)
{
    const Result<QString> deviceId = store.setting(QStringLiteral("device_id"));
    if (!deviceId || deviceId->isEmpty())
        return false;
    const Result<SyncIdentity> identity = EpochState(store.db(), Clock::system()).load(1);
    return !identity || !identity->cloned;
}

Result<QByteArray> loadDeviceSecret(LocalStore &store)
{
    return SecretStore(dataDirOf(store)).read(kSecretName);
}

Status saveDeviceSecret(const QString &databasePath, const QByteArray &secret)
{
    Result<SecretStore::Backend> backend
        = SecretStore(QFileInfo(databasePath).absolutePath()).write(kSecretName, secret);
    if (!backend)
        return std::unexpected(backend.error());
    return {};
}

Result<EnrollmentResult> enrollDevice(LocalStore &store, const EnrollmentRequest &request)
{
    QUrl baseUrl;
    if (Status status = validate(request, baseUrl); !status)
        return std::unexpected(status.error());
    if (isEnrolled(store))
        return fail(ErrorCode::Conflict, NX_ERR("This device is already enrolled"));

    QString base = baseUrl.toString(QUrl::StripTrailingSlash);
    const QString caFile = request.caFile.isEmpty() ? QString() : QFileInfo(request.caFile).absoluteFilePath();
    const QString deviceName
        = request.deviceName.trimmed().isEmpty() ? QSysInfo::machineHostName() : request.deviceName.trimmed();
    const wire::EnrollRequest body { request.code.trimmed(),
        deviceName.left(wire::EnrollRequest::kMaxDeviceNameLength) };

    const HttpClient http(HttpClient::Options { caFile, 10000, 30000, nullptr });
    Result<HttpResponse> response
        = http.postJson(base + wire::kEnrollPath, QJsonDocument(body.toJson()).toJson(QJsonDocument::Compact));
    if (!response)
        return std::unexpected(response.error());
    if (response->status != 200) {
        const wire::ApiError error = wire::ApiError::fromBody(response->status, response->body);
        qCInfo(lcSyncEngine).noquote() << "enrollment refused by" << base << response->status << error.code
                                       << error.message;
        return std::unexpected(refusal(error));
    }
    Result<QJsonObject> json = wire::parseJsonObject(response->body, QStringLiteral("enrollment answer"));
    if (!json)
        return fail(ErrorCode::Protocol, NX_ERR("The server sent an enrollment answer that is not JSON: %1"),
            { json.error().message() });
    Result<wire::EnrollResponse> enrolled = wire::EnrollResponse::fromJson(*json);
    if (!enrolled)
        return fail(ErrorCode::Protocol,
            NX_ERR("The server sent an enrollment answer this program does not understand: %1"),
            { enrolled.error().message() });

    // The secret first: a device recorded as enrolled without its secret could never authenticate.
    SecretStore secrets(dataDirOf(store));
    Result<SecretStore::Backend> backend = secrets.write(kSecretName, enrolled->deviceSecret.toUtf8());
    if (!backend)
        return std::unexpected(backend.error());

    const QList<QPair<QString, QString>> settings {
        { QStringLiteral("device_id"), enrolled->deviceId },
        { QStringLiteral("device_name"), deviceName },
        { QStringLiteral("epoch"), QStringLiteral("1") },
        { QStringLiteral("server_url"), base },
        { QStringLiteral("ca_file"), caFile },
        { QStringLiteral("tenant_id"), enrolled->tenant.id },
        { QStringLiteral("tenant_slug"), enrolled->tenant.slug },
        { QStringLiteral("tenant_name"), enrolled->tenant.name },
        { QStringLiteral("branch_id"), enrolled->branch.id },
        { QStringLiteral("branch_name"), enrolled->branch.name },
        { QStringLiteral("secret_store"), SecretStore::backendName(*backend) },
        { QStringLiteral("enrolled_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
    };
    if (Status written = BootstrapWriter(store.db()).write(settings, *enrolled); !written) {
        (void)secrets.remove(kSecretName);
        qCWarning(lcSyncEngine).noquote()
            << "enrollment succeeded at the server but could not be stored:" << written.error().logMessage();
        return fail(written.error().code(),
            NX_ERR("The server enrolled this device but it could not be saved here (%1). "
                   "The code is spent: ask head office for a new one."),
            { written.error().message() });
    }
    qCInfo(lcSyncEngine) << "enrolled as device" << enrolled->deviceId << "of" << enrolled->tenant.slug << "branch"
                         << enrolled->branch.code << "users" << enrolled->users.size() << "secret in"
                         << SecretStore::backendName(*backend);
    return EnrollmentResult { enrolled->deviceId, enrolled->tenant.slug, enrolled->branch.id, enrolled->branch.name };
}

} // namespace nexus
