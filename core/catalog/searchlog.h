// Logging category of the catalogue search (index builds, slow queries).
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSearch)
