// ResolveClaimDialog: the form, the manager's PIN when needed, then WarrantyClaimService::resolve.
#include "warranty/resolveclaimdialog.h"

#include "auth/authservice.h"
#include "auth/permission.h"
#include "auth/userrepository.h"
#include "common/fieldcaption.h"
#include "common/formstatus.h"
#include "warranty/warrantyform.h"
#include "returns/returnslip.h"
#include "sale/managerauthdialog.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace nexus {

ResolveClaimDialog::ResolveClaimDialog(WarrantyClaimService &claims, AuthService &auth, WarrantyActor actor,
    const WarrantyClaim &claim, QWidget *parent)
    : QDialog(parent), m_claims(claims), m_auth(auth), m_actor(std::move(actor)), m_claim(claim)
{
    setObjectName(QStringLiteral("resolveClaimDialog"));
    setMinimumWidth(600);
    QVBoxLayout *outer = formstatus::frame(this, tr("Resolve claim %1").arg(claim.folio));
    auto *info = new QLabel(tr("%1 × %2 (ticket %3). Reported: %4")
                                .arg(claim.quantity.toString(), claim.description, claim.saleFolio, claim.reason),
        this);
    info->setObjectName(QStringLiteral("resolveClaimInfo"));
    info->setWordWrap(true);
    outer->addWidget(info);

    auto *form = new QGridLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setColumnStretch(1, 1);
    auto *resolutionLabel = fieldCaption(tr("&Resolution"), this);
    m_resolution = new QComboBox(this);
    m_resolution->setObjectName(QStringLiteral("resolveResolutionCombo"));
    for (ClaimResolution resolution :
        { ClaimResolution::Repair, ClaimResolution::Replace, ClaimResolution::Refund, ClaimResolution::Reject }) {
        if (resolution == ClaimResolution::Replace && claim.labor())
            continue;
        m_resolution->addItem(claimResolutionTitle(resolution), int(resolution));
    }
    resolutionLabel->setBuddy(m_resolution);
    form->addWidget(resolutionLabel, 0, 0);
    form->addWidget(m_resolution, 0, 1);
    auto *noteLabel = fieldCaption(tr("&Note"), this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("resolveNoteEdit"));
    noteLabel->setBuddy(m_note);
    form->addWidget(noteLabel, 1, 0);
    form->addWidget(m_note, 1, 1);
    m_methodLabel = fieldCaption(tr("Refund &as"), this);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("resolveMethodCombo"));
    for (RefundMethod method : { RefundMethod::Cash, RefundMethod::CardReversal, RefundMethod::StoreCredit })
        m_method->addItem(ReturnSlip::refundMethodName(method), int(method));
    m_methodLabel->setBuddy(m_method);
    form->addWidget(m_methodLabel, 2, 0);
    form->addWidget(m_method, 2, 1);
    m_referenceLabel = fieldCaption(tr("Reversal &authorisation"), this);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("resolveReferenceEdit"));
    m_referenceLabel->setBuddy(m_reference);
    form->addWidget(m_referenceLabel, 3, 0);
    form->addWidget(m_reference, 3, 1);
    outer->addLayout(form);

    m_error = warrantyform::addFoot(
        this, outer, "resolveError", tr("Resolve  (F12)"), "resolveConfirmButton", [this] { confirm(); });
    connect(m_resolution, &QComboBox::currentIndexChanged, this, &ResolveClaimDialog::onResolutionChanged);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ResolveClaimDialog::onResolutionChanged);
    onResolutionChanged();
    m_resolution->setFocus();
}

void ResolveClaimDialog::setResolution(ClaimResolution resolution)
{
    const int index = m_resolution->findData(int(resolution));
    if (index >= 0)
        m_resolution->setCurrentIndex(index);
}

void ResolveClaimDialog::onResolutionChanged()
{
    const auto resolution = ClaimResolution(m_resolution->currentData().toInt());
    const bool refundOfPart = resolution == ClaimResolution::Refund && !m_claim.labor();
    m_methodLabel->setVisible(refundOfPart);
    m_method->setVisible(refundOfPart);
    const bool card = refundOfPart && RefundMethod(m_method->currentData().toInt()) == RefundMethod::CardReversal;
    m_referenceLabel->setVisible(card);
    m_reference->setVisible(card);
    m_note->setPlaceholderText(resolution == ClaimResolution::Reject ? tr("Why it is rejected (required)")
                                                                      : tr("What was done (optional)"));
}

std::optional<QString> ResolveClaimDialog::approve()
{
    if (roleHas(m_actor.role, Permission::ProcessReturn))
        return QString();
    ManagerAuthDialog dialog(m_auth, Permission::ProcessReturn, m_claim.folio,
        tr("A manager must authorise the resolution of claim %1.").arg(m_claim.folio), this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Result<std::optional<UserRecord>> manager = m_auth.users().findByUsername(dialog.managerUsername());
    if (!manager || !manager->has_value()) {
        formstatus::show(m_error, manager ? tr("The manager's user was not found") : manager.error().message(), true);
        return std::nullopt;
    }
    return (*manager)->user.id;
}

bool ResolveClaimDialog::confirm()
{
    ResolveClaimRequest request;
    request.resolution = ClaimResolution(m_resolution->currentData().toInt());
    request.note = m_note->text();
    request.refundMethod = RefundMethod(m_method->currentData().toInt());
    request.refundReference = m_reference->text();
    if (request.resolution == ClaimResolution::Reject && request.note.simplified().isEmpty()) {
        formstatus::show(m_error, tr("Say why the claim is rejected"), true);
        m_note->setFocus();
        return false;
    }
    const std::optional<QString> approvedBy = approve();
    if (!approvedBy)
        return false;
    WarrantyActor actor = m_actor;
    actor.approvedBy = *approvedBy;
    Result<WarrantyClaim> resolved = m_claims.resolve(m_claim.id, request, actor);
    if (!resolved) {
        formstatus::show(m_error, resolved.error().message(), true);
        if (resolved.error().field() == QLatin1String("resolution_note"))
            m_note->setFocus();
        return false;
    }
    m_resolved = std::move(*resolved);
    accept();
    return true;
}

} // namespace nexus
