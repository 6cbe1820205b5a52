#pragma once

#include "Search.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;

namespace als {

// The search field and its results, searching all content of the current language as the reader types. The
// results open as a list over the page under the field, so the page does not move; it closes when the reader
// leaves the field and the list, or opens a result.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    // What each result row carries for its delegate, beside its accessible text.
    enum Role {
        PlaceRole = Qt::UserRole + 1,  // "section — heading", in bold on the first line
        SnippetRole,                   // the snippet, on the second line
        MatchStartRole,                // the match inside the snippet, in bold and underlined
        MatchLengthRole,
        RowHtmlRole,                   // the rich text the row is drawn from
    };

    explicit SearchPanel(const Content &content, QWidget *parent = nullptr);
    ~SearchPanel() override;

    void setLanguage(Language language);
    QLineEdit *field() const { return m_field; }
    QListWidget *results() const;
    const QList<SearchHit> &hits() const { return m_hits; }

    // A result's first line: its section and, when it has one, its heading.
    static QString placeText(const SearchHit &hit);
    // The row as rich text: the place in bold, then the snippet with the match in bold and underlined, which
    // reads in any palette, high contrast included, and on the selection colour.
    static QString rowHtml(const SearchHit &hit);

public Q_SLOTS:
    void focusField();
    void clear();

Q_SIGNALS:
    void hitChosen(const als::SearchHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void runQuery();
    void choose(int row);
    void retranslate();
    const SearchIndex &index();
    // Shows the list over the window under the field while the field or the list has focus and there are hits.
    void updateResults();
    void placeResults();
    bool focusIsHere() const;

    const Content &m_content;
    Language m_language = Language::Japanese;
    std::unique_ptr<SearchIndex> m_index;
    QLabel *m_label = nullptr;
    QLineEdit *m_field = nullptr;
    QLabel *m_status = nullptr;
    QPointer<QListWidget> m_results;  // owned by the panel, or by the window once it floats there
    QList<SearchHit> m_hits;
    QPointer<QWidget> m_host;  // the window the list floats in
    QList<QPointer<QWidget>> m_watched;  // the panel's ancestors, whose moves and resizes move the list
};

} // namespace als
