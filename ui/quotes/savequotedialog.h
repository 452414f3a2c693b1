// "Guardar como cotización" (Ctrl+Q on the sale screen): the ticket's customer (or a walk-in's name and contact),
// the vehicle, and the last day the prices hold (15 days ahead unless changed); Enter saves, Esc goes back to the
// ticket. The core's refusal is shown under the form and nothing is saved.
#pragma once

#include <QDialog>

#include "quotes/quoteservice.h"

class QDateEdit;
class QLabel;
class QLineEdit;

namespace nexus {

class SaveQuoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveQuoteDialog)

public:
    // `request` carries the customer, user and default date; `summary` is what the ticket adds up to ("3 lines ·
    // $2,220.45").
    SaveQuoteDialog(QuoteService &quotes, const Cart &cart, NewQuote request, const QString &summary,
        QWidget *parent = nullptr);

    [[nodiscard]] const Quote &quote() const { return m_quote; }

private:
    void submit();

    QuoteService &m_quotes;
    const Cart &m_cart;
    NewQuote m_request;
    Quote m_quote;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_vehicle = nullptr;
    QDateEdit *m_validUntil = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace nexus
