// Brand panel layout: mark and name centred, branch at the bottom.
#include "login/brandpanel.h"

#include "common/icons.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace nexus {

BrandPanel::BrandPanel(const QString &branchName, QWidget *parent) : QFrame(parent), m_branchName(branchName)
{
    setObjectName(QStringLiteral("brandPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 36);
    layout->setSpacing(0);
    layout->addStretch(3);

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::logo(112, devicePixelRatioF()));
    logo->setAlignment(Qt::AlignHCenter);
    layout->addWidget(logo);
    layout->addSpacing(20);

    auto *name = new QLabel(QStringLiteral("Nexus POS"), this); // the product name is never translated
    name->setObjectName(QStringLiteral("brandName"));
    name->setAlignment(Qt::AlignHCenter);
    layout->addWidget(name);
    layout->addSpacing(10);

    m_tagline = new QLabel(this);
    m_tagline->setObjectName(QStringLiteral("brandTagline"));
    m_tagline->setAlignment(Qt::AlignHCenter);
    m_tagline->setWordWrap(true);
    layout->addWidget(m_tagline);
    layout->addStretch(4);

    m_branchCaption = new QLabel(this);
    m_branchCaption->setObjectName(QStringLiteral("brandBranchCaption"));
    m_branchCaption->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_branchCaption);
    auto *branch = new QLabel(branchName, this);
    branch->setObjectName(QStringLiteral("brandBranch"));
    branch->setAlignment(Qt::AlignHCenter);
    branch->setVisible(!branchName.isEmpty());
    layout->addWidget(branch);
    layout->addSpacing(24);

    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("brandFooter"));
    m_footer->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_footer);

    retranslate();
}

void BrandPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void BrandPanel::retranslate()
{
    m_tagline->setText(tr("Point of sale for auto parts stores and repair workshops"));
    m_branchCaption->setText(m_branchName.isEmpty() ? QString() : tr("BRANCH"));
    m_footer->setText(tr("Version %1 · works without internet").arg(QCoreApplication::applicationVersion()));
}

} // namespace nexus
