#include "SearchPanel.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>

namespace als {

namespace {

// A touch target's least height (WCAG 2.5.5); rows of two lines are taller than this at any text size anyway.
constexpr int minimumRowHeight = 44;
// Rows shown at once before the list scrolls.
constexpr int visibleRows = 6;

// Draws a result as two lines of rich text: the place in bold, then the snippet with its match marked.
class ResultDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const int pad = padding(opt.font);
        int width = opt.rect.width();
        if (const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget))
            width = view->viewport()->width();
        const QTextDocument &doc = document(opt, index, width - 2 * pad);
        return {width, std::max(minimumRowHeight, int(std::ceil(doc.size().height())) + 2 * pad)};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        const QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const int pad = padding(opt.font);
        const QTextDocument &doc = document(opt, index, opt.rect.width() - 2 * pad);
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
            : (opt.state & QStyle::State_Active)                               ? QPalette::Active
                                                                                : QPalette::Inactive;
        const bool selected = opt.state & QStyle::State_Selected;
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text,
                                 opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->save();
        painter->translate(opt.rect.topLeft() + QPoint(pad, pad));
        context.clip = QRectF(0, 0, opt.rect.width() - pad, opt.rect.height() - pad);
        painter->setClipRect(context.clip);
        doc.documentLayout()->draw(painter, context);
        painter->restore();
        // A rule between rows, so that each reads as one place.
        painter->save();
        painter->setPen(opt.palette.color(group, QPalette::Mid));
        painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
        painter->restore();
    }

private:
    // Laid-out rows, kept: the view asks for sizes again and again while it lays out, scrolls and paints, and
    // laying out rich text is the costly part of a keystroke.
    mutable QHash<QString, std::shared_ptr<QTextDocument>> m_documents;

    static int padding(const QFont &font) { return std::max(8, QFontMetrics(font).height() / 2); }

    const QTextDocument &document(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
    {
        const QString html = index.data(SearchPanel::RowHtmlRole).toString();
        const QString key = html + QChar(0x1f) + QString::number(width) + QChar(0x1f) + option.font.key();
        auto known = m_documents.constFind(key);
        if (known == m_documents.constEnd()) {
            if (m_documents.size() > 500)
                m_documents.clear();
            auto doc = std::make_shared<QTextDocument>();
            doc->setDocumentMargin(0);
            doc->setDefaultFont(option.font);
            doc->setHtml(html);
            doc->setTextWidth(std::max(1, width));
            known = m_documents.insert(key, doc);
        }
        return **known;
    }
};

} // namespace

SearchPanel::SearchPanel(const Content &content, QWidget *parent)
    : QWidget(parent)
    , m_content(content)
    , m_label(new QLabel)
    , m_field(new QLineEdit)
    , m_status(new QLabel)
    , m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumHeight(44);
    m_label->setBuddy(m_field);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setItemDelegate(new ResultDelegate(m_results));
    m_results->setUniformItemSizes(false);
    m_results->setResizeMode(QListView::Adjust);
    // The rows on screen first, the rest a few at a time after: typing stays quick with fifty two-line rows.
    m_results->setLayoutMode(QListView::Batched);
    m_results->setBatchSize(visibleRows + 2);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A plain frame in the text colour sets the list apart from the page it lies over, in any theme.
    m_results->setFrameStyle(QFrame::Box | QFrame::Plain);
    m_results->setLineWidth(2);
    m_results->setVisible(false);
    m_status->setVisible(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_label);
    row->addWidget(m_field, 1);
    row->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(row);

    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::runQuery);
    const auto chooseItem = [this](QListWidgetItem *item) { choose(m_results->row(item)); };
    connect(m_results, &QListWidget::itemActivated, this, chooseItem);
    connect(m_results, &QListWidget::itemClicked, this, chooseItem);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        // No focus at all means another window is active: leave the list as it was for the reader's return.
        if (now)
            updateResults();
    });
    m_field->installEventFilter(this);
    m_results->installEventFilter(this);
    retranslate();
}

SearchPanel::~SearchPanel()
{
    // The list lives in the window, not in the panel, once it has been shown.
    delete m_results.data();
}

QListWidget *SearchPanel::results() const
{
    return m_results;
}

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

QString SearchPanel::placeText(const SearchHit &hit)
{
    return hit.heading.isEmpty() ? hit.title : hit.title + QStringLiteral(" — ") + hit.heading;
}

QString SearchPanel::rowHtml(const SearchHit &hit)
{
    const int start = std::clamp(hit.snippetMatchStart, 0, int(hit.snippet.size()));
    const int length = std::clamp(hit.snippetMatchLength, 0, int(hit.snippet.size()) - start);
    return QStringLiteral("<b>%1</b><br>%2<b><u>%3</u></b>%4")
        .arg(placeText(hit).toHtmlEscaped(), hit.snippet.left(start).toHtmlEscaped(),
             hit.snippet.mid(start, length).toHtmlEscaped(), hit.snippet.mid(start + length).toHtmlEscaped());
}

void SearchPanel::runQuery()
{
    const QString query = m_field->text();
    m_results->clear();
    m_hits.clear();
    if (query.trimmed().isEmpty()) {
        m_status->setVisible(false);
        updateResults();
        return;
    }
    m_hits = index().search(query, 50);
    for (const SearchHit &hit : std::as_const(m_hits)) {
        const QString place = placeText(hit);
        auto *item = new QListWidgetItem(place + QLatin1Char('\n') + hit.snippet);
        item->setData(Qt::AccessibleTextRole, QString(place + QStringLiteral(": ") + hit.snippet));
        item->setData(PlaceRole, place);
        item->setData(SnippetRole, hit.snippet);
        item->setData(MatchStartRole, hit.snippetMatchStart);
        item->setData(MatchLengthRole, hit.snippetMatchLength);
        item->setData(RowHtmlRole, rowHtml(hit));
        m_results->addItem(item);
    }
    m_status->setText(m_hits.isEmpty() ? tr("No results") : tr("%n result(s)", nullptr, int(m_hits.size())));
    m_status->setVisible(true);
    if (!m_hits.isEmpty())
        m_results->setCurrentRow(0);
    updateResults();
    QAccessibleEvent announce(m_status, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&announce);
}

bool SearchPanel::focusIsHere() const
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == m_field || focus == m_results || m_results->isAncestorOf(focus));
}

void SearchPanel::updateResults()
{
    if (!m_results)
        return;  // the window is going, and took the list with it
    const bool show = !m_hits.isEmpty() && focusIsHere() && isVisible();
    if (show)
        placeResults();
    m_results->setVisible(show);
}

void SearchPanel::placeResults()
{
    QWidget *host = window();
    if (host != m_host) {
        for (const QPointer<QWidget> &w : std::as_const(m_watched)) {
            if (w)
                w->removeEventFilter(this);
        }
        m_watched.clear();
        m_host = host;
        // Over the page, not in the panel's layout: the page below stays where it is.
        if (host != this) {
            m_results->setParent(host);
            QWidget::setTabOrder(m_field, m_results);
        }
        for (QWidget *w = this; w && w != host; w = w->parentWidget()) {
            w->installEventFilter(this);
            m_watched << w;
        }
        host->installEventFilter(this);
        m_watched << host;
    }
    if (host == this)
        return;
    // As wide as the panel, label included: at large text sizes every column saves a wrapped line.
    const int left = mapTo(host, contentsRect().topLeft()).x();
    const int right = mapTo(host, QPoint(contentsRect().right(), 0)).x();
    const int top = mapTo(host, QPoint(0, height())).y();
    const int room = host->height() - top - 8;
    // The width first: how tall the rows are depends on where their lines wrap.
    m_results->setGeometry(left, top, std::max(1, right - left + 1), std::max(minimumRowHeight, room));
    m_results->doItemsLayout();
    int rows = 2 * m_results->frameWidth();
    for (int i = 0; i < std::min<int>(visibleRows, m_results->count()); ++i)
        rows += m_results->sizeHintForRow(i);
    m_results->resize(m_results->width(), std::max(minimumRowHeight, std::min(rows, room)));
    m_results->raise();
}

void SearchPanel::choose(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    Q_EMIT hitChosen(m_hits.at(row));
    updateResults();
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::Resize || type == QEvent::Move) && m_results && m_results->isVisible()
        && m_watched.contains(qobject_cast<QWidget *>(watched))) {
        placeResults();
        return QWidget::eventFilter(watched, event);
    }
    if (type == QEvent::Hide && watched == this && m_results)
        m_results->hide();  // the list belongs to the field: it goes when the panel does (a desk's form, say)
    if (type != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_field) {
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_results->count() > 0) {
            updateResults();
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
    if ((event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) && m_results->isVisible())
        placeResults();
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
