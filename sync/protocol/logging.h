// Logging categories of the sync layer.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSyncEngine)
Q_DECLARE_LOGGING_CATEGORY(lcServerApi)
Q_DECLARE_LOGGING_CATEGORY(lcServerStore)
Q_DECLARE_LOGGING_CATEGORY(lcServerTls)
