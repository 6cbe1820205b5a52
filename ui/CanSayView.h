#pragma once

#include "SectionView.h"

class QGroupBox;
class QSplitter;

namespace als {

class ReadingBrowser;

// "What we can and can't say": two separate panels of statements, each with its certainty in words and links to
// its studies; following a link shows that study below the panels.
class CanSayView final : public SectionView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanSayView)

public:
    explicit CanSayView(const Content &content, QWidget *parent = nullptr);

    bool reveal(const SearchTarget &target) override;
    QString visibleText() const override;
    // The introduction, the two panels and the study shown below them, each from where it is scrolled to.
    QList<ReadAloudParagraph> readAloudParagraphs() const override;
    bool showSource(const QString &sourceId);
    bool showStudy(const QString &studyId);
    QString shownStudy() const { return m_shownStudy; }

    ReadingBrowser *canPanel() const { return m_can; }
    ReadingBrowser *cannotPanel() const { return m_cannot; }
    ReadingBrowser *studyPanel() const { return m_study; }

protected:
    void build() override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void retint();
    void fitIntro();
    void showDetail();

    bool m_retinting = false;
    QSplitter *m_column = nullptr;
    ReadingBrowser *m_intro = nullptr;
    QGroupBox *m_canBox = nullptr;
    QGroupBox *m_cannotBox = nullptr;
    QGroupBox *m_studyBox = nullptr;
    ReadingBrowser *m_can = nullptr;
    ReadingBrowser *m_cannot = nullptr;
    ReadingBrowser *m_study = nullptr;
    QString m_shownStudy;
};

} // namespace als
