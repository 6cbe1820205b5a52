#pragma once

#include "Content.h"

#include <QTreeWidget>
#include <QTextBlock>
#include <QWidget>

#include <functional>

class QLabel;
class QTextDocument;

namespace als {

// One heading of a section, as the contents panel lists it and as the section's text shows it.
struct ContentsHeading
{
    int level = 2;  // 2 (##) or 3 (###)
    QString text;
};

// The list itself: Enter or Space opens the place under the cursor (QTreeView leaves Enter to whatever is above it,
// and Space only selects).
class ContentsTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentsTree)

public:
    using QTreeWidget::QTreeWidget;

Q_SIGNALS:
    void itemChosen(QTreeWidgetItem *item);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

// The guide's contents beside the views: every section and, under it, its headings (## and ###), with the reader's
// place marked (the section shown and the heading at the top of its visible text). Arrow keys move, Right and Left
// open and close a section, Enter, Space or a click goes to the place.
class ContentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentsPanel)

public:
    // The headings a section's view shows, asked for a section only when it is first opened in the list.
    using HeadingSource = std::function<QList<ContentsHeading>(const QString &sectionId, Language language)>;

    ContentsPanel(const Content &content, HeadingSource headings, QWidget *parent = nullptr);

    // The headings of a built document, levels 2 and 3, in order: the one way both the list and the views count them.
    // The places the list offers, in the order it numbers them: the level-2 and level-3 headings of a document.
    // The list, the window's "where am I" and "go there" all count with this one function.
    static QList<QTextBlock> headingBlocks(const QTextDocument *document);
    static QList<ContentsHeading> headingsOf(const QTextDocument *document);

    Language language() const { return m_language; }
    void setLanguage(Language language);
    // A section as the window names it, which may differ from the content (the form, at home, is the reader's own
    // questions). Kept across rebuilds; the window sets every title again when the language changes.
    void setSectionTitle(const QString &sectionId, const QString &title);

    // heading: an index into the section's headings; -1 for the section itself (above its first heading).
    void setCurrentPlace(const QString &sectionId, int heading);
    QString currentSection() const { return m_currentSection; }
    int currentHeading() const { return m_currentHeading; }

    ContentsTree *tree() const { return m_tree; }
    // The item for a place, its section's headings filled in first; nullptr if there is no such place.
    QTreeWidgetItem *item(const QString &sectionId, int heading = -1);
    QList<ContentsHeading> headings(const QString &sectionId);
    // Puts the keyboard on the reader's current place in the list.
    void focusCurrentPlace();
    // Closes every section in the list but the current one.
    void closeSections();

Q_SIGNALS:
    void placeChosen(const QString &sectionId, int heading);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void putCursorOnPlace();
    void rebuild();
    void fill(QTreeWidgetItem *sectionItem);
    void mark(QTreeWidgetItem *item, bool current);
    void retranslate();

    const Content &m_content;
    HeadingSource m_headingSource;
    Language m_language = Language::Japanese;
    QLabel *m_title = nullptr;
    ContentsTree *m_tree = nullptr;
    QHash<QString, QList<ContentsHeading>> m_headings;  // per section, in m_language; filled on demand
    QHash<QString, QString> m_titles;                   // setSectionTitle()'s, in place of the content's
    QString m_currentSection;
    int m_currentHeading = -1;
};

} // namespace als
