// Customer card: a grid of labelled fields with their error lines, the RFC's live check, manager overrides.
#include "customers/customereditdialog.h"

#include "auth/authservice.h"
#include "auth/permission.h"
#include "common/clock.h"
#include "customers/customervalidation.h"
#include "customers/rfc.h"
#include "customers/satfiscal.h"
#include "sale/managerauthdialog.h"
#include "store/localstore.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace nexus {

namespace {

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

bool looksLikePhone(const QString &text)
{
    const QString digits = normalizePhone(text);
    return digits.size() >= 7 && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

CustomerEditDialog::CustomerEditDialog(LocalStore &store, AuthService &auth, QString deviceId, QString branchId,
    QList<PriceListChoice> priceLists, std::optional<Customer> existing, const QString &initialSearch, QWidget *parent)
    : QDialog(parent), m_store(store), m_auth(auth), m_deviceId(std::move(deviceId)), m_branchId(std::move(branchId)),
      m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("customerEditDialog"));
    setWindowTitle(m_existing ? tr("Edit customer") : tr("New customer"));
    setMinimumWidth(820);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(28, 22, 28, 22);
    outer->setSpacing(12);
    auto *title = new QLabel(windowTitle(), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    outer->addWidget(title);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("customerNameEdit"));
    m_name->setMaxLength(kCustomerNameMaxLength);
    // The name takes the whole width: a razón social is long.
    addField(grid, 0, 0, tr("&Name or business name (as on the Constancia de Situación Fiscal)"), m_name, "name", 2);

    m_rfc = new QLineEdit(this);
    m_rfc->setObjectName(QStringLiteral("customerRfcEdit"));
    m_rfc->setMaxLength(16);
    addField(grid, 3, 0, tr("&RFC (optional; needed to invoice)"), m_rfc, "rfc");
    m_rfcStatus = new QLabel(this);
    m_rfcStatus->setObjectName(QStringLiteral("customerRfcStatus"));
    m_rfcStatus->setWordWrap(true);
    grid->addWidget(m_rfcStatus, 6, 0);

    m_postalCode = new QLineEdit(this);
    m_postalCode->setObjectName(QStringLiteral("customerPostalCodeEdit"));
    m_postalCode->setMaxLength(5);
    m_postalCode->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,5}")), this));
    addField(grid, 3, 1, tr("Código &postal (domicilio fiscal)"), m_postalCode, "postal_code");

    m_regime = new QComboBox(this);
    m_regime->setObjectName(QStringLiteral("customerRegimeCombo"));
    addField(grid, 7, 0, tr("Régimen &fiscal"), m_regime, "fiscal_regime");
    m_cfdiUse = new QComboBox(this);
    m_cfdiUse->setObjectName(QStringLiteral("customerCfdiUseCombo"));
    addField(grid, 7, 1, tr("&Uso CFDI"), m_cfdiUse, "cfdi_use");

    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("customerPhoneEdit"));
    m_phone->setPlaceholderText(tr("10 digits, WhatsApp"));
    addField(grid, 10, 0, tr("P&hone"), m_phone, "phone");
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("customerEmailEdit"));
    addField(grid, 10, 1, tr("&E-mail"), m_email, "email");

    m_priceList = new QComboBox(this);
    m_priceList->setObjectName(QStringLiteral("customerPriceListCombo"));
    for (const PriceListChoice &list : priceLists)
        m_priceList->addItem(list.name, list.code);
    addField(grid, 13, 0, tr("Price &list"), m_priceList, "price_list");

    auto *credit = new QWidget(this);
    auto *creditLayout = new QHBoxLayout(credit);
    creditLayout->setContentsMargins(0, 0, 0, 0);
    creditLayout->setSpacing(8);
    m_creditLimit = new QLineEdit(credit);
    m_creditLimit->setObjectName(QStringLiteral("customerCreditLimitEdit"));
    m_creditLimit->setAlignment(Qt::AlignRight);
    m_creditLimit->setPlaceholderText(QStringLiteral("0.00"));
    creditLayout->addWidget(m_creditLimit, 1);
    m_creditDays = new QSpinBox(credit);
    m_creditDays->setObjectName(QStringLiteral("customerCreditDaysSpin"));
    m_creditDays->setRange(0, kCustomerMaxCreditDays);
    m_creditDays->setSuffix(tr(" days"));
    creditLayout->addWidget(m_creditDays);
    credit->setMinimumHeight(m_creditLimit->sizeHint().height()); // the line edit's padding, not the spin box's
    m_creditDays->setMinimumHeight(m_creditLimit->sizeHint().height());
    addField(grid, 13, 1, tr("&Credit limit and terms"), credit, "credit_limit");
    m_rows.insert(QStringLiteral("credit_days"), m_rows.value(QStringLiteral("credit_limit")));
    m_creditNote = new QLabel(this);
    m_creditNote->setObjectName(QStringLiteral("customerCreditNote"));
    m_creditNote->setWordWrap(true);
    grid->addWidget(m_creditNote, 16, 1);
    outer->addLayout(grid);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("customerEditError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    outer->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel  (Esc)"), this);
    cancel->setObjectName(QStringLiteral("customerEditCancel"));
    cancel->setAutoDefault(false);
    auto *save = new QPushButton(tr("Save  (Enter)"), this);
    save->setObjectName(QStringLiteral("customerSaveButton"));
    save->setProperty("kind", QStringLiteral("primary"));
    save->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addWidget(save);
    outer->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &CustomerEditDialog::submit);
    connect(m_rfc, &QLineEdit::textEdited, this, &CustomerEditDialog::onRfcEdited);

    const bool mayCredit = m_auth.currentUser() && roleHas(m_auth.currentUser()->role, Permission::CreditAboveLimit);
    m_creditNote->setText(mayCredit ? QString() : tr("Only a manager sets credit; a manager's PIN is asked on saving "
                                                     "if it changes."));
    m_creditNote->setVisible(!mayCredit);

    fillCodes(m_regime, true, std::nullopt);
    fillCodes(m_cfdiUse, false, std::nullopt);
    if (m_existing) {
        setFields(m_existing->fields);
    } else {
        CustomerFields blank;
        const QString typed = initialSearch.trimmed();
        if (checkRfc(typed).valid || checkRfc(typed).checkDigitMismatch)
            blank.rfc = normalizeRfc(typed);
        else if (looksLikePhone(typed))
            blank.phone = normalizePhone(typed);
        else
            blank.name = typed;
        setFields(blank);
    }
    m_name->setFocus();
    m_name->selectAll();
}

QLabel *CustomerEditDialog::addField(
    QGridLayout *grid, int row, int column, const QString &caption, QWidget *editor, const char *field, int span)
{
    auto *label = new QLabel(caption, this);
    label->setObjectName(QStringLiteral("fieldLabel"));
    label->setBuddy(editor);
    label->setContentsMargins(0, 8, 0, 0); // air above each caption, also when the error line above is hidden
    grid->addWidget(label, row, column, 1, span);
    grid->addWidget(editor, row + 1, column, 1, span);
    auto *error = new QLabel(this);
    error->setObjectName(QString::fromLatin1(field) + QStringLiteral("Error"));
    error->setProperty("role", QStringLiteral("fieldError"));
    error->setWordWrap(true);
    error->hide();
    grid->addWidget(error, row + 2, column, 1, span);
    m_rows.insert(QString::fromLatin1(field), FieldRow { editor, error });
    return label;
}

void CustomerEditDialog::fillCodes(QComboBox *combo, bool regimes, std::optional<RfcKind> kind)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("(none)"), QString());
    for (const SatFiscalCode &entry : regimes ? satFiscalRegimes() : satCfdiUses())
        if (!kind || (regimes ? fiscalRegimeAppliesTo(entry.code, *kind) : cfdiUseAppliesTo(entry.code, *kind)))
            combo->addItem(entry.code + QStringLiteral(" — ") + entry.description, entry.code);
    const int keep = combo->findData(current);
    combo->setCurrentIndex(keep >= 0 ? keep : 0);
}

void CustomerEditDialog::onRfcEdited()
{
    const QString text = m_rfc->text();
    if (normalizeRfc(text).isEmpty()) {
        m_rfcStatus->clear();
        m_rfcStatus->hide();
        fillCodes(m_regime, true, std::nullopt);
        fillCodes(m_cfdiUse, false, std::nullopt);
        return;
    }
    const RfcCheck check = checkRfc(text);
    QString tone;
    if (check.valid) {
        m_rfcStatus->setText(check.kind == RfcKind::Generic ? tr("Generic RFC: invoices to the general public")
                : check.kind == RfcKind::Moral              ? tr("Valid RFC of a persona moral")
                                                            : tr("Valid RFC of a persona física"));
        tone = QStringLiteral("good");
    } else {
        m_rfcStatus->setText(check.reason.message());
        tone = check.checkDigitMismatch ? QStringLiteral("warning") : QStringLiteral("error");
    }
    m_rfcStatus->setProperty("tone", tone);
    m_rfcStatus->show();
    repolish(m_rfcStatus);
    const bool kindKnown = check.valid || check.checkDigitMismatch;
    fillCodes(m_regime, true, kindKnown ? std::optional<RfcKind>(check.kind) : std::nullopt);
    fillCodes(m_cfdiUse, false, kindKnown ? std::optional<RfcKind>(check.kind) : std::nullopt);
    if (check.valid && check.kind == RfcKind::Generic) {
        m_regime->setCurrentIndex(m_regime->findData(kGenericRfcRegime));
        m_cfdiUse->setCurrentIndex(m_cfdiUse->findData(kGenericRfcCfdiUse));
    }
}

void CustomerEditDialog::setFields(const CustomerFields &f)
{
    m_name->setText(f.name);
    m_rfc->setText(f.rfc);
    onRfcEdited();
    m_regime->setCurrentIndex(std::max(0, m_regime->findData(f.fiscalRegime)));
    m_postalCode->setText(f.postalCode);
    const int use = m_cfdiUse->findData(f.cfdiUse);
    m_cfdiUse->setCurrentIndex(use >= 0 ? use : std::max(0, m_cfdiUse->findData(QStringLiteral("G03"))));
    m_phone->setText(f.phone);
    m_email->setText(f.email);
    const int list = m_priceList->findData(f.priceList);
    m_priceList->setCurrentIndex(std::max(0, list));
    m_creditLimit->setText(f.creditLimit.isZero() ? QString() : f.creditLimit.toPlainString());
    m_creditDays->setValue(f.creditDays);
}

CustomerFields CustomerEditDialog::fields() const
{
    CustomerFields f;
    f.name = m_name->text();
    f.rfc = m_rfc->text();
    f.fiscalRegime = m_regime->currentData().toString();
    f.postalCode = m_postalCode->text();
    f.cfdiUse = m_cfdiUse->currentData().toString();
    f.phone = m_phone->text();
    f.email = m_email->text();
    f.priceList = m_priceList->currentData().toString();
    const QString limit = m_creditLimit->text().trimmed();
    Result<Money> money = limit.isEmpty() ? Result<Money>(Money()) : Money::parse(limit);
    f.creditLimit = money ? *money : Money(-1); // unparsable: validation names the field
    f.creditDays = m_creditDays->value();
    return f;
}

void CustomerEditDialog::clearErrors()
{
    for (const FieldRow &row : std::as_const(m_rows))
        row.error->hide();
    m_error->hide();
}

void CustomerEditDialog::showError(const Error &error)
{
    const auto it = m_rows.constFind(error.field());
    if (it == m_rows.constEnd()) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    it->error->setText(error.message());
    it->error->show();
    if (error.field() == QLatin1String("rfc"))
        m_rfcStatus->hide(); // the same reason, said once
    QWidget *editor = it->editor;
    if (error.field() == QLatin1String("credit_limit") || error.field() == QLatin1String("credit_days"))
        editor = error.field() == QLatin1String("credit_days") ? static_cast<QWidget *>(m_creditDays) : m_creditLimit;
    if (editor->isEnabled())
        editor->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->selectAll();
}

QString CustomerEditDialog::acceptCheckDigit(const QString &rfc)
{
    const RfcCheck check = checkRfc(rfc);
    QMessageBox box(QMessageBox::Warning, tr("RFC check digit"),
        tr("The check digit of the RFC %1 does not match (it should end in %2). Most of the time the RFC was "
           "mistyped: compare it with the customer's Constancia de Situación Fiscal.\n\nThe SAT did issue a few RFCs "
           "whose check digit does not match. Save it as it is only if the Constancia shows exactly this RFC; a "
           "manager must authorise it.")
            .arg(check.normalized, QString(rfcCheckDigit(check.normalized.chopped(1)))),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("rfcCheckDigitBox"));
    QPushButton *keep = box.addButton(tr("Save it as it is"), QMessageBox::AcceptRole);
    QPushButton *fix = box.addButton(tr("Correct the RFC"), QMessageBox::RejectRole);
    box.setDefaultButton(fix);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(keep))
        return {};
    const std::optional<User> &user = m_auth.currentUser();
    if (user && roleHas(user->role, Permission::AcceptRfcCheckDigit))
        return user->username;
    ManagerAuthDialog authorize(m_auth, Permission::AcceptRfcCheckDigit, check.normalized,
        tr("Saving an RFC whose check digit does not match needs a manager. A manager must authorise it with their "
           "PIN."),
        this);
    return authorize.exec() == QDialog::Accepted ? authorize.managerUsername() : QString();
}

QString CustomerEditDialog::authorizeCredit()
{
    ManagerAuthDialog authorize(m_auth, Permission::CreditAboveLimit, m_name->text().simplified(),
        tr("Setting a customer's credit limit and terms needs a manager. A manager must authorise it with their PIN."),
        this);
    return authorize.exec() == QDialog::Accepted ? authorize.managerUsername() : QString();
}

void CustomerEditDialog::submit()
{
    clearErrors();
    const std::optional<User> &user = m_auth.currentUser();
    if (!user) {
        m_error->setText(tr("Log in first."));
        m_error->show();
        return;
    }
    CustomerContext context { m_deviceId, m_branchId, user->id, user->role, {}, {} };
    CustomerService service(m_store.db(), Clock::system());
    const CustomerFields typed = fields();
    // Up to two manager authorisations (RFC check digit, credit), each asked once and only when the rule needs it.
    for (int attempt = 0; attempt < 3; ++attempt) {
        Result<Customer> saved
            = m_existing ? service.update(m_existing->id, typed, context) : service.create(typed, context);
        if (saved) {
            m_saved = *saved;
            accept();
            return;
        }
        const Error &error = saved.error();
        if (error.field() == QLatin1String("rfc") && context.rfcAcceptedBy.isEmpty()
            && checkRfc(typed.rfc).checkDigitMismatch) {
            context.rfcAcceptedBy = acceptCheckDigit(typed.rfc);
            if (!context.rfcAcceptedBy.isEmpty())
                continue;
        } else if (error.code() == ErrorCode::PermissionDenied && error.field() == QLatin1String("credit_limit")
            && context.creditAuthorizedBy.isEmpty()) {
            context.creditAuthorizedBy = authorizeCredit();
            if (!context.creditAuthorizedBy.isEmpty())
                continue;
        }
        showError(error);
        return;
    }
}

} // namespace nexus
