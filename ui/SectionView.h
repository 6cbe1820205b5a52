#pragma once

#include "Content.h"
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

private:
    const Content &m_content;
    QString m_sectionId;
    Language m_language = Language::Japanese;
    bool m_built = false;
};

} // namespace als
