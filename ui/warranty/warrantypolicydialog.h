// Política de garantía: the manager sets how long a brand, a category or both (or the workshop's labor) are under
// warranty; 0 days means none. Shown for every catalogue category with its default. F12 (or Ctrl+Enter) saves.
#pragma once

#include <QDialog>

#include "warranty/warrantylookup.h"
#include "warranty/warrantypolicy.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace nexus {

class WarrantyPolicyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarrantyPolicyDialog)

public:
    WarrantyPolicyDialog(WarrantyPolicyStore &store, QString userName,
        const QList<WarrantyLookup::CatalogueEntry> &brands, const QList<WarrantyLookup::CatalogueEntry> &categories,
        QWidget *parent = nullptr);

    bool confirm();

private:
    void onScopeChanged();

    WarrantyPolicyStore &m_store;
    QString m_userName;
    QComboBox *m_scope = nullptr;
    QComboBox *m_brand = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_days = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
