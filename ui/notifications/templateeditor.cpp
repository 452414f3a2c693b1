// Template editor layout: the list of event × channel on the left, the form and the live preview on the right.
#include "notifications/templateeditor.h"

#include "notifications/notificationservice.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nexus {

TemplateEditor::TemplateEditor(NotificationService &service, const User &user, QWidget *parent)
    : QWidget(parent), m_service(service), m_user(user)
{
    setObjectName(QStringLiteral("templateEditor"));
    auto *columns = new QHBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setMinimumWidth(300);
    columns->addWidget(m_list);

    auto *form = new QVBoxLayout;
    m_subjectLabel = new QLabel(this);
    form->addWidget(m_subjectLabel);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    form->addWidget(m_subject);
    m_bodyLabel = new QLabel(this);
    form->addWidget(m_bodyLabel);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setMinimumHeight(110);
    form->addWidget(m_body, 1);
    m_placeholders = new QLabel(this);
    m_placeholders->setObjectName(QStringLiteral("templatePlaceholders"));
    m_placeholders->setWordWrap(true);
    m_placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addWidget(m_placeholders);
    auto *waRow = new QHBoxLayout;
    m_waLabel = new QLabel(this);
    waRow->addWidget(m_waLabel);
    m_waTemplate = new QLineEdit(this);
    m_waTemplate->setObjectName(QStringLiteral("templateWhatsAppName"));
    waRow->addWidget(m_waTemplate, 1);
    m_enabled = new QCheckBox(this);
    m_enabled->setObjectName(QStringLiteral("templateEnabled"));
    waRow->addWidget(m_enabled);
    form->addLayout(waRow);
    m_previewLabel = new QLabel(this);
    form->addWidget(m_previewLabel);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setMinimumHeight(110);
    form->addWidget(m_preview, 1);
    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->setWordWrap(true);
    bottom->addWidget(m_status, 1);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("templateSave"));
    m_save->setProperty("kind", QStringLiteral("primary"));
    bottom->addWidget(m_save);
    form->addLayout(bottom);
    columns->addLayout(form, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateEditor::showTemplate);
    connect(m_subject, &QLineEdit::textChanged, this, &TemplateEditor::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditor::updatePreview);
    connect(m_save, &QPushButton::clicked, this, &TemplateEditor::save);
    retranslate();
    reload();
}

void TemplateEditor::reload()
{
    Result<std::vector<NotificationTemplate>> all = m_service.store().templates();
    m_templates = all ? std::move(*all) : std::vector<NotificationTemplate> {};
    const int keep = std::max(0, m_row);
    m_list->clear();
    for (const NotificationTemplate &t : m_templates)
        m_list->addItem(eventTitle(t.event) + QStringLiteral(" · ") + channelTitle(t.channel));
    if (!m_templates.empty())
        m_list->setCurrentRow(std::min(keep, static_cast<int>(m_templates.size()) - 1));
}

void TemplateEditor::showTemplate(int row)
{
    m_row = row;
    if (row < 0 || row >= static_cast<int>(m_templates.size()))
        return;
    const NotificationTemplate &t = m_templates[static_cast<size_t>(row)];
    const QSignalBlocker a(m_subject);
    const QSignalBlocker b(m_body);
    m_subject->setText(t.subject);
    m_body->setPlainText(t.body);
    m_waTemplate->setText(t.whatsappTemplate);
    m_enabled->setChecked(t.enabled);
    m_subject->setEnabled(t.channel != NotificationChannel::WhatsApp);
    m_waTemplate->setEnabled(t.channel == NotificationChannel::WhatsApp);
    m_status->clear();
    retranslate();
    updatePreview();
}

NotificationTemplate TemplateEditor::edited() const
{
    NotificationTemplate t = m_templates.at(static_cast<size_t>(m_row));
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    t.whatsappTemplate = m_waTemplate->text().trimmed();
    t.enabled = m_enabled->isChecked();
    return t;
}

void TemplateEditor::updatePreview()
{
    if (m_row < 0 || m_row >= static_cast<int>(m_templates.size()))
        return;
    Result<RenderedText> rendered = m_service.preview(edited());
    if (!rendered) {
        m_preview->setPlainText(rendered.error().message());
        m_preview->setStyleSheet(QStringLiteral("color: #b91c1c;")); // the placeholder to fix, in red
        return;
    }
    m_preview->setStyleSheet(QString());
    const QString subject = rendered->subject.isEmpty() ? QString()
                                                        : QStringLiteral("<b>%1</b><br><br>").arg(rendered->subject.toHtmlEscaped());
    m_preview->setHtml(subject + rendered->body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

void TemplateEditor::save()
{
    if (m_row < 0 || m_row >= static_cast<int>(m_templates.size()))
        return;
    Status saved = m_service.saveTemplate(edited(), m_user.role, m_user.displayName);
    if (!saved) {
        m_status->setText(saved.error().message());
        return;
    }
    reload();
    m_status->setText(tr("Template saved"));
}

void TemplateEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TemplateEditor::retranslate()
{
    m_subjectLabel->setText(tr("Subject (e-mail) or title (in the app)"));
    m_bodyLabel->setText(tr("Text"));
    m_waLabel->setText(tr("Approved WhatsApp template (optional)"));
    m_waTemplate->setPlaceholderText(tr("empty: sent as text"));
    m_enabled->setText(tr("Send"));
    m_previewLabel->setText(tr("Preview with sample data"));
    m_save->setText(tr("Save template"));
    if (m_row >= 0 && m_row < static_cast<int>(m_templates.size())) {
        const QStringList names = placeholdersFor(m_templates[static_cast<size_t>(m_row)].event);
        m_placeholders->setText(
            tr("Placeholders: %1").arg(QStringLiteral("{") + names.join(QStringLiteral("}, {")) + QStringLiteral("}")));
    }
}

} // namespace nexus
