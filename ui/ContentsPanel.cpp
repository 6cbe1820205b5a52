#include "ContentsPanel.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace als {

namespace {

constexpr int kSectionRole = Qt::UserRole;
constexpr int kHeadingRole = Qt::UserRole + 1;
constexpr int kFilledRole = Qt::UserRole + 2;
constexpr int kCurrentRole = Qt::UserRole + 3;
constexpr int kMarkWidth = 5;

// Rows at least 44 px high, however small the text (targets for hands with ALS), and the reader's place marked by a
// bar at the start of its row as well as in bold, so that colour is never the only sign.
class ContentsDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem text(option);
        text.rect.adjust(kMarkWidth + 4, 0, 0, 0);
        QSize size = QStyledItemDelegate::sizeHint(text, index);
        size.setWidth(size.width() + kMarkWidth + 4);
        size.setHeight(std::max(size.height() + 8, 44));
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // The row's background (and selection) across its whole width, then the text to the right of the mark.
        QStyleOptionViewItem row(option);
        initStyleOption(&row, index);
        const QWidget *view = option.widget;
        QStyle *style = view ? view->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &row, painter, view);
        QStyleOptionViewItem text(option);
        text.rect.adjust(kMarkWidth + 4, 0, 0, 0);
        QStyledItemDelegate::paint(painter, text, index);
        if (!index.data(kCurrentRole).toBool())
            return;
        const bool selected = option.state & QStyle::State_Selected;
        const QColor mark = option.palette.color(selected ? QPalette::Text : QPalette::Highlight);
        const QRect bar(option.rect.left() + 1, option.rect.top() + 6, kMarkWidth, option.rect.height() - 12);
        painter->fillRect(bar, mark);
    }
};

} // namespace

void ContentsTree::keyPressEvent(QKeyEvent *event)
{
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (modifiers == Qt::NoModifier && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)) {
        if (QTreeWidgetItem *item = currentItem()) {
            event->accept();
            Q_EMIT itemChosen(item);
            return;
        }
    }
    QTreeWidget::keyPressEvent(event);
}

ContentsPanel::ContentsPanel(const Content &content, HeadingSource headings, QWidget *parent)
    : QWidget(parent)
    , m_content(content)
    , m_headingSource(std::move(headings))
    , m_title(new QLabel)
    , m_tree(new ContentsTree)
{
    setObjectName(QStringLiteral("contentsPanel"));
    m_title->setObjectName(QStringLiteral("contentsTitle"));
    m_title->setBuddy(m_tree);
    QFont bold;
    bold.setBold(true);
    m_title->setFont(bold);
    m_tree->setObjectName(QStringLiteral("contentsTree"));
    m_tree->setColumnCount(1);
    m_tree->setHeaderHidden(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setUniformRowHeights(false);
    m_tree->setIndentation(14);  // three levels deep, the headings keep their width
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setItemDelegate(new ContentsDelegate(m_tree));
    m_tree->setFocusPolicy(Qt::StrongFocus);
    m_tree->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);

    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (!item->parent())
            fill(item);
    });
    auto choose = [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        if (!item->parent())
            item->setExpanded(true);
        Q_EMIT placeChosen(item->data(0, kSectionRole).toString(), item->data(0, kHeadingRole).toInt());
    };
    connect(m_tree, &ContentsTree::itemChosen, this, choose);
    connect(m_tree, &QTreeWidget::itemClicked, this, choose);
    rebuild();
    retranslate();
}

QList<QTextBlock> ContentsPanel::headingBlocks(const QTextDocument *document)
{
    QList<QTextBlock> blocks;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level == 2 || level == 3)
            blocks.append(b);
    }
    return blocks;
}

QList<ContentsHeading> ContentsPanel::headingsOf(const QTextDocument *document)
{
    QList<ContentsHeading> list;
    for (const QTextBlock &b : headingBlocks(document))
        list.append({b.blockFormat().headingLevel(), b.text().trimmed()});
    return list;
}

void ContentsPanel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuild();
}

QList<ContentsHeading> ContentsPanel::headings(const QString &sectionId)
{
    auto it = m_headings.find(sectionId);
    if (it == m_headings.end())
        it = m_headings.insert(sectionId, m_headingSource ? m_headingSource(sectionId, m_language)
                                                          : QList<ContentsHeading>());
    return *it;
}

void ContentsPanel::setSectionTitle(const QString &sectionId, const QString &title)
{
    m_titles.insert(sectionId, title);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, kSectionRole).toString() == sectionId)
            item->setText(0, title);
    }
}

void ContentsPanel::rebuild()
{
    QStringList expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->isExpanded())
            expanded << m_tree->topLevelItem(i)->data(0, kSectionRole).toString();
    }
    m_tree->clear();
    m_headings.clear();
    for (const SectionInfo &section : m_content.sections()) {
        auto *item = new QTreeWidgetItem(m_tree, {m_titles.value(section.id, section.title.in(m_language))});
        item->setData(0, kSectionRole, section.id);
        item->setData(0, kHeadingRole, -1);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);  // its headings are read when it opens
        if (expanded.contains(section.id))
            item->setExpanded(true);
    }
    const QString section = std::exchange(m_currentSection, QString());
    setCurrentPlace(section, std::exchange(m_currentHeading, -1));
}

void ContentsPanel::fill(QTreeWidgetItem *sectionItem)
{
    if (sectionItem->data(0, kFilledRole).toBool())
        return;
    sectionItem->setData(0, kFilledRole, true);
    const QString id = sectionItem->data(0, kSectionRole).toString();
    const QList<ContentsHeading> list = headings(id);
    QTreeWidgetItem *chapter = nullptr;  // the last ## heading: a ### heading goes under it
    QList<QTreeWidgetItem *> chapters;
    for (int i = 0; i < list.size(); ++i) {
        const ContentsHeading &heading = list.at(i);
        QTreeWidgetItem *parent = heading.level >= 3 && chapter ? chapter : sectionItem;
        auto *item = new QTreeWidgetItem(parent, {heading.text});
        item->setData(0, kSectionRole, id);
        item->setData(0, kHeadingRole, i);
        if (heading.level == 2) {
            chapter = item;
            chapters << item;
        }
    }
    sectionItem->setChildIndicatorPolicy(list.isEmpty() ? QTreeWidgetItem::DontShowIndicator
                                                        : QTreeWidgetItem::DontShowIndicatorWhenChildless);
    // A section opens whole: its ### headings are as much a place to go as its ## ones.
    for (QTreeWidgetItem *item : std::as_const(chapters))
        item->setExpanded(true);
}

QTreeWidgetItem *ContentsPanel::item(const QString &sectionId, int heading)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *section = m_tree->topLevelItem(i);
        if (section->data(0, kSectionRole).toString() != sectionId)
            continue;
        if (heading < 0)
            return section;
        fill(section);
        // The section's items come one after another, down to the next section's.
        for (QTreeWidgetItemIterator it(section); *it && ((*it) == section || (*it)->parent()); ++it) {
            if ((*it) != section && (*it)->data(0, kHeadingRole).toInt() == heading)
                return *it;
        }
        return nullptr;
    }
    return nullptr;
}

void ContentsPanel::mark(QTreeWidgetItem *item, bool current)
{
    if (!item)
        return;
    item->setData(0, kCurrentRole, current);
    if (item->parent()) {
        QFont font = item->font(0);
        font.setBold(current);
        item->setFont(0, font);
    }
    item->setData(0, Qt::AccessibleDescriptionRole, current ? tr("You are here") : QString());
}

void ContentsPanel::setCurrentPlace(const QString &sectionId, int heading)
{
    if (sectionId == m_currentSection && heading == m_currentHeading)
        return;
    const bool newSection = sectionId != m_currentSection;
    if (!m_currentSection.isEmpty()) {
        mark(item(m_currentSection), false);
        if (m_currentHeading >= 0)
            mark(item(m_currentSection, m_currentHeading), false);
    }
    m_currentSection = sectionId;
    m_currentHeading = heading;
    QTreeWidgetItem *section = item(sectionId);
    if (!section)
        return;
    QTreeWidgetItem *place = heading >= 0 ? item(sectionId, heading) : nullptr;
    mark(section, true);
    mark(place, true);
    if (newSection)
        section->setExpanded(true);
    // The list keeps the place in sight, but its keyboard cursor moves only when the list has the keyboard: moving
    // it would tell a screen reader of a focus that is not there.
    // A section newly reached shows from its top, with its headings below it.
    if (!m_tree->hasFocus())
        m_tree->scrollToItem(place ? place : section, newSection && !place ? QAbstractItemView::PositionAtTop
                                                                          : QAbstractItemView::EnsureVisible);
}

void ContentsPanel::focusCurrentPlace()
{
    m_tree->setFocus(Qt::ShortcutFocusReason);
    putCursorOnPlace();
}

void ContentsPanel::putCursorOnPlace()
{
    QTreeWidgetItem *target = m_currentHeading >= 0 ? item(m_currentSection, m_currentHeading) : nullptr;
    if (!target)
        target = item(m_currentSection);
    if (target) {
        m_tree->setCurrentItem(target);
        m_tree->scrollToItem(target, target->parent() ? QAbstractItemView::EnsureVisible
                                                      : QAbstractItemView::PositionAtTop);
    }
}

bool ContentsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        const bool passing = reason == Qt::PopupFocusReason || reason == Qt::ActiveWindowFocusReason;
        // Coming in from the keyboard: the cursor starts at the reader's place. Going: the highlight goes too, so
        // that the mark of the place is the only one left.
        if (event->type() == QEvent::FocusIn && !passing && reason != Qt::MouseFocusReason)
            putCursorOnPlace();
        else if (event->type() == QEvent::FocusOut && !passing)
            m_tree->clearSelection();
    }
    return QWidget::eventFilter(watched, event);
}

void ContentsPanel::closeSections()
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *section = m_tree->topLevelItem(i);
        section->setExpanded(section->data(0, kSectionRole).toString() == m_currentSection);
    }
}

void ContentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Rows wrap and grow with the text: lay them out again when the text size changes.
    if (event->type() == QEvent::FontChange)
        m_tree->doItemsLayout();
    QWidget::changeEvent(event);
}

void ContentsPanel::retranslate()
{
    m_title->setText(tr("Contents"));
    m_tree->setAccessibleName(tr("Contents"));
    m_tree->setAccessibleDescription(tr("The sections of the guide and their headings. Enter opens the place; "
                                        "Right and Left open and close a section."));
    if (!m_currentSection.isEmpty()) {
        mark(item(m_currentSection), true);
        if (m_currentHeading >= 0)
            mark(item(m_currentSection, m_currentHeading), true);
    }
}

} // namespace als
