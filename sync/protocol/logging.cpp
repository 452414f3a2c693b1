// Logging categories of the sync layer.
#include "protocol/logging.h"

Q_LOGGING_CATEGORY(lcSyncEngine, "nexus.sync.engine")
Q_LOGGING_CATEGORY(lcServerApi, "nexus.server.api")
Q_LOGGING_CATEGORY(lcServerStore, "nexus.server.store")
Q_LOGGING_CATEGORY(lcServerTls, "nexus.server.tls")
