// The app's line icons (resources/icons/*.svg drawn with currentColor) tinted to the colour each place needs.
#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace nexus {

class Icons final
{
public:
    Icons() = delete;

    // name: file name without ".svg". `checked` colours the On state (selected sidebar item),
    // `disabled` the Disabled mode; invalid colours fall back to `normal`.
    [[nodiscard]] static QIcon icon(const QString &name, const QColor &normal, const QColor &checked = {},
                                    const QColor &disabled = {});
    // The same at one size with `gap` transparent pixels on its right: Qt puts text right against an icon,
    // so buttons that show both use this and setIconSize(QSize(size + gap, size)).
    [[nodiscard]] static QIcon iconWithGap(const QString &name, int size, int gap, const QColor &normal,
                                           const QColor &checked = {}, const QColor &disabled = {});
    [[nodiscard]] static QPixmap pixmap(const QString &name, const QColor &color, int size, qreal devicePixelRatio);
    // The brand mark, untinted.
    [[nodiscard]] static QPixmap logo(int size, qreal devicePixelRatio);
    // A round badge with the person's initials, for user lists and the header.
    [[nodiscard]] static QPixmap avatar(const QString &displayName, int size, qreal devicePixelRatio);
};

// The palette the stylesheet uses, for places painted in code (icons, avatars, status dot).
namespace colors {
inline const QColor kSidebarText{0xcb, 0xd5, 0xe1};
inline const QColor kSidebarDisabled{0x47, 0x55, 0x69};
inline const QColor kAccent{0xf9, 0x73, 0x16};
inline const QColor kAccentDark{0xc2, 0x41, 0x0c};
inline const QColor kText{0x0f, 0x17, 0x2a};
inline const QColor kMuted{0x47, 0x55, 0x69};
inline const QColor kWhite{0xff, 0xff, 0xff};
inline const QColor kError{0xb9, 0x1c, 0x1c};
} // namespace colors

} // namespace nexus
