// The customer's timeline (core customerTimeline) as a table for the detail screen: when (local time), what happened
// with its state, the reference (folio, channel), the amount, the details and who.
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "customers/customertimeline.h"

namespace nexus {

class CustomerTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTimelineModel)

public:
    enum Column { When, What, Reference, Amount, Detail, By, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 }; // timelineKindCode

    explicit CustomerTimelineModel(QObject *parent = nullptr);

    void setEntries(QList<TimelineEntry> entries);
    [[nodiscard]] const TimelineEntry *entry(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Sale", "Service order · Repair", "WhatsApp · delivered"…
    [[nodiscard]] static QString describe(const TimelineEntry &entry);

private:
    QList<TimelineEntry> m_entries;
};

} // namespace nexus
