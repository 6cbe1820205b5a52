#pragma once

#include "SectionView.h"

class QScrollArea;
class QSplitter;
class QLabel;

namespace als {

class EvidenceLadderWidget;
class ReadingBrowser;

// A section about a therapy under study: the evidence ladder on top (the five-second picture), then the prose,
// the table of studies for the section's therapies and the ladder as a table.
class EvidenceView : public SectionView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceView)

public:
    EvidenceView(const Content &content, const QString &sectionId, QWidget *parent = nullptr);

    bool reveal(const SearchTarget &target) override;
    QString visibleText() const override;
    EvidenceLadderWidget *ladder() const { return m_ladder; }
    ReadingBrowser *browser() const { return m_browser; }

protected:
    void build() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_ladderCaption = nullptr;
    EvidenceLadderWidget *m_ladder = nullptr;
    QScrollArea *m_ladderArea = nullptr;
    QSplitter *m_splitter = nullptr;
    ReadingBrowser *m_browser = nullptr;
};

} // namespace als
