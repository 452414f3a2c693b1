// The VIN decoder of the UI thread (VinDecoder is one per thread): opened on first use from the installed vPIC
// database (VinDecoder::defaultDatabasePath), null while none is installed (asked again on the next use).
#pragma once

namespace nexus {

class VinDecoder;

[[nodiscard]] VinDecoder *counterVinDecoder();

} // namespace nexus
