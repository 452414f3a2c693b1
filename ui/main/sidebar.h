// The dark navigation column: one button per product area, enabled only for areas the user's role may open.
#pragma once

#include <QFrame>
#include <QMap>

#include "auth/role.h"
#include "main/area.h"

class QButtonGroup;
class QLabel;
class QToolButton;

namespace nexus {

class Sidebar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)

public:
    explicit Sidebar(QWidget *parent = nullptr);

    void setRole(Role role);
    // Checks the area's button without emitting areaSelected.
    void select(Area area);
    [[nodiscard]] bool isAreaEnabled(Area area) const;
    [[nodiscard]] QToolButton *button(Area area) const { return m_buttons.value(area); }
    // Icons only (the names stay in the tooltips), for when Chalán's panel takes the right side of a 1366 screen.
    void setCompact(bool compact);
    [[nodiscard]] bool isCompact() const { return m_compact; }

Q_SIGNALS:
    void areaSelected(nexus::Area area);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QButtonGroup *m_group = nullptr;
    QLabel *m_brandName = nullptr;
    QLabel *m_version = nullptr;
    bool m_compact = false;
    QMap<Area, QToolButton *> m_buttons;
    Role m_role = Role::Cashier;
};

} // namespace nexus
