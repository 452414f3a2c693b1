// Logging categories of the core layer.
#include "common/logging.h"

Q_LOGGING_CATEGORY(lcStore, "nexus.core.store")
Q_LOGGING_CATEGORY(lcAuth, "nexus.core.auth")
Q_LOGGING_CATEGORY(lcDemo, "nexus.core.demo")
