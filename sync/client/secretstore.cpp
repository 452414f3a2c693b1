// SecretStore: QtKeychain jobs run synchronously in a local event loop with a timeout; file fallback via 0600 files.
#include "client/secretstore.h"

#include "protocol/logging.h"
#include "protocol/privatefile.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace nexus {

namespace {

const QString kService = QStringLiteral("Nexus POS");

bool validName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

// Runs a QtKeychain job to completion or timeout. A job that times out keeps running and deletes itself later
// (autoDelete); its result is ignored because the local loop, the connection's context, is gone by then.
struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QByteArray data;
};

template <typename Job, typename Prepare> JobOutcome runJob(Prepare prepare, int timeoutMs)
{
    auto *job = new Job(kService);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a plain-text QSettings copy would defeat the point; we fall back ourselves
    prepare(*job);
    JobOutcome outcome;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&outcome, &loop](QKeychain::Job *done) {
        outcome.finished = true;
        outcome.error = done->error();
        outcome.errorString = done->errorString();
        if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome.data = reader->binaryData();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome.finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!outcome.finished)
        outcome.errorString = QStringLiteral("no answer from the keychain within %1 ms").arg(timeoutMs);
    return outcome;
}

} // namespace

SecretStore::SecretStore(QString dataDir, Mode mode, int keychainTimeoutMs)
    : m_dataDir(QDir(dataDir).absolutePath()), m_mode(mode), m_timeoutMs(keychainTimeoutMs)
{
}

SecretStore::Mode SecretStore::modeFromEnvironment()
{
    return qEnvironmentVariable("NEXUS_SECRET_STORE") == QLatin1String("file") ? Mode::FileOnly : Mode::Auto;
}

QString SecretStore::backendName(Backend backend)
{
    return backend == Backend::Keychain ? QStringLiteral("keychain") : QStringLiteral("file");
}

QString SecretStore::filePath(const QString &name) const
{
    return m_dataDir + QLatin1Char('/') + name;
}

QString SecretStore::keychainKey(const QString &name) const
{
    return name + QLatin1Char('@') + m_dataDir;
}

Status SecretStore::keychainWrite(const QString &name, const QByteArray &secret)
{
    const JobOutcome outcome = runJob<QKeychain::WritePasswordJob>(
        [&](QKeychain::WritePasswordJob &job) {
            job.setKey(keychainKey(name));
            job.setBinaryData(secret);
        },
        m_timeoutMs);
    if (outcome.finished && outcome.error == QKeychain::NoError)
        return {};
    return fail(ErrorCode::Storage, NX_ERR("The keychain refused the secret: %1"), { outcome.errorString });
}

Result<QByteArray> SecretStore::keychainRead(const QString &name)
{
    const JobOutcome outcome = runJob<QKeychain::ReadPasswordJob>(
        [&](QKeychain::ReadPasswordJob &job) { job.setKey(keychainKey(name)); }, m_timeoutMs);
    if (outcome.finished && outcome.error == QKeychain::NoError)
        return outcome.data;
    return fail(ErrorCode::NotFound, NX_ERR("The secret %1 is not in the keychain: %2"), { name, outcome.errorString });
}

Status SecretStore::keychainRemove(const QString &name)
{
    const JobOutcome outcome = runJob<QKeychain::DeletePasswordJob>(
        [&](QKeychain::DeletePasswordJob &job) { job.setKey(keychainKey(name)); }, m_timeoutMs);
    if (outcome.finished && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound))
        return {};
    return fail(ErrorCode::Storage, NX_ERR("The keychain could not delete the secret: %1"), { outcome.errorString });
}

Result<SecretStore::Backend> SecretStore::write(const QString &name, const QByteArray &secret)
{
    if (!validName(name))
        return fail(ErrorCode::Internal, NX_ERR("Invalid secret name %1"), { name });
    if (m_mode == Mode::Auto) {
        Status stored = keychainWrite(name, secret);
        if (stored) {
            QFile::remove(filePath(name)); // a stale fallback would shadow the keychain on read
            return Backend::Keychain;
        }
        qCInfo(lcSyncEngine).noquote() << "no usable keychain, keeping" << name
                                       << "in a private file:" << stored.error().logMessage();
    }
    if (Status status = writePrivateFile(filePath(name), secret); !status)
        return std::unexpected(status.error());
    return Backend::File;
}

Result<QByteArray> SecretStore::read(const QString &name)
{
    if (!validName(name))
        return fail(ErrorCode::Internal, NX_ERR("Invalid secret name %1"), { name });
    // The file only exists when the keychain was unusable at write time, so it is the authoritative copy.
    QFile file(filePath(name));
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, NX_ERR("Cannot read %1: %2"), { file.fileName(), file.errorString() });
        return file.readAll();
    }
    if (m_mode == Mode::FileOnly)
        return fail(ErrorCode::NotFound, NX_ERR("The secret %1 is not stored on this device"), { name });
    return keychainRead(name);
}

Status SecretStore::remove(const QString &name)
{
    if (!validName(name))
        return fail(ErrorCode::Internal, NX_ERR("Invalid secret name %1"), { name });
    if (QFile::exists(filePath(name)) && !QFile::remove(filePath(name)))
        return fail(ErrorCode::Io, NX_ERR("Cannot delete %1"), { filePath(name) });
    if (m_mode == Mode::Auto) {
        // Without a keychain there is nothing to delete there; only report real refusals.
        if (Status removed = keychainRemove(name); !removed)
            qCInfo(lcSyncEngine).noquote() << removed.error().logMessage();
    }
    return {};
}

} // namespace nexus
