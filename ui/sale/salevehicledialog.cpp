// Sale vehicle dialog: the VIN/plates line, the customer's vehicles below it, a status line; Enter does what has focus.
#include "sale/salevehicledialog.h"

#include "common/fieldcaption.h"
#include "common/formstatus.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace nexus {

namespace {

constexpr int kVehicleIdRole = Qt::UserRole + 1;

} // namespace

SaleVehicleDialog::SaleVehicleDialog(const QString &owner, const QList<CustomerVehicle> &vehicles,
    const QString &currentId, const QString &typed, Actions actions, QWidget *parent)
    : QDialog(parent), m_actions(std::move(actions))
{
    setObjectName(QStringLiteral("vehicleFilterDialog"));
    setMinimumWidth(620);
    QVBoxLayout *layout = formstatus::frame(this, tr("Vehicle"));
    const QString prompt = tr("VIN or plates (empty: show parts for every vehicle)");
    QLabel *caption = fieldCaption(prompt, this);
    layout->addWidget(caption);
    m_edit = new QLineEdit(typed, this);
    m_edit->setObjectName(QStringLiteral("vehicleSearchEdit"));
    m_edit->setAccessibleName(prompt);
    caption->setBuddy(m_edit);
    layout->addWidget(m_edit);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("vehicleList"));
    if (!vehicles.isEmpty()) {
        const QString listPrompt = tr("Or the sale is for one of %1's vehicles (↓ then Enter)").arg(owner);
        QLabel *listCaption = fieldCaption(listPrompt, this);
        listCaption->setWordWrap(true);
        listCaption->setBuddy(m_list);
        layout->addWidget(listCaption);
        m_list->setAccessibleName(listPrompt);
        auto *none = new QListWidgetItem(tr("No vehicle: a sale for the customer only"), m_list);
        none->setData(kVehicleIdRole, QString());
        for (const CustomerVehicle &vehicle : vehicles) {
            auto *item = new QListWidgetItem(vehicle.describe(), m_list);
            item->setData(kVehicleIdRole, vehicle.id);
            item->setToolTip(vehicle.fields.vin);
            if (vehicle.id == currentId)
                m_list->setCurrentItem(item);
        }
        if (!m_list->currentItem())
            m_list->setCurrentRow(currentId.isEmpty() ? 0 : 1);
        const int rows = std::min(static_cast<int>(m_list->count()), 6);
        m_list->setFixedHeight(m_list->sizeHintForRow(0) * rows + 2 * m_list->frameWidth() + 4);
        layout->addWidget(m_list);
        connect(m_list, &QListWidget::itemActivated, this, &SaleVehicleDialog::pickCurrent);
        m_list->installEventFilter(this);
    } else {
        m_list->hide();
    }
    m_edit->installEventFilter(this);

    m_status = formstatus::line("vehicleStatus", this);
    layout->addWidget(m_status);
    QPushButton *ok = formstatus::actionRow(this, layout, { tr("Cancel  (Esc)"), "vehicleCancel" },
        { tr("Accept  (Enter)"), "vehicleAccept" }, [this] {
            if (m_list->isVisible() && m_list->hasFocus())
                pickCurrent();
            else
                lookUp();
        });
    ok->setFocusPolicy(Qt::NoFocus); // a click accepts what has focus (the line or the list), as Enter does
    m_edit->setFocus();
    m_edit->selectAll();
}

bool SaleVehicleDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (watched == m_edit) {
        if (enter) {
            lookUp();
            return true;
        }
        if (key == Qt::Key_Down && !m_list->isHidden()) { // from the line to the customer's vehicles
            m_list->setFocus();
            return true;
        }
    } else if (watched == m_list) {
        if (enter) {
            pickCurrent();
            return true;
        }
        if (key == Qt::Key_Up && m_list->currentRow() <= 0) { // back up to the line
            m_edit->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SaleVehicleDialog::lookUp()
{
    finish(m_actions.lookUp ? m_actions.lookUp(m_edit->text()) : Status {}, m_edit);
}

void SaleVehicleDialog::pickCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    finish(m_actions.pick ? m_actions.pick(item->data(kVehicleIdRole).toString()) : Status {}, m_list);
}

void SaleVehicleDialog::finish(const Status &result, QWidget *focusBack)
{
    if (!result) {
        formstatus::show(m_status, result.error().message(), true);
        focusBack->setFocus();
        return;
    }
    accept();
}

} // namespace nexus
