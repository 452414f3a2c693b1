// Asks to open the till (caja) with its opening float before the first sale; opens it through CashSessionService.
#pragma once

#include <QDialog>

#include "sales/cashsessionservice.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace nexus {

class OpenTillDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenTillDialog)

public:
    OpenTillDialog(CashSessionService &tills, QString userId, QWidget *parent = nullptr);

    [[nodiscard]] const CashSession &session() const { return m_session; }

private:
    void submit();

    CashSessionService &m_tills;
    QString m_userId;
    CashSession m_session;
    QLineEdit *m_float = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace nexus
