#pragma once

#include "EvidenceLadder.h"

#include <QWidget>

#include <memory>

namespace als {

// The evidence ladder as a picture. Its accessible name and description carry the text alternative; the same
// information is in a table in the view's text.
class EvidenceLadderWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceLadderWidget)

public:
    EvidenceLadderWidget(const Content &content, QStringList highlighted, QWidget *parent = nullptr);
    ~EvidenceLadderWidget() override;

    void setLanguage(Language language);
    const EvidenceLadder &ladder() const { return *m_ladder; }
    QString textAlternative() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleText();

    const Content &m_content;
    QStringList m_highlighted;
    std::unique_ptr<EvidenceLadder> m_ladder;
};

} // namespace als
