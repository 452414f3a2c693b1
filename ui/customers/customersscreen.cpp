// Clientes screen: title, hint, segments, the finder; the card opens over it.
#include "customers/customersscreen.h"

#include "customers/campaignexportdialog.h"
#include "customers/customercrmstore.h"
#include "customers/customerdetaildialog.h"
#include "customers/customerfinder.h"
#include "main/area.h"
#include "sales/counterprofile.h"
#include "store/localstore.h"

#include <QDir>
#include <QEvent>
#include <QDate>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace nexus {

CustomersScreen::CustomersScreen(LocalStore &store, AuthService &auth, QWidget *parent)
    : QWidget(parent), m_store(store), m_auth(auth)
{
    setObjectName(QStringLiteral("page_customers"));
    m_catalogPath = QFileInfo(store.db().path()).dir().filePath(QStringLiteral("catalog.db"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(8);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(m_title);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("crmFavourites"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    auto *segmentRow = new QHBoxLayout;
    m_segments = new QLabel(this);
    m_segments->setObjectName(QStringLiteral("crmTags"));
    m_segments->setWordWrap(true);
    segmentRow->addWidget(m_segments, 1);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("campaignExportButton"));
    m_export->setProperty("kind", QStringLiteral("secondary"));
    m_export->setFocusPolicy(Qt::NoFocus);
    segmentRow->addWidget(m_export, 0, Qt::AlignTop);
    layout->addLayout(segmentRow);
    m_exported = new QLabel(this);
    m_exported->setObjectName(QStringLiteral("campaignExported"));
    m_exported->setWordWrap(true);
    m_exported->hide();
    layout->addWidget(m_exported);
    connect(m_export, &QPushButton::clicked, this, &CustomersScreen::exportSegment);
    auto *exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this);
    exportKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportKey, &QShortcut::activated, this, &CustomersScreen::exportSegment);
    m_finder = new CustomerFinder(store, false, this);
    layout->addWidget(m_finder, 1);
    connect(m_finder, &CustomerFinder::chosen, this, &CustomersScreen::openCard);
    auto *card = new QShortcut(QKeySequence(Qt::Key_F3), this);
    card->setContext(Qt::WidgetWithChildrenShortcut);
    connect(card, &QShortcut::activated, this, [this] {
        if (const Customer *customer = m_finder->current())
            openCard(*customer);
    });
    setFocusProxy(m_finder);
    retranslate();
}

void CustomersScreen::openCard(const Customer &customer)
{
    Result<CounterProfile> profile = loadCounterProfile(m_store.db());
    CustomerDetailDialog card(m_store, m_auth, profile ? profile->deviceId : QString(),
        profile ? profile->branchId : QString(), customer, m_catalogPath, QString(), this);
    card.exec();
    m_finder->refresh(); // tags may have changed
    refreshSegments();
    m_finder->searchEdit()->setFocus();
}

void CustomersScreen::exportSegment()
{
    QStringList tags;
    if (Result<QList<std::pair<QString, int>>> counts = CustomerCrmStore(m_store.db()).tagCounts(); counts)
        for (const auto &[tag, count] : *counts)
            tags << tag;
    CampaignExportDialog dialog(m_store.db(), tags, QDate::currentDate(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_exported->setText(dialog.summary());
        m_exported->show();
    }
    m_finder->searchEdit()->setFocus();
}

void CustomersScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_finder->refresh();
    refreshSegments();
    m_finder->searchEdit()->setFocus();
}

void CustomersScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomersScreen::retranslate()
{
    m_title->setText(areaTitle(Area::Customers));
    m_hint->setText(tr("Enter or F3 opens the card (timeline, vehicles, what they buy); #tag keeps one segment; "
                       "Ctrl+K at the sale screen attaches a customer or adds a new one."));
    m_export->setText(tr("Export a segment for a campaign  (Ctrl+Shift+E)"));
    refreshSegments();
}

void CustomersScreen::refreshSegments()
{
    Result<QList<std::pair<QString, int>>> counts = CustomerCrmStore(m_store.db()).tagCounts();
    QStringList shown;
    if (counts)
        for (const auto &[tag, count] : *counts)
            shown << tr("#%1 (%2)").arg(tag).arg(count);
    m_segments->setText(shown.isEmpty() ? tr("No segments yet: tag customers on their card (Ctrl+T).")
                                        : tr("Segments: %1").arg(shown.join(QStringLiteral("   "))));
}

} // namespace nexus
