// The branch's business database on the device (nexus.db): ledgers, users, config; synchronous=FULL.
#pragma once

#include <memory>

#include "common/error.h"
#include "store/database.h"

namespace nexus {

class LocalStore final
{
public:
    // The counter's connection checkpoints the WAL by itself only past this many pages (about 40 MB): a
    // WalCheckpointer copies it in the background, so no sale's commit pays for it; this bounds the WAL if none runs.
    static constexpr int kCounterAutoCheckpointPages = 10'000;

    Q_DISABLE_COPY_MOVE(LocalStore)
    ~LocalStore() = default;

    [[nodiscard]] static Result<std::unique_ptr<LocalStore>> open(const QString &path,
                                                                   const QString &connectionName = {});

    [[nodiscard]] Database &db() { return *m_db; }

    // Device-level settings (device_id, epoch, server URL, branch) kept in the `settings` table.
    [[nodiscard]] Result<QString> setting(const QString &key) const;
    [[nodiscard]] Status setSetting(const QString &key, const QString &value);

private:
    explicit LocalStore(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
    std::unique_ptr<Database> m_db;
};

} // namespace nexus
