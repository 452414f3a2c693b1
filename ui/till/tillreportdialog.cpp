// TillReportDialog: the report, Print (Ctrl+P) and Close.
#include "till/tillreportdialog.h"

#include "till/tillreportview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace nexus {

TillReportDialog::TillReportDialog(ReceiptDocument document, const QString &title, QWidget *parent)
    : QDialog(parent), m_document(std::move(document))
{
    setObjectName(QStringLiteral("tillReportDialog"));
    setStyleSheet(QStringLiteral("QDialog#tillReportDialog { background-color: #ffffff; }"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(heading);
    m_view = new TillReportView(this);
    m_view->setDocument(m_document);
    m_view->setMinimumHeight(520);
    layout->addWidget(m_view, 1, Qt::AlignHCenter); // a paper strip, not a text area
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tillReportStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("tillReportClose"));
    m_printButton = new QPushButton(tr("&Print"), this);
    m_printButton->setObjectName(QStringLiteral("tillReportPrint"));
    m_printButton->setProperty("kind", QStringLiteral("primary"));
    m_printButton->setShortcut(QKeySequence::Print);
    m_printButton->setEnabled(false);
    m_printButton->setToolTip(tr("No ticket printer is set up on this computer"));
    buttons->addWidget(close);
    buttons->addWidget(m_printButton);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_printButton, &QPushButton::clicked, this, &TillReportDialog::print);
    m_view->setFocus();
}

void TillReportDialog::setPrintHandler(PrintHandler handler)
{
    m_print = std::move(handler);
    m_printButton->setEnabled(static_cast<bool>(m_print));
    m_printButton->setToolTip(m_print ? QString() : tr("No ticket printer is set up on this computer"));
    if (m_print)
        m_printButton->setDefault(true);
}

void TillReportDialog::print()
{
    if (!m_print)
        return;
    const Status printed = m_print(m_document);
    m_status->setProperty("role", printed ? QString() : QStringLiteral("error"));
    m_status->setText(printed ? tr("Sent to the printer.") : printed.error().message());
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    m_status->show();
}

} // namespace nexus
