#pragma once

#include "Search.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;

namespace als {

// The search field and its results, searching all content of the current language as the reader types.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    explicit SearchPanel(const Content &content, QWidget *parent = nullptr);
    ~SearchPanel() override;

    void setLanguage(Language language);
    QLineEdit *field() const { return m_field; }
    QListWidget *results() const { return m_results; }
    const QList<SearchHit> &hits() const { return m_hits; }

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

    const Content &m_content;
    Language m_language = Language::Japanese;
    std::unique_ptr<SearchIndex> m_index;
    QLabel *m_label = nullptr;
    QLineEdit *m_field = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_results = nullptr;
    QList<SearchHit> m_hits;
};

} // namespace als
