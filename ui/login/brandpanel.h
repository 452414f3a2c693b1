// The dark left half of the login screen: the Nexus POS mark, what the product is and which branch this is.
#pragma once

#include <QFrame>

class QLabel;

namespace nexus {

class BrandPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandPanel)

public:
    explicit BrandPanel(const QString &branchName, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_branchName;
    QLabel *m_tagline = nullptr;
    QLabel *m_branchCaption = nullptr;
    QLabel *m_footer = nullptr;
};

} // namespace nexus
