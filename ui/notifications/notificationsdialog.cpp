// Notificaciones dialog: three tabs over the same store; the log's state filter and resend go through the service.
#include "notifications/notificationsdialog.h"

#include "auth/permission.h"
#include "notifications/notificationlogmodel.h"
#include "notifications/notificationservice.h"
#include "notifications/channelsettingsform.h"
#include "notifications/templateeditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

namespace {

QTableView *logTable(NotificationLogModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(NotificationLogModel::Detail, QHeaderView::Stretch);
    return view;
}

} // namespace

NotificationsDialog::NotificationsDialog(NotificationService &service, const User &user, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setObjectName(QStringLiteral("notificationsDialog"));
    resize(1100, 620);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("notificationTabs"));
    layout->addWidget(m_tabs);

    m_noticesModel = new NotificationLogModel(service.store(), this);
    m_notices = logTable(m_noticesModel, QStringLiteral("noticesView"), m_tabs);
    // Notices are all in-app, for this branch, delivered: when, what and the text is what matters.
    for (int column : { NotificationLogModel::Channel, NotificationLogModel::Recipient, NotificationLogModel::State,
             NotificationLogModel::Attempts })
        m_notices->hideColumn(column);
    m_tabs->addTab(m_notices, QString());

    auto *logPage = new QWidget(m_tabs);
    auto *logLayout = new QVBoxLayout(logPage);
    auto *filterRow = new QHBoxLayout;
    m_filterLabel = new QLabel(logPage);
    filterRow->addWidget(m_filterLabel);
    m_stateFilter = new QComboBox(logPage);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItem(QString(), -1);
    for (MessageState state : kAllStates)
        m_stateFilter->addItem(stateTitle(state), static_cast<int>(state));
    filterRow->addWidget(m_stateFilter);
    filterRow->addStretch(1);
    m_refresh = new QPushButton(logPage);
    m_refresh->setObjectName(QStringLiteral("refreshLog"));
    m_refresh->setProperty("kind", QStringLiteral("secondary"));
    filterRow->addWidget(m_refresh);
    m_resend = new QPushButton(logPage);
    m_resend->setObjectName(QStringLiteral("resendButton"));
    m_resend->setProperty("kind", QStringLiteral("primary"));
    m_resend->setEnabled(false);
    filterRow->addWidget(m_resend);
    logLayout->addLayout(filterRow);
    m_logModel = new NotificationLogModel(service.store(), this);
    m_log = logTable(m_logModel, QStringLiteral("logView"), logPage);
    logLayout->addWidget(m_log, 1);
    m_status = new QLabel(logPage);
    m_status->setObjectName(QStringLiteral("logStatus"));
    logLayout->addWidget(m_status);
    m_tabs->addTab(logPage, QString());

    if (roleHas(user.role, Permission::ConfigureBranch)) {
        m_editor = new TemplateEditor(service, user, m_tabs);
        m_tabs->addTab(m_editor, QString());
        m_channels = new ChannelSettingsForm(service.database(), m_tabs);
        m_tabs->addTab(m_channels, QString());
        connect(m_channels, &ChannelSettingsForm::saved, this, [this] { m_channelsSaved = true; });
    }

    m_noticesModel->reload(std::nullopt, NotificationChannel::InApp);
    reloadLog();
    // Opening the list is reading it: the bell goes back to zero (the new ones stay bold while this is open).
    if (m_service.markAllRead())
        Q_EMIT readChanged();

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &NotificationsDialog::reloadLog);
    connect(m_refresh, &QPushButton::clicked, this, &NotificationsDialog::reloadLog);
    connect(m_resend, &QPushButton::clicked, this, &NotificationsDialog::resendSelected);
    connect(m_log->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NotificationsDialog::updateResend);
    retranslate();
}

void NotificationsDialog::reloadLog()
{
    const int code = m_stateFilter->currentData().toInt();
    const std::optional<MessageState> state
        = code < 0 ? std::nullopt : std::optional<MessageState>(static_cast<MessageState>(code));
    if (!m_logModel->reload(state, std::nullopt))
        m_status->setText(m_logModel->lastError());
    updateResend();
}

void NotificationsDialog::updateResend()
{
    const QModelIndexList rows = m_log->selectionModel()->selectedRows();
    const NotificationMessage *m = rows.isEmpty() ? nullptr : m_logModel->messageAt(rows.first().row());
    m_resend->setEnabled(m && m->state == MessageState::Failed);
}

void NotificationsDialog::resendSelected()
{
    const QModelIndexList rows = m_log->selectionModel()->selectedRows();
    const NotificationMessage *m = rows.isEmpty() ? nullptr : m_logModel->messageAt(rows.first().row());
    if (!m)
        return;
    const QString recipient = m->recipient;
    Status queued = m_service.resend(m->id);
    m_status->setText(queued ? tr("Queued again for %1").arg(recipient) : queued.error().message());
    reloadLog();
}

void NotificationsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void NotificationsDialog::retranslate()
{
    setWindowTitle(tr("Notifications"));
    m_tabs->setTabText(0, tr("Notices"));
    m_tabs->setTabText(1, tr("Message log"));
    if (m_editor)
        m_tabs->setTabText(2, tr("Templates"));
    if (m_channels)
        m_tabs->setTabText(3, tr("Channels"));
    m_filterLabel->setText(tr("State"));
    m_stateFilter->setItemText(0, tr("All"));
    for (int i = 1; i < m_stateFilter->count(); ++i)
        m_stateFilter->setItemText(i, stateTitle(static_cast<MessageState>(m_stateFilter->itemData(i).toInt())));
    m_refresh->setText(tr("Refresh"));
    m_resend->setText(tr("Send again"));
}

} // namespace nexus
