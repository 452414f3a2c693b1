// Area metadata. Permissions come from core (roleHas): the sidebar never invents its own rules.
#include "main/area.h"

#include "auth/permission.h"

#include <QCoreApplication>

namespace nexus {

const QList<AreaInfo> &allAreas()
{
    static const QList<AreaInfo> areas{
        {Area::Sale, QStringLiteral("sale"), QStringLiteral("area-sale")},
        {Area::Customers, QStringLiteral("customers"), QStringLiteral("area-customers")},
        {Area::Workshop, QStringLiteral("workshop"), QStringLiteral("area-workshop")},
        {Area::Inventory, QStringLiteral("inventory"), QStringLiteral("area-inventory")},
        {Area::Purchasing, QStringLiteral("purchasing"), QStringLiteral("area-purchasing")},
        {Area::Invoicing, QStringLiteral("invoicing"), QStringLiteral("area-invoicing")},
        {Area::Reports, QStringLiteral("reports"), QStringLiteral("area-reports")},
        {Area::Settings, QStringLiteral("settings"), QStringLiteral("area-settings")},
    };
    return areas;
}

QString areaTitle(Area area)
{
    switch (area) {
    case Area::Sale:
        return QCoreApplication::translate("nexus::Area", "Sale");
    case Area::Customers:
        return QCoreApplication::translate("nexus::Area", "Customers");
    case Area::Workshop:
        return QCoreApplication::translate("nexus::Area", "Workshop");
    case Area::Inventory:
        return QCoreApplication::translate("nexus::Area", "Inventory");
    case Area::Purchasing:
        return QCoreApplication::translate("nexus::Area", "Purchasing");
    case Area::Invoicing:
        return QCoreApplication::translate("nexus::Area", "Invoicing");
    case Area::Reports:
        return QCoreApplication::translate("nexus::Area", "Reports");
    case Area::Settings:
        return QCoreApplication::translate("nexus::Area", "Settings");
    }
    return {};
}

QString areaDescription(Area area)
{
    switch (area) {
    case Area::Sale:
        return QCoreApplication::translate(
            "nexus::Area", "Counter sale: find parts by code, name or vehicle, build the ticket, take payment and print.");
    case Area::Customers:
        return QCoreApplication::translate(
            "nexus::Area", "Customers with their tax data (RFC), vehicles, credit and purchase history.");
    case Area::Workshop:
        return QCoreApplication::translate(
            "nexus::Area", "Service orders on a board: reception, diagnosis, repair and delivery, per mechanic.");
    case Area::Inventory:
        return QCoreApplication::translate(
            "nexus::Area", "Stock per warehouse, movements, transfers between branches and physical counts.");
    case Area::Purchasing:
        return QCoreApplication::translate(
            "nexus::Area", "Purchase orders to suppliers and receipt of goods into stock.");
    case Area::Invoicing:
        return QCoreApplication::translate(
            "nexus::Area", "CFDI 4.0 electronic invoices for sales, with stamping, cancellation and sending.");
    case Area::Reports:
        return QCoreApplication::translate(
            "nexus::Area", "Sales, cash closing, margins and stock reports for this branch.");
    case Area::Settings:
        return QCoreApplication::translate(
            "nexus::Area", "Branch, users, ticket printer, scanner and connection to the server.");
    }
    return {};
}

QKeySequence areaShortcut(Area area)
{
    // Ctrl+digit rather than F-keys: the sale screen keeps F1…F12 for its own actions (search, pay…).
    return QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(area)));
}

bool roleMayOpen(Role role, Area area)
{
    auto any = [role](std::initializer_list<Permission> permissions) {
        for (Permission permission : permissions)
            if (roleHas(role, permission))
                return true;
        return false;
    };
    switch (area) {
    case Area::Sale:
        return any({Permission::Sell});
    case Area::Customers:
        return any({Permission::ManageCustomers});
    case Area::Workshop:
        return any({Permission::WorkServiceOrders, Permission::ManageServiceOrders});
    case Area::Inventory:
        // A cashier asks other branches for parts and counts shelves here; adjusting needs a manager's PIN.
        return any({Permission::AdjustStock, Permission::ChangePrice, Permission::ViewAllBranches,
            Permission::RequestTransfer});
    case Area::Purchasing:
        return any({Permission::ManagePurchasing});
    case Area::Invoicing:
        return any({Permission::IssueInvoices});
    case Area::Reports: // whoever works a till sees the reports of their own cash sessions there
        return any({Permission::ViewBranchReports, Permission::ViewAllBranches, Permission::OpenCashSession});
    case Area::Settings:
        return any({Permission::ConfigureBranch, Permission::ManageUsers});
    }
    return false;
}

} // namespace nexus
