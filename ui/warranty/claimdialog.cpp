// ClaimDialog: the form, then WarrantyClaimService::open.
#include "warranty/claimdialog.h"

#include "common/fieldcaption.h"
#include "common/formstatus.h"
#include "warranty/warrantyform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace nexus {

ClaimDialog::ClaimDialog(
    WarrantyClaimService &claims, WarrantyActor actor, const Warranty &warranty, QWidget *parent)
    : QDialog(parent), m_claims(claims), m_actor(std::move(actor)), m_warranty(warranty)
{
    setObjectName(QStringLiteral("claimDialog"));
    setMinimumWidth(620);
    QVBoxLayout *outer = formstatus::frame(this, tr("New warranty claim"));
    auto *info = new QLabel(tr("Ticket %1 of %2 · %3 · %4 sold · warranty %5, until %6")
                                .arg(warranty.saleFolio, QLocale().toString(warranty.soldOn, QLocale::ShortFormat),
                                    warranty.labor() ? warranty.description
                                                     : QStringLiteral("%1 %2").arg(warranty.sku, warranty.description),
                                    warranty.sold.toString(), warrantyPeriodText(warranty.period.days),
                                    QLocale().toString(warranty.expiresOn, QLocale::ShortFormat)),
        this);
    info->setObjectName(QStringLiteral("claimWarrantyInfo"));
    info->setWordWrap(true);
    outer->addWidget(info);

    auto *form = new QGridLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setColumnStretch(1, 1);
    auto *quantityLabel = fieldCaption(tr("&Quantity"), this);
    m_quantity = new QLineEdit(QStringLiteral("1"), this);
    m_quantity->setObjectName(QStringLiteral("claimQuantityEdit"));
    m_quantity->setMaximumWidth(120);
    quantityLabel->setBuddy(m_quantity);
    form->addWidget(quantityLabel, 0, 0);
    form->addWidget(m_quantity, 0, 1, Qt::AlignLeft);
    auto *reasonLabel = fieldCaption(tr("&What is wrong"), this);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("claimReasonCombo"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems({ tr("Does not work"), tr("Noise or vibration"), tr("Leaks"), tr("Premature wear"),
        tr("Broken or cracked"), tr("The work has to be redone") });
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type what the customer reports"));
    reasonLabel->setBuddy(m_reason);
    form->addWidget(reasonLabel, 1, 0);
    form->addWidget(m_reason, 1, 1);
    m_received = new QCheckBox(tr("The customer left the defective &piece"), this);
    m_received->setObjectName(QStringLiteral("claimReceivedCheck"));
    m_received->setChecked(!warranty.labor());
    m_received->setEnabled(!warranty.labor());
    form->addWidget(m_received, 2, 1);
    auto *filesLabel = fieldCaption(tr("Evidence"), this);
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("claimEvidenceList"));
    m_files->setMaximumHeight(90);
    form->addWidget(filesLabel, 3, 0, Qt::AlignTop);
    form->addWidget(m_files, 3, 1);
    auto *attachButton = new QPushButton(tr("Attach photo or file  (F3)"), this);
    attachButton->setObjectName(QStringLiteral("claimAttachButton"));
    attachButton->setAutoDefault(false);
    form->addWidget(attachButton, 4, 1, Qt::AlignLeft);
    outer->addLayout(form);

    m_error = warrantyform::addFoot(
        this, outer, "claimError", tr("Open claim  (F12)"), "claimConfirmButton", [this] { confirm(); });
    connect(attachButton, &QPushButton::clicked, this, &ClaimDialog::attach);
    connect(new QShortcut(QKeySequence(Qt::Key_F3), this), &QShortcut::activated, this, &ClaimDialog::attach);
    m_picker = [this] {
        return QFileDialog::getOpenFileNames(this, tr("Evidence of the claim"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)"));
    };
    m_reason->setFocus();
}

void ClaimDialog::addEvidence(const QString &path)
{
    m_files->addItem(QDir::toNativeSeparators(path));
    m_files->item(m_files->count() - 1)->setData(Qt::UserRole, path);
}

void ClaimDialog::attach()
{
    for (const QString &path : m_picker())
        addEvidence(path);
}

bool ClaimDialog::confirm()
{
    Result<Quantity> quantity = Quantity::parse(m_quantity->text());
    if (!quantity) {
        formstatus::show(m_error, quantity.error().message(), true);
        m_quantity->setFocus();
        return false;
    }
    OpenClaimRequest request;
    request.saleId = m_warranty.saleId;
    request.lineNo = m_warranty.lineNo;
    request.quantity = *quantity;
    request.reason = m_reason->currentText();
    request.partReceived = m_received->isChecked();
    for (int i = 0; i < m_files->count(); ++i)
        request.evidenceFiles << m_files->item(i)->data(Qt::UserRole).toString();
    Result<WarrantyClaim> claim = m_claims.open(request, m_actor);
    if (!claim) {
        formstatus::show(m_error, claim.error().message(), true);
        const QString field = claim.error().field();
        if (field == QLatin1String("quantity"))
            m_quantity->setFocus();
        else if (field == QLatin1String("reason"))
            m_reason->setFocus();
        return false;
    }
    m_claim = std::move(*claim);
    accept();
    return true;
}

} // namespace nexus
