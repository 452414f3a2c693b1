// The nexus.ui.printing category.
#include "printing/printinglogging.h"

Q_LOGGING_CATEGORY(lcPrinting, "nexus.ui.printing")
