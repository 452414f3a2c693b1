// Logging category of ticket and label printing (nexus.ui.printing).
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPrinting)
