// WarrantyPolicyDialog: the form, then WarrantyPolicyStore::save.
#include "warranty/warrantypolicydialog.h"

#include "common/fieldcaption.h"
#include "common/formstatus.h"
#include "warranty/warrantyform.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace nexus {

WarrantyPolicyDialog::WarrantyPolicyDialog(WarrantyPolicyStore &store, QString userName,
    const QList<WarrantyLookup::CatalogueEntry> &brands, const QList<WarrantyLookup::CatalogueEntry> &categories,
    QWidget *parent)
    : QDialog(parent), m_store(store), m_userName(std::move(userName))
{
    setObjectName(QStringLiteral("warrantyPolicyDialog"));
    setMinimumWidth(560);
    QVBoxLayout *outer = formstatus::frame(this, tr("Warranty policy"));
    auto *form = new QGridLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setColumnStretch(1, 1);
    int row = 0;
    const auto addRow = [&](const QString &caption, QWidget *field) {
        QLabel *label = fieldCaption(caption, this);
        label->setBuddy(field);
        form->addWidget(label, row, 0);
        form->addWidget(field, row, 1);
        ++row;
    };
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("policyScopeCombo"));
    m_scope->addItem(tr("Parts"), int(WarrantyScope::Part));
    m_scope->addItem(tr("Labor (every service)"), int(WarrantyScope::Labor));
    addRow(tr("&Applies to"), m_scope);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("policyCategoryCombo"));
    m_category->addItem(tr("(any category)"), qint64(0));
    for (const WarrantyLookup::CatalogueEntry &category : categories)
        m_category->addItem(category.days > 0 ? tr("%1 (catalogue: %2)").arg(category.name, warrantyPeriodText(category.days))
                                              : category.name,
            category.id);
    addRow(tr("&Category"), m_category);
    m_brand = new QComboBox(this);
    m_brand->setObjectName(QStringLiteral("policyBrandCombo"));
    m_brand->addItem(tr("(any brand)"), qint64(0));
    for (const WarrantyLookup::CatalogueEntry &brand : brands)
        m_brand->addItem(brand.name, brand.id);
    addRow(tr("&Brand"), m_brand);
    m_days = new QLineEdit(this);
    m_days->setObjectName(QStringLiteral("policyDaysEdit"));
    m_days->setPlaceholderText(tr("Days: 180 = 6 months, 0 = no warranty"));
    addRow(tr("&Days"), m_days);
    outer->addLayout(form);
    m_error = warrantyform::addFoot(
        this, outer, "policyError", tr("Save  (F12)"), "policyConfirmButton", [this] { confirm(); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &WarrantyPolicyDialog::onScopeChanged);
    m_scope->setFocus();
}

void WarrantyPolicyDialog::onScopeChanged()
{
    const bool part = WarrantyScope(m_scope->currentData().toInt()) == WarrantyScope::Part;
    m_category->setEnabled(part);
    m_brand->setEnabled(part);
}

bool WarrantyPolicyDialog::confirm()
{
    bool number = false;
    const int days = m_days->text().trimmed().toInt(&number);
    if (!number) {
        formstatus::show(m_error, tr("Type the days of warranty (0 for none)"), true);
        m_days->setFocus();
        return false;
    }
    WarrantyPolicy policy;
    policy.scope = WarrantyScope(m_scope->currentData().toInt());
    policy.days = days;
    if (policy.scope == WarrantyScope::Part) {
        policy.brandId = m_brand->currentData().toLongLong();
        policy.categoryId = m_category->currentData().toLongLong();
        QStringList label;
        if (policy.brandId > 0)
            label << m_brand->currentText();
        if (policy.categoryId > 0)
            label << m_category->currentText().section(QStringLiteral(" ("), 0, 0);
        policy.label = label.join(QStringLiteral(" / "));
    } else {
        policy.label = tr("Labor");
    }
    Status saved = m_store.save(
        policy, m_userName, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!saved) {
        formstatus::show(m_error, saved.error().message(), true);
        if (saved.error().field() == QLatin1String("days"))
            m_days->setFocus();
        else
            m_category->setFocus();
        return false;
    }
    accept();
    return true;
}

} // namespace nexus
