// One page of the navigation frame: the area's title and what it will hold, until its screen is built.
#pragma once

#include <QWidget>

#include "main/area.h"

class QLabel;

namespace nexus {

class AreaPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AreaPage)

public:
    explicit AreaPage(const AreaInfo &info, QWidget *parent = nullptr);

    [[nodiscard]] Area area() const { return m_area; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Area m_area;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_notice = nullptr;
};

} // namespace nexus
