// CloseTillDialog: count page (denominations, tenders, live differences, confirm) and report page (Z, Print).
#include "till/closetilldialog.h"

#include "auth/authservice.h"
#include "cash/tillreportdocument.h"
#include "common/clock.h"
#include "sales/tender.h"
#include "till/tillreportview.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace nexus {

namespace {

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

// The message line as an error (role="error" of the style sheet) or as a notice to read before confirming.
void showMessage(QLabel *label, const QString &text, bool error)
{
    label->setProperty("role", error ? QStringLiteral("error") : QString());
    label->setStyleSheet(error ? QString()
                               : QStringLiteral("color: #78350f; background-color: #fffbeb; border: 1px solid #fde68a; "
                                                "border-left: 4px solid #d97706; border-radius: 6px; "
                                                "padding: 10px 12px; font-size: 15px;"));
    label->setText(text);
    repolish(label);
    label->show();
}

QLabel *caption(const QString &text, QWidget *parent, Qt::Alignment align = Qt::AlignLeft)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("gridHeader"));
    label->setAlignment(align | Qt::AlignVCenter);
    return label;
}

QLabel *amountLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setMinimumWidth(110);
    return label;
}

// A typed amount: empty means "not counted", anything else must parse.
std::optional<Money> typedAmount(const QLineEdit *edit, Currency currency)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    Result<Money> amount = Money::parse(text, currency);
    return amount ? std::optional<Money>(*amount) : std::nullopt;
}

} // namespace

CloseTillDialog::CloseTillDialog(Database &db, AuthService &auth, QString deviceId, QString branchId, QWidget *parent)
    : QDialog(parent),
      m_auth(auth),
      m_ledger(db),
      m_service(db, Clock::system(), deviceId, std::move(branchId)),
      m_reports(db, Clock::system())
{
    setObjectName(QStringLiteral("closeTillDialog"));
    setStyleSheet(QStringLiteral("QDialog#closeTillDialog { background-color: #ffffff; }"));
    setWindowTitle(tr("Close the till"));
    Result<std::optional<TillSession>> open = m_ledger.openSession(deviceId);
    if (open && open->has_value()) {
        Result<TillFigures> figures = m_ledger.figures((*open)->id);
        if (figures)
            m_figures = std::move(*figures);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildCountPage());
    m_pages->addWidget(buildReportPage());
    layout->addWidget(m_pages);
    if (!m_figures) {
        showMessage(m_message,
            !open ? open.error().message() : tr("No till is open on this computer: there is nothing to close."), true);
        m_close->setEnabled(false);
    }
    auto *shortcut = new QShortcut(QKeySequence(Qt::Key_F12), this);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_pages->currentIndex() == 0 && m_close->isEnabled())
            closeTill();
    });
    recompute();
}

QWidget *CloseTillDialog::buildCountPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Close the till"), page);
    title->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(title);
    auto *text = new QLabel(page);
    text->setObjectName(QStringLiteral("dialogText"));
    text->setWordWrap(true);
    if (m_figures) {
        const QDateTime opened = QDateTime::fromString(m_figures->session.openedAtUtc, Qt::ISODateWithMs).toLocalTime();
        text->setText(
            tr("Till open since %1 with a float of %2. Count the pesos in the drawer bill by bill and coin "
               "by coin, then the other payments; Enter moves to the next field.")
                .arg(QLocale().toString(opened, QLocale::ShortFormat), m_figures->session.openingFloat.format()));
    }
    layout->addWidget(text);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addWidget(buildDenominations(page), 0, Qt::AlignTop);
    auto *divider = new QFrame(page);
    divider->setObjectName(QStringLiteral("dividerLine"));
    divider->setFixedWidth(1);
    columns->addWidget(divider);
    columns->addWidget(buildTenders(page), 1, Qt::AlignTop);
    layout->addLayout(columns);

    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("closeTillMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel"), page);
    cancel->setObjectName(QStringLiteral("closeTillCancel"));
    m_close = new QPushButton(tr("Close till (F12)"), page);
    m_close->setObjectName(QStringLiteral("closeTillButton"));
    m_close->setProperty("kind", QStringLiteral("primary"));
    m_close->setAutoDefault(false);
    // Wide enough for its second text too, so "Confirm close" never appears clipped while the layout catches up.
    m_close->ensurePolished();
    m_close->setText(tr("Confirm close (F12)"));
    const int confirmWidth = m_close->sizeHint().width();
    m_close->setText(tr("Close till (F12)"));
    m_close->setMinimumWidth(std::max(confirmWidth, m_close->sizeHint().width()));
    cancel->setAutoDefault(false);
    buttons->addWidget(cancel);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &CloseTillDialog::closeTill);
    return page;
}

QWidget *CloseTillDialog::buildDenominations(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    auto *heading = new QLabel(tr("Cash count (pesos)"), box);
    heading->setObjectName(QStringLiteral("tenderCaption"));
    grid->addWidget(heading, 0, 0, 1, 3);
    grid->addWidget(caption(tr("Bill / coin"), box), 1, 0);
    grid->addWidget(caption(tr("Pieces"), box, Qt::AlignRight), 1, 1);
    grid->addWidget(caption(tr("Amount"), box, Qt::AlignRight), 1, 2);
    int row = 2;
    bool coins = false;
    QWidget *previous = nullptr;
    for (qint64 denomination : mxnDenominations()) {
        if (!isBill(denomination) && !coins) {
            coins = true;
            auto *line = new QFrame(box);
            line->setObjectName(QStringLiteral("dividerLine"));
            line->setFixedHeight(1);
            grid->addWidget(line, row++, 0, 1, 3);
        }
        auto *label = new QLabel(denominationLabel(denomination), box);
        label->setObjectName(QStringLiteral("fieldLabel"));
        auto *pieces = new QSpinBox(box);
        pieces->setObjectName(QStringLiteral("pieces_%1").arg(denomination));
        pieces->setRange(0, int(TillCloseService::kMaxPieces));
        pieces->setButtonSymbols(QAbstractSpinBox::NoButtons);
        pieces->setAlignment(Qt::AlignRight);
        pieces->setMinimumWidth(90);
        pieces->setAccessibleName(
            isBill(denomination) ? tr("Bills of %1").arg(label->text()) : tr("Coins of %1").arg(label->text()));
        pieces->installEventFilter(this);
        label->setBuddy(pieces);
        auto *total = amountLabel(box, QStringLiteral("pieceTotal_%1").arg(denomination));
        grid->addWidget(label, row, 0);
        grid->addWidget(pieces, row, 1);
        grid->addWidget(total, row, 2);
        m_pieces[denomination] = pieces;
        m_pieceTotals[denomination] = total;
        if (previous)
            setTabOrder(previous, pieces);
        previous = pieces;
        connect(pieces, &QSpinBox::valueChanged, this, &CloseTillDialog::recompute);
        ++row;
    }
    auto *line = new QFrame(box);
    line->setObjectName(QStringLiteral("dividerLine"));
    line->setFixedHeight(1);
    grid->addWidget(line, row++, 0, 1, 3);
    auto *totalCaption = new QLabel(tr("Counted cash"), box);
    totalCaption->setObjectName(QStringLiteral("tenderCaption"));
    m_countedCash = amountLabel(box, QStringLiteral("countedCashTotal"));
    m_countedCash->setObjectName(QStringLiteral("countedCashTotal"));
    m_countedCash->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: bold;"));
    grid->addWidget(totalCaption, row, 0, 1, 2);
    grid->addWidget(m_countedCash, row, 2);
    return box;
}

QWidget *CloseTillDialog::buildTenders(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    auto *heading = new QLabel(tr("Expected against counted"), box);
    heading->setObjectName(QStringLiteral("tenderCaption"));
    grid->addWidget(heading, 0, 0, 1, 4);
    grid->addWidget(caption(tr("Payment"), box), 1, 0);
    grid->addWidget(caption(tr("Expected"), box, Qt::AlignRight), 1, 1);
    grid->addWidget(caption(tr("Counted"), box, Qt::AlignRight), 1, 2);
    grid->addWidget(caption(tr("Difference"), box, Qt::AlignRight), 1, 3);
    int row = 2;
    QWidget *previous = m_pieces.empty() ? nullptr : m_pieces.at(mxnDenominations().back());
    if (m_figures) {
        for (const TenderFigure &figure : m_figures->tenders) {
            const bool cash = figure.method == tenderCode(TenderMethod::Cash);
            // Only what the till handled: pesos always, the others when something was expected.
            if (!cash && figure.expected.isZero())
                continue;
            auto *name = new QLabel(tenderName(figure.method), box);
            name->setObjectName(QStringLiteral("fieldLabel"));
            auto *expected = amountLabel(box, QStringLiteral("expected_") + figure.method);
            expected->setText(figure.expected.format());
            grid->addWidget(name, row, 0);
            grid->addWidget(expected, row, 1);
            if (cash || !isCountedTender(figure.method)) {
                auto *counted = amountLabel(box, QStringLiteral("counted_") + figure.method);
                m_countedLabels[figure.method] = counted;
                grid->addWidget(counted, row, 2);
            } else {
                auto *counted = new QLineEdit(box);
                counted->setObjectName(QStringLiteral("counted_") + figure.method);
                counted->setAlignment(Qt::AlignRight);
                counted->setPlaceholderText(QStringLiteral("0.00"));
                counted->setMaximumWidth(150);
                counted->setAccessibleName(tr("Counted %1").arg(name->text()));
                counted->installEventFilter(this);
                connect(counted, &QLineEdit::textChanged, this, &CloseTillDialog::recompute);
                m_counted[figure.method] = counted;
                grid->addWidget(counted, row, 2);
                if (previous)
                    setTabOrder(previous, counted);
                previous = counted;
            }
            auto *difference = amountLabel(box, QStringLiteral("difference_") + figure.method);
            m_differences[figure.method] = difference;
            grid->addWidget(difference, row, 3);
            ++row;
        }
    }
    layout->addLayout(grid);
    auto *hint = new QLabel(tr("Cards: the terminal's batch total. Transfers: what the bank shows. Dollars are "
                               "counted in dollars. Store credit is not counted."),
        box);
    hint->setObjectName(QStringLiteral("mutedLabel"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *noteLabel = new QLabel(tr("&Note (optional)"), box);
    noteLabel->setObjectName(QStringLiteral("fieldLabel"));
    layout->addWidget(noteLabel);
    m_note = new QLineEdit(box);
    m_note->setObjectName(QStringLiteral("closeNoteEdit"));
    m_note->setMaxLength(TillCloseService::kMaxNoteLength);
    m_note->installEventFilter(this);
    connect(m_note, &QLineEdit::textChanged, this, &CloseTillDialog::recompute);
    noteLabel->setBuddy(m_note);
    layout->addWidget(m_note);
    if (previous)
        setTabOrder(previous, m_note);
    layout->addStretch(1);
    return box;
}

QWidget *CloseTillDialog::buildReportPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Till closed"), page);
    title->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(title);
    m_view = new TillReportView(page);
    m_view->setMinimumHeight(480);
    layout->addWidget(m_view, 1, Qt::AlignHCenter);
    m_printStatus = new QLabel(page);
    m_printStatus->setObjectName(QStringLiteral("tillReportStatus"));
    m_printStatus->setWordWrap(true);
    m_printStatus->hide();
    layout->addWidget(m_printStatus);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *done = new QPushButton(tr("Done"), page);
    done->setObjectName(QStringLiteral("closeTillDone"));
    m_printButton = new QPushButton(tr("&Print Z report"), page);
    m_printButton->setObjectName(QStringLiteral("closeTillPrint"));
    m_printButton->setProperty("kind", QStringLiteral("primary"));
    m_printButton->setShortcut(QKeySequence::Print);
    m_printButton->setEnabled(false);
    buttons->addWidget(done);
    buttons->addWidget(m_printButton);
    layout->addLayout(buttons);
    connect(done, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_printButton, &QPushButton::clicked, this, &CloseTillDialog::print);
    return page;
}

void CloseTillDialog::setPrintHandler(TillReportDialog::PrintHandler handler)
{
    m_print = std::move(handler);
    m_printButton->setEnabled(m_print && m_closed);
}

Money CloseTillDialog::countedCash() const
{
    Money total;
    for (const auto &[denomination, pieces] : m_pieces)
        total += Money(denomination * pieces->value());
    return total;
}

QString CloseTillDialog::tenderName(const QString &method)
{
    if (method == tenderCode(TenderMethod::Cash))
        return tr("Cash (pesos)");
    if (method == tenderCode(TenderMethod::CashUsd))
        return tr("Cash (dollars)");
    if (method == tenderCode(TenderMethod::CardCredit))
        return tr("Credit card");
    if (method == tenderCode(TenderMethod::CardDebit))
        return tr("Debit card");
    if (method == tenderCode(TenderMethod::Transfer))
        return tr("Transfer");
    if (method == tenderCode(TenderMethod::StoreCredit))
        return tr("Store credit");
    if (method == tenderCode(TenderMethod::LoyaltyPoints))
        return tr("Loyalty points");
    return method;
}

std::vector<TenderCount> CloseTillDialog::currentCounts(bool *complete) const
{
    *complete = true;
    std::vector<TenderCount> counts;
    if (!m_figures)
        return counts;
    for (const TenderFigure &figure : m_figures->tenders) {
        TenderCount count { figure.method, figure.expected, Money(0, figure.expected.currency()) };
        if (figure.method == tenderCode(TenderMethod::Cash)) {
            count.counted = countedCash();
        } else if (!isCountedTender(figure.method)) {
            count.counted = figure.expected;
        } else if (const auto edit = m_counted.find(figure.method); edit != m_counted.end()) {
            const std::optional<Money> typed = typedAmount(edit->second, figure.expected.currency());
            if (!typed)
                *complete = false;
            count.counted = typed.value_or(Money(0, figure.expected.currency()));
        }
        counts.push_back(count);
    }
    return counts;
}

void CloseTillDialog::recompute()
{
    if (m_confirming) {
        // Anything edited after "Close till" needs a fresh look before confirming.
        m_confirming = false;
        m_close->setText(tr("Close till (F12)"));
        m_message->hide();
    }
    for (const auto &[denomination, pieces] : m_pieces)
        m_pieceTotals.at(denomination)
            ->setText(pieces->value() > 0 ? Money(denomination * pieces->value()).format() : QString());
    m_countedCash->setText(countedCash().format());
    bool complete = true;
    for (const TenderCount &count : currentCounts(&complete)) {
        if (const auto label = m_countedLabels.find(count.method); label != m_countedLabels.end())
            label->second->setText(count.counted.format());
        const auto difference = m_differences.find(count.method);
        if (difference == m_differences.end())
            continue;
        const auto edit = m_counted.find(count.method);
        if (edit != m_counted.end() && edit->second->text().trimmed().isEmpty()) {
            difference->second->setText(QStringLiteral("—"));
            difference->second->setStyleSheet(QString());
            continue;
        }
        const Money diff = count.difference();
        difference->second->setText(diff.isZero() ? diff.format()
                                                  : (diff.isNegative() ? tr("%1 short") : tr("%1 over"))
                                                        .arg((diff.isNegative() ? -diff : diff).format()));
        // Green when it squares, amber inside the tolerance, red beyond it (head office will hear of it).
        difference->second->setStyleSheet(diff.isZero() ? QStringLiteral("color: #15803d; font-weight: bold;")
                : count.flagged()                       ? QStringLiteral("color: #b91c1c; font-weight: bold;")
                                                        : QStringLiteral("color: #b45309; font-weight: bold;"));
    }
}

bool CloseTillDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Counting is typing numbers: Enter goes to the next field instead of pressing a button.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            if (watched == m_note)
                closeTill();
            else
                focusNextChild();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CloseTillDialog::closeTill()
{
    if (!m_figures || m_closed)
        return;
    const std::optional<User> &user = m_auth.currentUser();
    if (!user) {
        showMessage(m_message, tr("Log in first."), true);
        return;
    }
    TillCloseRequest request { m_figures->session.id, user->id, user->role, {}, {}, m_note->text() };
    for (const auto &[denomination, pieces] : m_pieces)
        if (pieces->value() > 0)
            request.pieces.push_back({ denomination, pieces->value() });
    for (const auto &[method, edit] : m_counted) {
        if (edit->text().trimmed().isEmpty())
            continue;
        Result<Money> amount = Money::parse(edit->text().trimmed(), tenderCurrency(method));
        if (!amount) {
            showMessage(m_message, tr("%1: %2").arg(tenderName(method), amount.error().message()), true);
            edit->setFocus();
            edit->selectAll();
            return;
        }
        request.counted[method] = *amount;
    }

    if (!m_confirming) {
        // First press: say what is about to be frozen; the second press closes.
        bool complete = true;
        const std::vector<TenderCount> counts = currentCounts(&complete);
        for (const auto &[method, edit] : m_counted) {
            if (edit->text().trimmed().isEmpty()) {
                // Blank is not zero: a forgotten voucher total would otherwise close as a shortage.
                showMessage(m_message, tr("Enter the counted total of %1.").arg(tenderName(method)), true);
                edit->setFocus();
                return;
            }
        }
        const Money cashDiff = counts.front().difference();
        bool flagged = false;
        for (const TenderCount &count : counts)
            flagged = flagged || count.flagged();
        QString text = cashDiff.isZero() ? tr("The pesos square with what was expected.")
            : cashDiff.isNegative()      ? tr("The pesos are %1 short.").arg((-cashDiff).format())
                                         : tr("The pesos are %1 over.").arg(cashDiff.format());
        if (flagged)
            text += QLatin1Char(' ') + tr("A difference is beyond the tolerance: head office will be told.");
        text += QLatin1Char(' ')
            + tr("After closing, no sale is possible until a new till is opened. Press "
                 "Confirm close to finish.");
        showMessage(m_message, text, flagged);
        m_confirming = true;
        m_close->setText(tr("Confirm close (F12)"));
        m_close->setFocus();
        return;
    }

    Result<TillClose> closed = m_service.close(request);
    if (!closed) {
        m_confirming = false;
        m_close->setText(tr("Close till (F12)"));
        showMessage(m_message, closed.error().message(), true);
        const QString field = closed.error().field();
        if (field.startsWith(QLatin1String("counted."))) {
            if (const auto edit = m_counted.find(field.mid(8)); edit != m_counted.end())
                edit->second->setFocus();
        }
        return;
    }
    m_closed = std::move(*closed);
    Result<TillReport> report = m_reports.z(*m_closed);
    if (report)
        m_report = tillReportDocument(*report);
    m_view->setDocument(m_report);
    if (!report) {
        m_printStatus->setProperty("role", QStringLiteral("error"));
        m_printStatus->setText(report.error().message());
        m_printStatus->show();
    }
    m_printButton->setEnabled(static_cast<bool>(m_print) && report.has_value());
    setWindowTitle(tr("Z report No. %1").arg(m_closed->zNumber));
    m_pages->setCurrentIndex(1);
    if (m_printButton->isEnabled()) {
        m_printButton->setDefault(true);
        m_printButton->setFocus();
    } else {
        m_view->setFocus();
    }
}

void CloseTillDialog::print()
{
    if (!m_print || !m_closed)
        return;
    const Status printed = m_print(m_report);
    m_printStatus->setProperty("role", printed ? QString() : QStringLiteral("error"));
    m_printStatus->setText(printed ? tr("Sent to the printer.") : printed.error().message());
    repolish(m_printStatus);
    m_printStatus->show();
}

void CloseTillDialog::reject()
{
    if (m_closed)
        accept();
    else
        QDialog::reject();
}

} // namespace nexus
