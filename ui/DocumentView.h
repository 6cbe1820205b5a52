#pragma once

#include "SectionView.h"

namespace als {

class ReadingBrowser;

// A section that is one continuous text: its Markdown plus whatever tables the builder adds.
class DocumentView : public SectionView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentView)

public:
    DocumentView(const Content &content, const QString &sectionId, QWidget *parent = nullptr);

    bool reveal(const SearchTarget &target) override;
    QString visibleText() const override;
    bool showStudy(const QString &studyId);
    QList<ReadAloudParagraph> readAloudParagraphs() const override;
    int readingPosition() const override;
    void setReadingPosition(int position) override;
    ReadingBrowser *browser() const { return m_browser; }

protected:
    void build() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    void applyPendingPosition();
    void forgetPendingPosition();

    ReadingBrowser *m_browser = nullptr;
    int m_pendingPosition = -1;
};

} // namespace als
