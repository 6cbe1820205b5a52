#pragma once

#include "EvidenceLadder.h"
#include "LadderPainter.h"

#include <QWidget>

#include <memory>

namespace als {

// The evidence ladder as a picture. Its accessible name and description carry the text alternative; the same
// information is in a table in the view's text. It wants its whole height for its width (heightForWidth) and
// never scrolls inside itself: whoever places it gives it that height and scrolls the page around it.
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

    // How the picture is arranged at its current width, and everything it draws where (for tests).
    LadderPainter::Arrangement arrangement() const;
    QList<LadderPainter::Drawn> drawnItems() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleText();
    const LadderPainter &painter() const;

    const Content &m_content;
    QStringList m_highlighted;
    std::unique_ptr<EvidenceLadder> m_ladder;
    // Kept while font, palette and language stay the same: it remembers the words it measured and its last layout.
    mutable std::unique_ptr<LadderPainter> m_painter;
};

} // namespace als
