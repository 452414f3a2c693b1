// Counter VIN decoder: one per process, used only from the UI thread.
#include "customers/countervindecoder.h"

#include "vehicles/vindecoder.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcCounterVin, "nexus.ui.vin")

namespace nexus {

VinDecoder *counterVinDecoder()
{
    static std::unique_ptr<VinDecoder> decoder;
    if (decoder)
        return decoder.get();
    const QString path = VinDecoder::defaultDatabasePath();
    if (!QFileInfo::exists(path))
        return nullptr;
    Result<std::unique_ptr<VinDecoder>> opened = VinDecoder::open(path);
    if (!opened) {
        qCWarning(lcCounterVin) << "VIN database not usable:" << opened.error().logMessage();
        return nullptr;
    }
    decoder = std::move(*opened);
    return decoder.get();
}

} // namespace nexus
