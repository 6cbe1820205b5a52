#include "SearchPanel.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace als {

SearchPanel::SearchPanel(const Content &content, QWidget *parent)
    : QWidget(parent)
    , m_content(content)
    , m_label(new QLabel)
    , m_field(new QLineEdit)
    , m_status(new QLabel)
    , m_results(new QListWidget)
{
    setObjectName(QStringLiteral("searchPanel"));
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumHeight(44);
    m_label->setBuddy(m_field);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setVisible(false);
    m_status->setVisible(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_label);
    row->addWidget(m_field, 1);
    row->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(row);
    layout->addWidget(m_results);

    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::runQuery);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { choose(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { choose(m_results->row(item)); });
    m_field->installEventFilter(this);
    m_results->installEventFilter(this);
    retranslate();
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setLanguage(Language language)
{
    if (m_index && m_index->language() == language)
        return;
    m_language = language;
    m_index.reset();
    if (!m_field->text().isEmpty())
        runQuery();
}

const SearchIndex &SearchPanel::index()
{
    if (!m_index || m_index->language() != m_language)
        m_index = std::make_unique<SearchIndex>(m_content, m_language);
    return *m_index;
}

void SearchPanel::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::clear()
{
    m_field->setText(QString());  // unlike clear(), this leaves no undo step to bring the words back
}

void SearchPanel::runQuery()
{
    const QString query = m_field->text();
    m_results->clear();
    m_hits.clear();
    if (query.trimmed().isEmpty()) {
        m_results->setVisible(false);
        m_status->setVisible(false);
        return;
    }
    m_hits = index().search(query, 50);
    for (const SearchHit &hit : m_hits) {
        auto *item = new QListWidgetItem(hit.title + QStringLiteral(" — ") + hit.snippet);
        item->setData(Qt::AccessibleTextRole, QString(hit.title + QStringLiteral(": ") + hit.snippet));
        m_results->addItem(item);
    }
    m_status->setText(m_hits.isEmpty() ? tr("No results") : tr("%n result(s)", nullptr, int(m_hits.size())));
    m_status->setVisible(true);
    m_results->setVisible(!m_hits.isEmpty());
    if (!m_hits.isEmpty())
        m_results->setCurrentRow(0);
    const int rows = std::min<int>(int(m_hits.size()), 6);
    m_results->setMaximumHeight(rows * (m_results->fontMetrics().lineSpacing() + 8) + 8);
    QAccessibleEvent announce(m_status, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&announce);
}

void SearchPanel::choose(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    Q_EMIT hitChosen(m_hits.at(row));
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_field) {
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_results->count() > 0) {
            m_results->setFocus(Qt::OtherFocusReason);
            m_results->setCurrentRow(0);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            choose(m_results->currentRow() >= 0 ? m_results->currentRow() : 0);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
    } else if (watched == m_results) {
        if (key->key() == Qt::Key_Up && m_results->currentRow() == 0) {
            m_field->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_field->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SearchPanel::retranslate()
{
    m_label->setText(tr("&Search:"));
    m_field->setPlaceholderText(tr("Search the whole guide (Ctrl+F)"));
    m_field->setAccessibleName(tr("Search the guide"));
    m_field->setAccessibleDescription(tr("Results appear below as you type. Press Down to move to them, Enter to "
                                         "open one."));
    m_results->setAccessibleName(tr("Search results"));
    m_status->setAccessibleName(m_status->text());
    if (!m_field->text().isEmpty())
        runQuery();
}

} // namespace als
