// Traspasos: this branch's transfers (open ones, or all) with their state, the other branch, what is in transit and
// the server's state as of the last pull; the selected one's lines and history below. F2 new request, F3 ship (the
// sending branch), F4 receive (the requesting branch), F9 cancel a transfer not shipped yet, F5 refresh.
#pragma once

#include <QWidget>

#include "inventory/transferservice.h"
#include "sales/counterprofile.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace nexus {

class AuthService;
class LocalStore;
class TransferLinesModel;
class TransferListModel;

class TransfersTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransfersTab)

public:
    TransfersTab(LocalStore &store, AuthService &auth, const CounterProfile &profile, const QString &catalogPath,
        QWidget *parent = nullptr);

    void refresh(); // reads the transfers again, keeps the selection
    // The actions, also on keys and buttons; false when nothing was recorded (refused, cancelled, not allowed).
    bool newRequest();
    bool shipSelected();
    bool receiveSelected();
    bool cancelSelected();
    bool select(const QString &transferId);

    [[nodiscard]] TransferListModel *listModel() const { return m_list; }
    [[nodiscard]] TransferLinesModel *linesModel() const { return m_lines; }
    [[nodiscard]] TransferService &service() { return m_service; }

Q_SIGNALS:
    void factsRecorded(); // a step went to the outbox: the sync engine may push now

protected:
    void showEvent(QShowEvent *event) override;

private:
    [[nodiscard]] const Transfer *selected() const;
    [[nodiscard]] std::optional<TransferActor> actor();
    void showSelected();
    void updateActions();
    void showMessage(const QString &text, bool error);
    void recorded(const Transfer &transfer, const QString &message);

    LocalStore &m_store;
    AuthService &m_auth;
    CounterProfile m_profile;
    QString m_catalogPath;
    TransferService m_service;
    TransferListModel *m_list = nullptr;
    TransferLinesModel *m_lines = nullptr;
    QTableView *m_listView = nullptr;
    QTableView *m_linesView = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_history = nullptr;
    QLabel *m_message = nullptr;
    QCheckBox *m_showAll = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_ship = nullptr;
    QPushButton *m_receive = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace nexus
