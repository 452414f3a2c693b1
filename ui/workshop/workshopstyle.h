// The workshop's own look (board, cards, kiosk) on top of the application's stylesheet, from :/styles/workshop.qss.
#pragma once

#include <QString>

namespace nexus {

[[nodiscard]] QString workshopStyleSheet();

} // namespace nexus
