// Logging category of the desktop UI.
#include "app/uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "nexus.ui")
