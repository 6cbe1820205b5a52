#pragma once

#include "DocumentView.h"

class QLabel;
class QScrollArea;
class QSplitter;

namespace als {

class EvidenceLadderWidget;

// A section about a therapy under study: the evidence ladder on top (the five-second picture), then the same
// continuous text as any document view: the prose, the table of studies for the section's therapies and the
// ladder as a table.
class EvidenceView : public DocumentView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceView)

public:
    EvidenceView(const Content &content, const QString &sectionId, QWidget *parent = nullptr);

    QString visibleText() const override;
    EvidenceLadderWidget *ladder() const { return m_ladder; }

protected:
    void build() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateCaption();

    QLabel *m_ladderCaption = nullptr;
    EvidenceLadderWidget *m_ladder = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace als
