// The Clientes screen: the customers on this computer found as you type (name, RFC, phone, "#tag" for a segment),
// the segments in use with how many customers each has, and Enter or F3 opens the highlighted customer's card
// (timeline, vehicles, analytics); Ctrl+Shift+E exports a segment for a campaign. Adding and editing a customer stay
// in the sale screen's picker (Ctrl+K).
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace nexus {

class AuthService;
class CustomerFinder;
class LocalStore;
struct Customer;

class CustomersScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersScreen)

public:
    CustomersScreen(LocalStore &store, AuthService &auth, QWidget *parent = nullptr);

    [[nodiscard]] CustomerFinder *finder() const { return m_finder; }
    void openCard(const Customer &customer);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshSegments();
    // Ctrl+Shift+E: a segment's customers as CSV for a campaign (campaignexportdialog.h).
    void exportSegment();

    LocalStore &m_store;
    AuthService &m_auth;
    QString m_catalogPath;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_segments = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_exported = nullptr;
    CustomerFinder *m_finder = nullptr;
};

} // namespace nexus
