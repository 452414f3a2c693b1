// Status bar texts follow SyncStatus::changed; the dot's colour comes from the stylesheet via the "state" property;
// the last-sync tooltip says how fresh the pulled stock and prices are.
#include "main/syncstatusbar.h"

#include "client/syncstatus.h"
#include "common/icons.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QSysInfo>

namespace nexus {

namespace {

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setObjectName(QStringLiteral("statusSeparator"));
    line->setFrameShape(QFrame::VLine);
    line->setFixedWidth(1);
    return line;
}

// An icon followed by a text label, for the permanent (right-hand) part of the bar.
QLabel *addIconLabel(QStatusBar *bar, const QString &icon, const QString &objectName)
{
    auto *box = new QWidget(bar);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *picture = new QLabel(box);
    picture->setPixmap(Icons::pixmap(icon, colors::kMuted, 16, bar->devicePixelRatioF()));
    layout->addWidget(picture);
    auto *text = new QLabel(box);
    text->setObjectName(objectName);
    layout->addWidget(text);
    bar->addPermanentWidget(box);
    return text;
}

QString stateCode(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::NotEnrolled:
        return QStringLiteral("notEnrolled");
    case SyncStatus::State::Connecting:
        return QStringLiteral("connecting");
    case SyncStatus::State::Online:
        return QStringLiteral("online");
    case SyncStatus::State::Offline:
        return QStringLiteral("offline");
    }
    return {};
}

} // namespace

SyncStatusBar::SyncStatusBar(SyncStatus &status, const DeviceIdentity &device, QWidget *parent)
    : QStatusBar(parent), m_status(status), m_device(device)
{
    setObjectName(QStringLiteral("syncStatusBar"));
    setSizeGripEnabled(false);

    // Dot and text travel together, inset from the window edge.
    auto *indicator = new QWidget(this);
    auto *indicatorLayout = new QHBoxLayout(indicator);
    indicatorLayout->setContentsMargins(14, 0, 0, 0);
    indicatorLayout->setSpacing(2);
    m_dot = new QLabel(indicator);
    m_dot->setObjectName(QStringLiteral("syncDot"));
    m_dot->setFixedSize(12, 12);
    indicatorLayout->addWidget(m_dot);
    m_state = new QLabel(indicator);
    m_state->setObjectName(QStringLiteral("syncStateLabel"));
    indicatorLayout->addWidget(m_state);
    addWidget(indicator);
    addWidget(separator(this));
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("syncPendingLabel"));
    addWidget(m_pending);
    addWidget(separator(this));
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("syncLastLabel"));
    addWidget(m_lastSync);

    m_userLabel = addIconLabel(this, QStringLiteral("user"), QStringLiteral("statusUserLabel"));
    addPermanentWidget(separator(this));
    m_deviceLabel = addIconLabel(this, QStringLiteral("device"), QStringLiteral("statusDeviceLabel"));

    connect(&m_status, &SyncStatus::changed, this, &SyncStatusBar::refresh);
    refresh();
}

void SyncStatusBar::setUser(const User &user)
{
    m_user = user;
    refresh();
}

void SyncStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QStatusBar::changeEvent(event);
}

void SyncStatusBar::refresh()
{
    const SyncStatus::State state = m_status.state();
    switch (state) {
    case SyncStatus::State::NotEnrolled:
        m_state->setText(tr("Not registered with a server — working on this computer only"));
        break;
    case SyncStatus::State::Connecting:
        m_state->setText(tr("Connecting to the server…"));
        break;
    case SyncStatus::State::Online:
        m_state->setText(tr("Online"));
        break;
    case SyncStatus::State::Offline:
        m_state->setText(tr("Offline — sales are kept on this computer"));
        break;
    }
    // A copy of another till's nexus.db: it reaches the server but must not send anything (DeviceEpochs).
    if (m_status.refusedAsCopy())
        m_state->setText(tr("This till is a copy of another one: its sales stay here and are not sent. Restart it and "
                            "enroll it again with a new code from head office."));
    m_state->setToolTip(m_status.serverUrl());
    m_dot->setProperty("state", m_status.refusedAsCopy() ? stateCode(SyncStatus::State::Offline) : stateCode(state));
    m_dot->setAccessibleName(m_state->text());
    // A dynamic property only restyles after a re-polish.
    m_dot->style()->unpolish(m_dot);
    m_dot->style()->polish(m_dot);

    const qint64 pending = m_status.pendingCount();
    m_pending->setText(tr("%n pending change(s)", nullptr, static_cast<int>(qMin<qint64>(pending, INT_MAX))));
    m_pending->setProperty("attention", pending > 0);
    m_pending->style()->unpolish(m_pending);
    m_pending->style()->polish(m_pending);

    const QString clock = clockText();
    m_lastSync->setText(clock.isEmpty() ? lastSyncText() : tr("%1 · %2", "last sync and clock").arg(lastSyncText(), clock));
    m_lastSync->setToolTip(pulledText());

    m_userLabel->setText(m_user.id.isEmpty() ? QString()
                                             : tr("%1 (%2)", "user and role").arg(m_user.displayName,
                                                                                  roleDisplayName(m_user.role)));
    m_userLabel->setToolTip(tr("Signed-in user"));
    const QString deviceName = m_device.deviceName.isEmpty() ? QSysInfo::machineHostName() : m_device.deviceName;
    m_deviceLabel->setText(m_device.branchName.isEmpty()
                               ? deviceName
                               : tr("%1 · %2", "device and branch").arg(deviceName, m_device.branchName));
    m_deviceLabel->setToolTip(m_device.deviceId.isEmpty()
                                  ? tr("This computer")
                                  : tr("This computer and its branch. Device id: %1").arg(m_device.deviceId));
}

QString SyncStatusBar::pulledText() const
{
    // What the counter shows from head office and how fresh it is: the search's "other branches" and prices.
    const QMap<QString, QDateTime> pulled = m_status.pulledAt();
    const QLocale locale;
    auto when = [&](const QString &bucket) {
        const QDateTime at = pulled.value(bucket);
        return at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : tr("not yet received");
    };
    return tr("Other branches' stock as of %1\nPrices from head office as of %2")
        .arg(when(QStringLiteral("stock")), when(QStringLiteral("prices")));
}

QString SyncStatusBar::clockText() const
{
    // The server's clock is the reference for tokens; sales keep this computer's time, so a wrong clock puts them on
    // the wrong hour or day in head office's reports: the cashier should see it and have it fixed.
    const qint64 skew = m_status.clockSkewSeconds();
    const qint64 off = skew < 0 ? -skew : skew;
    if (off <= kClockToleranceSeconds)
        return {};
    const QString amount = off >= 2 * 86400 ? tr("%n day(s)", nullptr, static_cast<int>(qMin<qint64>(off / 86400, INT_MAX)))
        : off >= 3600                       ? tr("%n hour(s)", nullptr, static_cast<int>(off / 3600))
                                            : tr("%n minute(s)", nullptr, static_cast<int>(off / 60));
    return skew > 0 ? tr("this computer's clock is %1 ahead of the server").arg(amount)
                    : tr("this computer's clock is %1 behind the server").arg(amount);
}

QString SyncStatusBar::lastSyncText() const
{
    const QDateTime last = m_status.lastSyncUtc();
    if (!last.isValid())
        return tr("Not synced yet");
    const QDateTime local = last.toLocalTime();
    const QLocale locale;
    // "today 14:05" reads faster at the counter than a full date.
    if (local.date() == QDate::currentDate())
        return tr("Last sync: today %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    return tr("Last sync: %1").arg(locale.toString(local, QLocale::ShortFormat));
}

} // namespace nexus
