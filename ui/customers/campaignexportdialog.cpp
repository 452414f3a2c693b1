// Campaign export dialog: the segment's fields, a file, the report CSV writer.
#include "customers/campaignexportdialog.h"

#include "common/fieldcaption.h"
#include "common/formstatus.h"
#include "customers/campaignlist.h"
#include "reports/reportcsv.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace nexus {

namespace {

QComboBox *combo(const char *name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    return box;
}

QDateEdit *dateEdit(QDate value, const char *name, QWidget *parent)
{
    auto *edit = new QDateEdit(value, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

CampaignExportDialog::CampaignExportDialog(Database &db, const QStringList &tags, QDate today, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("campaignExportDialog"));
    setMinimumWidth(720);
    QVBoxLayout *outer = formstatus::frame(this, tr("Customers of a segment, for a campaign"));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);

    m_tag = combo("campaignTagCombo", this);
    m_tag->addItem(tr("Any tag"), QString());
    for (const QString &tag : tags)
        m_tag->addItem(QStringLiteral("#") + tag, tag);
    m_tier = combo("campaignTierCombo", this);
    m_tier->addItem(tr("Any tier"), -1);
    m_tier->addItem(tr("Bronze"), int(LoyaltyTier::Bronze));
    m_tier->addItem(tr("Silver"), int(LoyaltyTier::Silver));
    m_tier->addItem(tr("Gold"), int(LoyaltyTier::Gold));
    m_tier->addItem(tr("Platinum"), int(LoyaltyTier::Platinum));
    m_churn = combo("campaignChurnCombo", this);
    m_churn->addItem(tr("Any churn risk"), -1);
    m_churn->addItem(tr("High"), int(ChurnRisk::High));
    m_churn->addItem(tr("Medium"), int(ChurnRisk::Medium));
    m_churn->addItem(tr("Low"), int(ChurnRisk::Low));
    m_churn->addItem(tr("Not enough purchases"), int(ChurnRisk::Unknown));
    int row = 0;
    for (const auto &[caption, field] : { std::pair { tr("T&ag"), static_cast<QWidget *>(m_tag) },
             std::pair { tr("&Tier"), static_cast<QWidget *>(m_tier) },
             std::pair { tr("&Churn risk"), static_cast<QWidget *>(m_churn) } }) {
        QLabel *label = fieldCaption(caption, this);
        label->setBuddy(field);
        grid->addWidget(label, 0, row);
        grid->addWidget(field, 1, row);
        ++row;
    }
    m_byDate = new QCheckBox(tr("&Last purchase between"), this);
    m_byDate->setObjectName(QStringLiteral("campaignByDateCheck"));
    m_from = dateEdit(today.addDays(-90), "campaignFromEdit", this);
    m_to = dateEdit(today, "campaignToEdit", this);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    connect(m_byDate, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_byDate, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    grid->addWidget(m_byDate, 2, 0);
    grid->addWidget(m_from, 2, 1);
    grid->addWidget(m_to, 2, 2);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path = new QLineEdit(QDir(folder.isEmpty() ? QDir::homePath() : folder)
                               .filePath(tr("campaign-%1.csv").arg(today.toString(Qt::ISODate))),
        this);
    m_path->setObjectName(QStringLiteral("campaignPathEdit"));
    QLabel *pathCaption = fieldCaption(tr("CSV &file"), this);
    pathCaption->setBuddy(m_path);
    grid->addWidget(pathCaption, 3, 0, 1, 3);
    grid->addWidget(m_path, 4, 0, 1, 3);
    outer->addLayout(grid);
    auto *note = new QLabel(tr("Customers who opted out of a channel are listed without that contact; those who "
                               "opted out of every channel are left out."),
        this);
    note->setObjectName(QStringLiteral("mutedLabel"));
    note->setWordWrap(true);
    outer->addWidget(note);
    m_status = formstatus::line("campaignStatus", this);
    outer->addWidget(m_status);
    outer->addStretch(1);

    formstatus::actionRow(this, outer, { tr("Back  (Esc)"), "campaignCancelButton" }, { tr("Write CSV  (Enter)"), "campaignWriteButton" },
        [this] { write(); });
    m_tag->setFocus();
}

void CampaignExportDialog::write()
{
    CampaignFilter filter;
    filter.tag = m_tag->currentData().toString();
    if (const int tier = m_tier->currentData().toInt(); tier >= 0)
        filter.tier = static_cast<LoyaltyTier>(tier);
    if (const int churn = m_churn->currentData().toInt(); churn >= 0)
        filter.churn = static_cast<ChurnRisk>(churn);
    if (m_byDate->isChecked()) {
        filter.lastPurchaseFrom = m_from->date();
        filter.lastPurchaseTo = m_to->date();
    }
    Result<CampaignList> list = campaignList(m_db, filter, QDateTime::currentDateTimeUtc());
    if (!list) {
        formstatus::show(m_status, list.error().message(), true);
        m_from->setFocus();
        return;
    }
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        formstatus::show(m_status, tr("Say where to write the CSV."), true);
        m_path->setFocus();
        return;
    }
    if (Status written = writeReportCsv(list->table, path); !written) {
        formstatus::show(m_status, written.error().message(), true);
        m_path->setFocus();
        return;
    }
    const int rows = static_cast<int>(list->table.rows.size());
    m_summary = tr("%n customer(s) written to %1", nullptr, rows).arg(path);
    if (list->leftOut > 0)
        m_summary += QLatin1Char(' ') + tr("(%n left out: opted out of every channel)", nullptr, list->leftOut);
    accept();
}

} // namespace nexus
