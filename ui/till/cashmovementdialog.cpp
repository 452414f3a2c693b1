// CashMovementDialog: kind, amount, reason, the drawer's expected cash as a hint, manager PIN for withdrawals.
#include "till/cashmovementdialog.h"

#include "auth/authservice.h"
#include "sale/managerauthdialog.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace nexus {

CashMovementDialog::CashMovementDialog(
    CashMovementService &service, AuthService &auth, CashMovementKind kind, QWidget *parent)
    : QDialog(parent), m_service(service), m_auth(auth)
{
    setObjectName(QStringLiteral("cashMovementDialog"));
    setStyleSheet(QStringLiteral("QDialog#cashMovementDialog { background-color: #ffffff; }"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(m_title);
    m_drawer = new QLabel(this);
    m_drawer->setObjectName(QStringLiteral("dialogText"));
    m_drawer->setWordWrap(true);
    layout->addWidget(m_drawer);

    auto *kinds = new QHBoxLayout;
    m_in = new QRadioButton(tr("Cash &in"), this);
    m_in->setObjectName(QStringLiteral("cashInRadio"));
    m_out = new QRadioButton(tr("Cash &out"), this);
    m_out->setObjectName(QStringLiteral("cashOutRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_in);
    group->addButton(m_out);
    (kind == CashMovementKind::Out ? m_out : m_in)->setChecked(true);
    kinds->addWidget(m_in);
    kinds->addWidget(m_out);
    kinds->addStretch(1);
    layout->addLayout(kinds);

    auto *amountLabel = new QLabel(tr("&Amount (MXN)"), this);
    amountLabel->setObjectName(QStringLiteral("fieldLabel"));
    layout->addWidget(amountLabel);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("cashAmountEdit"));
    m_amount->setPlaceholderText(QStringLiteral("0.00"));
    m_amount->setAlignment(Qt::AlignRight);
    amountLabel->setBuddy(m_amount);
    layout->addWidget(m_amount);
    auto *reasonLabel = new QLabel(tr("&Reason"), this);
    reasonLabel->setObjectName(QStringLiteral("fieldLabel"));
    layout->addWidget(reasonLabel);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("cashReasonEdit"));
    m_reason->setMaxLength(CashMovementService::kMaxReasonLength);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("cashMovementError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addSpacing(8);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cashMovementCancel"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("cashMovementSave"));
    m_save->setProperty("kind", QStringLiteral("primary"));
    m_save->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &CashMovementDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_in, &QRadioButton::toggled, this, &CashMovementDialog::updateKind);
    updateKind();
    m_amount->setFocus();
}

CashMovementKind CashMovementDialog::kind() const
{
    return m_out->isChecked() ? CashMovementKind::Out : CashMovementKind::In;
}

void CashMovementDialog::updateKind()
{
    const bool out = kind() == CashMovementKind::Out;
    const QString title = out ? tr("Cash out of the till") : tr("Cash into the till");
    setWindowTitle(title);
    m_title->setText(title);
    m_save->setText(out ? tr("Take out") : tr("Put in"));
    m_reason->setPlaceholderText(
        out ? tr("e.g. supplier payment, deposit to the bank") : tr("e.g. change from the main office"));
    const Result<Money> drawer = m_service.expectedCash();
    m_drawer->setText(
        drawer ? tr("The drawer should hold %1 in pesos.").arg(drawer->format()) : drawer.error().message());
}

void CashMovementDialog::showError(const QString &message, QWidget *focus)
{
    m_error->setText(message);
    m_error->show();
    focus->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(focus))
        edit->selectAll();
}

QString CashMovementDialog::askManager(Money amount)
{
    ManagerAuthDialog dialog(m_auth, Permission::CashWithdrawal,
        QStringLiteral("cash_out %1").arg(amount.toPlainString()),
        tr("Taking %1 out of the till needs a manager. A manager must authorise it with their PIN.")
            .arg(amount.format()),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    // The dialog has checked the manager's PIN and role; the movement records who it was.
    Result<std::optional<UserRecord>> manager = m_auth.users().findByUsername(dialog.managerUsername());
    return manager && manager->has_value() ? (*manager)->user.id : QString();
}

void CashMovementDialog::submit()
{
    const std::optional<User> &user = m_auth.currentUser();
    if (!user) {
        showError(tr("Log in first."), m_amount);
        return;
    }
    Result<Money> amount = Money::parse(m_amount->text().trimmed());
    if (!amount) {
        showError(amount.error().message(), m_amount);
        return;
    }
    CashMovementRequest request { kind(), *amount, m_reason->text(), user->id, user->role, {} };
    // Cheap checks first so a manager is not called over for an empty reason.
    if (request.amount.centavos() <= 0) {
        showError(Error(ErrorCode::InvalidInput, NX_ERR("The amount must be greater than zero")).message(), m_amount);
        return;
    }
    if (request.reason.trimmed().isEmpty()) {
        showError(Error(ErrorCode::InvalidInput, NX_ERR("Write the reason for the movement")).message(), m_reason);
        return;
    }
    if (request.kind == CashMovementKind::Out && !roleHas(user->role, Permission::CashWithdrawal)) {
        request.authorizedBy = askManager(request.amount);
        if (request.authorizedBy.isEmpty()) {
            showError(tr("The withdrawal was not authorised."), m_amount);
            return;
        }
    }
    Result<CashMovement> recorded = m_service.record(request);
    if (!recorded) {
        showError(
            recorded.error().message(), recorded.error().field() == QLatin1String("reason") ? m_reason : m_amount);
        return;
    }
    m_movement = *recorded;
    accept();
}

} // namespace nexus
