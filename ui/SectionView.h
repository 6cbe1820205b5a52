#pragma once

#include "Content.h"
#include "ReadAloud.h"
#include "Search.h"

#include <QWidget>

namespace als {

// One tab of the guide. Builds its text lazily, the first time it is shown in a language, so that start-up
// only pays for the view the reader actually sees.
class SectionView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionView)

public:
    SectionView(const Content &content, QString sectionId, QWidget *parent = nullptr);

    QString sectionId() const { return m_sectionId; }
    Language language() const { return m_language; }
    void setLanguage(Language language);

    // Shows the search target: selects it and scrolls it into view. Builds the view first if needed.
    virtual bool reveal(const SearchTarget &target) = 0;
    // The whole text the view shows now (for tests and for checking what a reader sees).
    virtual QString visibleText() const = 0;

    void ensureBuilt();
    bool isBuilt() const { return m_built; }

    // What reading aloud reads: the paragraphs from the reader's current place on, as shown (ReadAloud); none in a
    // view that is not for reading.
    virtual QList<ReadAloudParagraph> readAloudParagraphs() const;
    // The Read aloud controls at the top of a reading view; null in others.
    ReadAloudBar *readAloudBar() const { return m_readAloudBar; }

    // How far the reader has scrolled, so the guide can reopen at the same place; 0 where it does not apply.
    virtual int readingPosition() const { return 0; }
    virtual void setReadingPosition(int) {}

Q_SIGNALS:
    void studyRequested(const QString &studyId);

protected:
    virtual void build() = 0;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    const Content &content() const { return m_content; }
    // Makes the Read aloud controls, for the view to put at its top.
    ReadAloudBar *makeReadAloudBar();

private:
    const Content &m_content;
    QString m_sectionId;
    Language m_language = Language::Japanese;
    bool m_built = false;
    ReadAloudBar *m_readAloudBar = nullptr;
};

} // namespace als
