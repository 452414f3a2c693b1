// Customer statement dialog: a period, a file, the report PDF writer.
#include "customers/customerstatementdialog.h"

#include "common/fieldcaption.h"
#include "common/formstatus.h"
#include "customers/customerstatement.h"
#include "reports/reportpdf.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace nexus {

namespace {

QDateEdit *dateEdit(QDate value, const char *name, QWidget *parent)
{
    auto *edit = new QDateEdit(value, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

CustomerStatementDialog::CustomerStatementDialog(Database &db, QString customerId, const QString &customerName,
    QString branchName, QDate today, QWidget *parent)
    : QDialog(parent), m_db(db), m_customerId(std::move(customerId)), m_branchName(std::move(branchName))
{
    setObjectName(QStringLiteral("customerStatementDialog"));
    setMinimumWidth(820); // the title names the customer: a razón social is long
    QVBoxLayout *outer = formstatus::frame(this, tr("Statement of account: %1").arg(customerName));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    m_from = dateEdit(QDate(today.year(), today.month(), 1), "statementFromEdit", this);
    m_to = dateEdit(today, "statementToEdit", this);
    QLabel *fromCaption = fieldCaption(tr("&From"), this);
    fromCaption->setBuddy(m_from);
    QLabel *toCaption = fieldCaption(tr("&To"), this);
    toCaption->setBuddy(m_to);
    grid->addWidget(fromCaption, 0, 0);
    grid->addWidget(toCaption, 0, 1);
    grid->addWidget(m_from, 1, 0);
    grid->addWidget(m_to, 1, 1);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = tr("statement-%1-%2.pdf")
                             .arg(customerName.simplified().replace(QLatin1Char(' '), QLatin1Char('-')),
                                 today.toString(QStringLiteral("yyyy-MM")));
    m_path = new QLineEdit(QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(file), this);
    m_path->setObjectName(QStringLiteral("statementPathEdit"));
    QLabel *pathCaption = fieldCaption(tr("&PDF file"), this);
    pathCaption->setBuddy(m_path);
    grid->addWidget(pathCaption, 2, 0, 1, 2);
    grid->addWidget(m_path, 3, 0, 1, 2);
    outer->addLayout(grid);
    m_status = formstatus::line("statementStatus", this);
    outer->addWidget(m_status);
    outer->addStretch(1);

    formstatus::actionRow(this, outer, { tr("Back  (Esc)"), "statementCancelButton" }, { tr("Write PDF  (Enter)"), "statementWriteButton" },
        [this] { write(); });
    m_from->setFocus();
}

void CustomerStatementDialog::write()
{
    Result<CustomerStatement> statement
        = customerStatement(m_db, m_customerId, m_from->date(), m_to->date(), QTimeZone::systemTimeZone());
    if (!statement) {
        formstatus::show(m_status, statement.error().message(), true);
        (statement.error().field() == QLatin1String("period") ? m_from : static_cast<QWidget *>(m_path))->setFocus();
        return;
    }
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        formstatus::show(m_status, tr("Say where to write the PDF."), true);
        m_path->setFocus();
        return;
    }
    ReportDocumentHeader header;
    header.storeName = m_branchName.isEmpty() ? QStringLiteral("Nexus POS") : m_branchName;
    header.range = tr("From %1 to %2")
                       .arg(statement->from.toString(QStringLiteral("dd/MM/yyyy")),
                           statement->to.toString(QStringLiteral("dd/MM/yyyy")));
    header.generated
        = tr("Generated on %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    Result<int> pages = writeReportPdf(statement->table, header, path);
    if (!pages) {
        formstatus::show(m_status, pages.error().message(), true);
        m_path->setFocus();
        return;
    }
    m_written = path;
    m_summary = tr("Statement written to %1 (%n page(s)).", nullptr, *pages).arg(path);
    accept();
}

} // namespace nexus
