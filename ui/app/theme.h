// The Nexus look: Fusion style, a legible font and resources/styles/nexus.qss.
#pragma once

class QApplication;

namespace nexus {

class Theme final
{
public:
    Theme() = delete;
    static void apply(QApplication &app);
};

} // namespace nexus
