// What nexus-pos was asked to do on its command line (parsed in app/pos/main.cpp).
#pragma once

#include <QString>

namespace nexus {

struct PosOptions
{
    QString dataDir;        // folder holding nexus.db and catalog.db
    QString serverUrl;      // unattended enrollment: server to enrol with…
    QString enrollCode;     // …with this one-time code…
    QString caFile;         // …trusting this PEM certificate (self-signed servers)
    QString language;       // "es_MX" or "en"; empty: the device setting, else es_MX
    QString screenshotPath; // render the first window into this PNG once shown, then quit
    bool watchServer = true; // poll the server's health into SyncStatus (tests drive SyncStatus themselves)
};

} // namespace nexus
