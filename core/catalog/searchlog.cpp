// Logging category of the catalogue search.
#include "catalog/searchlog.h"

Q_LOGGING_CATEGORY(lcSearch, "nexus.core.search")
