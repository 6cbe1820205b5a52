#include "Handout.h"

#include "Clock.h"
#include "Design.h"
#include "DocumentBuilder.h"
#include "EvidenceLadder.h"
#include "LadderPainter.h"
#include "PageCutter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDate>
#include <QFontDatabase>
#include <QHash>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QTextTable>
#include <QXmlStreamWriter>

#include <cmath>
#include <memory>

Q_LOGGING_CATEGORY(lcHandout, "als.handout")

namespace als {

namespace {

constexpr int kLadderObject = QTextFormat::UserObject + 1;
constexpr int kLadderTherapies = DocumentBuilder::kLadderTherapiesProperty;
static_assert(kLadderTherapies == QTextFormat::UserProperty + 1);
// The overdue notice on paper: dark orange-red, 7.1:1 on white, and bold so that it stands out in grey too.
constexpr QColor kWarning(0x9a, 0x2c, 0x00);

// A paragraph that is the evidence ladder's picture and nothing else.
bool isLadderPicture(const QTextBlock &block)
{
    return block.length() == 2 && block.text().at(0) == QChar::ObjectReplacementCharacter
        && block.begin().fragment().charFormat().objectType() == kLadderObject;
}

// What a block of a table printed as blocks is: the row's heading line, or one of its cells.
constexpr int kStackedRole = QTextFormat::UserProperty + 17;
enum StackedRole { RowHeading = 1, RowCell = 2 };
// A paragraph whose side margins are already in the printer's units.
constexpr int kPaperSides = QTextFormat::UserProperty + 18;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Letters and digits of a script that puts spaces between words: a line may not end between two of them unless the
// text allows a break there. (Japanese may break between any two characters, and does.)
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() && c.unicode() < 0x2E80;
}

// Whether a laid-out paragraph ends a line inside a word ("randomise" / "d"): Qt breaks a word anywhere when it
// does not fit the width.
bool cutsAWord(const QTextBlock &block)
{
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() < 2)
        return false;
    const QString text = block.text();
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
    for (int i = 0; i + 1 < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const int end = line.textStart() + line.textLength();
        if (end <= 0 || end >= text.size())
            continue;
        breaks.setPosition(end);
        if (!breaks.isAtBoundary() && isWordCharacter(text.at(end - 1)) && isWordCharacter(text.at(end)))
            return true;
    }
    return false;
}

bool cutsAWord(QTextTable *table)
{
    for (int row = 0; row < table->rows(); ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                if (cutsAWord(it.currentBlock()))
                    return true;
            }
        }
    }
    return false;
}

QList<QTextTable *> tablesOf(QTextFrame *frame)
{
    QList<QTextTable *> tables;
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables << table;
        tables << tablesOf(child);
    }
    return tables;
}

// A run of a cell's text with its formatting (a link, bold); a cell's paragraphs are joined by line breaks.
struct Run
{
    QString text;
    QTextCharFormat format;
};

QList<Run> cellRuns(const QTextTableCell &cell)
{
    QList<Run> runs;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid())
            continue;
        if (!runs.isEmpty())
            runs << Run{QString(QChar::LineSeparator), runs.last().format};
        for (auto f = block.begin(); !f.atEnd(); ++f)
            runs << Run{f.fragment().text(), f.fragment().charFormat()};
    }
    while (!runs.isEmpty() && runs.last().text.trimmed().isEmpty())
        runs.removeLast();
    return runs;
}

QString plainText(const QList<Run> &runs)
{
    QString text;
    for (const Run &run : runs)
        text += run.text;
    return text.simplified();
}

// Replaces a table with blocks, one group a row (see Handout::kStackedRowProperty). Returns the next group number.
int stackTable(QTextDocument *doc, QTextTable *table, int group, Language language)
{
    const int headerRows = std::max(1, table->format().headerRowCount());
    const QBrush shade = table->cellAt(0, 0).format().background();
    QStringList headings;
    for (int column = 0; column < table->columns(); ++column)
        headings << plainText(cellRuns(table->cellAt(headerRows - 1, column)));
    QList<QList<QList<Run>>> rows;
    for (int row = headerRows; row < table->rows(); ++row) {
        QList<QList<Run>> cells;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            cells << (cell.row() == row && cell.column() == column ? cellRuns(cell) : QList<Run>());
        }
        rows << cells;
    }
    const QString separator = language == Language::Japanese ? QStringLiteral("：") : QStringLiteral(": ");

    // The blocks go where the table was: into the paragraph that follows it, then the table goes.
    QTextCursor cursor(doc);
    cursor.setPosition(table->lastPosition() + 1);
    const QTextBlockFormat after = cursor.blockFormat();
    const bool afterIsEmpty = cursor.block().text().isEmpty();
    bool first = true;
    QTextBlockFormat firstFormat;
    int firstGroup = 0;
    for (const QList<QList<Run>> &cells : std::as_const(rows)) {
        ++group;
        for (int column = 0; column < cells.size(); ++column) {
            const QList<Run> &runs = cells.at(column);
            if (runs.isEmpty() && column > 0)
                continue;
            QTextBlockFormat block;
            block.setProperty(Handout::kStackedRowProperty, group);
            block.setProperty(kStackedRole, column == 0 ? RowHeading : RowCell);
            if (column == 0 && shade.style() != Qt::NoBrush)
                block.setBackground(shade);
            if (first) {
                cursor.setBlockFormat(block);
                firstFormat = block;
                firstGroup = group;
                first = false;
            } else {
                cursor.insertBlock(block);
            }
            if (column > 0) {
                QTextCharFormat label = runs.first().format;
                label.setFontWeight(QFont::Bold);
                label.setAnchor(false);
                label.setAnchorHref(QString());
                cursor.insertText(headings.value(column) + separator, label);
            }
            // The row's heading line: its first line in bold (a study's name before its summary).
            bool bold = column == 0;
            for (const Run &run : runs) {
                QString text = run.text;
                while (!text.isEmpty()) {
                    const qsizetype cut = bold ? text.indexOf(QChar::LineSeparator) : -1;
                    const QString piece = cut < 0 ? text : text.left(cut);
                    QTextCharFormat format = run.format;
                    if (bold)
                        format.setFontWeight(QFont::Bold);
                    cursor.insertText(piece, format);
                    text = cut < 0 ? QString() : text.mid(cut);
                    if (cut >= 0)
                        bold = false;
                }
            }
        }
    }
    // The paragraph after the table keeps its own format, after the rows (Qt leaves an empty one after a table:
    // it goes with the table).
    if (!afterIsEmpty)
        cursor.insertBlock(after);
    // Removing the table takes the paragraph break before it too: the first row then begins a paragraph again.
    const int at = table->firstPosition() - 1;
    table->removeRows(0, table->rows());
    cursor.setPosition(at);
    if (cursor.blockFormat().intProperty(Handout::kStackedRowProperty) != firstGroup)
        cursor.insertBlock(firstFormat);
    return group;
}

} // namespace

// The evidence ladder inside the handout's text, drawn as vectors by the same painter as the on-screen picture, so
// its words stay real text in the PDF.
class LadderObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    LadderObject(const Content &content, Language language, qreal pointSize)
        : m_ladder(content, language)
        , m_pointSize(pointSize)
    {
    }

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override
    {
        const qreal width = doc->textWidth() - 2 * doc->documentMargin();
        QPaintDevice *device = doc->documentLayout()->paintDevice();
        return {width, painter(therapies(format), device).heightForWidth(width)};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        this->painter(therapies(format), painter->device()).paint(painter, rect);
    }

    qreal pointSize() const { return m_pointSize; }
    void setPointSize(qreal pointSize)
    {
        m_pointSize = pointSize;
        m_painter.reset();
    }

private:
    // One painter while the highlighted rows, the device and the size stay the same: the document asks for the
    // picture's size on every relayout, and a painter keeps its measurements.
    LadderPainter &painter(const QStringList &highlighted, QPaintDevice *device)
    {
        if (!m_painter || highlighted != m_painterTherapies || device != m_painterDevice) {
            m_painter.reset();
            m_painter = std::make_unique<LadderPainter>(m_ladder, style(), highlighted, device);
            m_painterTherapies = highlighted;
            m_painterDevice = device;
        }
        return *m_painter;
    }

    LadderStyle style() const
    {
        LadderStyle s;
        s.font = Handout::font(m_pointSize);
        return s;
    }
    static QStringList therapies(const QTextFormat &format)
    {
        return format.property(kLadderTherapies).toStringList();
    }

    EvidenceLadder m_ladder;
    qreal m_pointSize;
    std::unique_ptr<LadderPainter> m_painter;  // after m_ladder, which it refers to
    QStringList m_painterTherapies;
    QPaintDevice *m_painterDevice = nullptr;
};

Handout::Handout(const Content &content, HandoutOptions options)
    : m_content(content)
    , m_options(std::move(options))
{
}

Handout::~Handout() = default;

QString Handout::fontFamily()
{
    // BIZ UDPGothic: a universal-design face whose character map sends no common kanji to the look-alike Kangxi
    // radicals, so the PDF's text layer holds the characters the reader sees. Installed by project.sh.
    return QStringLiteral("BIZ UDPGothic");
}

QFont Handout::font(qreal pointSize)
{
    QFont f(fontFamily());
    f.setPointSizeF(pointSize);
    // No typographic ligatures: Qt's PDF writer gives a ligature glyph (fi, fl) no text, so "benefit" would copy
    // and read aloud as "bene t". Qt turns them off for any letter spacing that is set, and 100 % changes nothing
    // else. (Scripts that need their ligatures keep them.)
    f.setLetterSpacing(QFont::PercentageSpacing, 100);
    return f;
}

QStringList Handout::printableSections(const Content &content)
{
    QStringList ids;
    for (const SectionInfo &s : content.sections()) {
        if (s.id != QLatin1String("consultation"))
            ids << s.id;
    }
    return ids;
}

QStringList Handout::unknownSections(const Content &content, const QStringList &ids)
{
    const QStringList known = printableSections(content);
    QStringList unknown;
    for (const QString &id : ids) {
        if (!known.contains(id))
            unknown << id;
    }
    return unknown;
}

QStringList Handout::sectionsInOrder() const
{
    QStringList ordered;
    for (const QString &id : printableSections(m_content)) {
        if (m_options.sections.isEmpty() || m_options.sections.contains(id))
            ordered << id;
    }
    return ordered;
}

QString Handout::pageLabel(int page, int pages) const
{
    return m_content.label(QStringLiteral("handoutPage"), m_options.language).arg(page).arg(pages);
}

QString Handout::documentTitle() const
{
    const Language l = m_options.language;
    const QString title = m_content.label(QStringLiteral("handoutTitle"), l);
    const QStringList ids = sectionsInOrder();
    if (ids == printableSections(m_content))
        return title;
    QStringList titles;
    for (const QString &id : ids)
        titles << m_content.sectionTitle(id, l);
    return l == Language::Japanese ? title + QStringLiteral("：") + titles.join(QStringLiteral("、"))
                                   : title + QStringLiteral(": ") + titles.join(QStringLiteral(", "));
}

QString Handout::author() const
{
    return m_content.label(QStringLiteral("handoutTitle"), m_options.language);
}

QString Handout::subject() const
{
    return m_content.label(QStringLiteral("handoutSubject"), m_options.language);
}

namespace {

// The "can say" page on paper: its own introduction in place of the screen's, which speaks of panels and links.
void usePaperIntroduction(QTextDocument *part, const QString &intro)
{
    QTextBlock title = part->begin();
    while (title.isValid() && title.blockFormat().headingLevel() != 1)
        title = title.next();
    if (!title.isValid() || intro.isEmpty())
        return;
    QTextBlock first = title.next();
    QTextBlock last = first;
    for (QTextBlock b = first; b.isValid() && b.blockFormat().headingLevel() == 0
                                 && QTextCursor(b).currentFrame() == part->rootFrame();
         b = b.next())
        last = b;
    QTextCursor cursor(part);
    cursor.setPosition(title.position() + title.length() - 1);
    QTextBlockFormat paragraph;
    QTextCharFormat chars;
    if (first.isValid() && first.blockFormat().headingLevel() == 0) {
        paragraph = first.blockFormat();
        chars = first.charFormat();
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    for (const QString &text : intro.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        cursor.insertBlock(paragraph, chars);
        cursor.insertText(text.trimmed(), chars);
    }
}

} // namespace

void Handout::build(QPagedPaintDevice *device)
{
    const Language l = m_options.language;
    const qreal bodyPt = m_options.largePrint ? 16.0 : 10.5;
    m_doc = std::make_unique<QTextDocument>();
    m_doc->documentLayout()->setPaintDevice(device);
    // One continuous column: the pages are cut from it below, between lines and table rows, never through them.
    m_doc->setDocumentMargin(0);
    m_doc->setTextWidth(m_body.width());
    const QFont font = Handout::font(bodyPt);
    m_doc->setDefaultFont(font);
    m_ladder = std::make_unique<LadderObject>(m_content, l, m_options.largePrint ? 12.0 : 8.0);
    m_doc->documentLayout()->registerHandler(kLadderObject, m_ladder.get());

    const DocumentBuilder builder(m_content, l);
    QTextCharFormat ladderPicture;
    ladderPicture.setObjectType(kLadderObject);
    QTextCursor cursor(m_doc.get());
    const QStringList sections = sectionsInOrder();

    // The first page says what the handout holds and how current it is, and, from a clinic, whom to ask.
    QString cover = QStringLiteral("<h1>%1</h1>").arg(esc(m_content.label(QStringLiteral("handoutTitle"), l)));
    cover += clinicBlock();
    cover += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(m_content.label(QStringLiteral("handoutContains"), l)));
    for (const QString &id : sections)
        cover += QStringLiteral("<li>") + esc(m_content.sectionTitle(id, l)) + QStringLiteral("</li>");
    cover += QStringLiteral("</ul><p>%1: %2<br/>%3: %4</p><p>%5</p>")
                 .arg(esc(m_content.label(QStringLiteral("reviewed"), l)), esc(Content::formatDate(m_content.reviewed(), l)),
                      esc(m_content.label(QStringLiteral("nextReview"), l)),
                      esc(Content::formatDate(m_content.nextReview(), l)),
                      esc(m_content.label(QStringLiteral("handoutDisclaimer"), l)));
    cursor.insertHtml(cover);

    for (const QString &id : sections) {
        // Every section starts on a page of its own.
        QTextBlockFormat breakBefore;
        breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(breakBefore, QTextCharFormat());

        QTextDocument part;
        part.setDefaultFont(font);
        builder.buildSection(&part, id, {true, &ladderPicture});
        if (id == QLatin1String("can-say"))
            usePaperIntroduction(&part, m_content.label(QStringLiteral("canSayPaperIntro"), l));
        cursor.insertFragment(QTextDocumentFragment(&part));
    }

    formatForPaper();
    unsplitTables();
    fitPictures();
}

QString Handout::clinicBlock() const
{
    const ClinicProfile &clinic = m_options.clinic;
    if (!clinic.isSet())
        return {};
    const Language l = m_options.language;
    // A box of its own under the title, where a reader looks for it again: who to ask, and how to reach them.
    QString lines = QStringLiteral("<b>%1</b>").arg(esc(clinic.name.trimmed()));
    for (const QString &line : clinic.contactLines(l))
        lines += QStringLiteral("<br/>") + esc(line);
    return QStringLiteral("<table border=\"1\" cellpadding=\"10\" cellspacing=\"0\" width=\"100%\" "
                          "style=\"border-style:solid; border-color:#888888\"><tr><td><p><b>%1</b></p><p>%2</p>"
                          "</td></tr></table>")
        .arg(esc(translatedIn(l, "Handout", QT_TRANSLATE_NOOP("Handout", "Questions about this handout? Ask us:"))),
             lines);
}

QString Handout::clinicFooter() const
{
    const ClinicProfile &clinic = m_options.clinic;
    if (!clinic.isSet())
        return {};
    const Language l = m_options.language;
    const QString phone = clinic.phone.trimmed();
    return phone.isEmpty()
        ? translatedIn(l, "Handout", QT_TRANSLATE_NOOP("Handout", "Ask us: %1")).arg(clinic.name.trimmed())
        : translatedIn(l, "Handout", QT_TRANSLATE_NOOP("Handout", "Ask us: %1, telephone %2"))
              .arg(clinic.name.trimmed(), phone);
}

void Handout::fitPictures()
{
    // The ladder is printed on the page of its heading. Where the heading, the words that introduce the picture and
    // the picture are taller than a page (large print), the words follow the picture instead; if the heading and the
    // picture alone are still too tall, the picture's type is made smaller, a step at a time, down to a floor.
    const qreal floor = m_options.largePrint ? 10.0 : 7.0;
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    for (int round = 0; round < 16; ++round) {
        bool tooTall = false;
        bool moved = false;
        QTextBlock heading;
        for (QTextBlock b = m_doc->begin(); b.isValid() && !moved; b = b.next()) {
            if (b.blockFormat().headingLevel() > 0) {
                heading = b;
                continue;
            }
            if (!heading.isValid() || !isLadderPicture(b))
                continue;
            const qreal top = layout->blockBoundingRect(heading).top();
            const QRectF picture = layout->blockBoundingRect(b);
            if (picture.bottom() - top <= m_body.height())
                continue;
            const QTextBlock first = heading.next();
            const qreal headingHeight = layout->blockBoundingRect(first).top() - top;
            if (first == b || headingHeight + picture.height() > m_body.height()) {
                tooTall = true;
                continue;
            }
            // The introduction, as it is, after the picture.
            QList<QPair<QTextBlockFormat, QList<Run>>> intro;
            for (QTextBlock i = first; i != b; i = i.next()) {
                QList<Run> runs;
                for (auto f = i.begin(); !f.atEnd(); ++f)
                    runs << Run{f.fragment().text(), f.fragment().charFormat()};
                intro << qMakePair(i.blockFormat(), runs);
            }
            QTextCursor cursor(m_doc.get());
            cursor.setPosition(b.position() + b.length() - 1);
            for (const auto &[format, runs] : std::as_const(intro)) {
                cursor.insertBlock(format, runs.isEmpty() ? QTextCharFormat() : runs.first().format);
                for (const Run &run : runs)
                    cursor.insertText(run.text, run.format);
            }
            cursor.setPosition(heading.position() + heading.length() - 1);
            cursor.setPosition(b.position() - 1, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            moved = true;
        }
        if (moved)
            continue;
        if (!tooTall || m_ladder->pointSize() <= floor)
            return;
        m_ladder->setPointSize(std::max(floor, m_ladder->pointSize() * 0.92));
        for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
            if (isLadderPicture(b))
                m_doc->markContentsDirty(b.position(), b.length());
        }
    }
}

void Handout::formatForPaper()
{
    // The guide's reading layout, sized from the paper's body text (larger still in large print).
    DocumentBuilder::applyReadingLayout(m_doc.get());
    m_doc->setDocumentMargin(0);
    // Its spacing is in CSS pixels. Qt's layout scales a table's or a box's padding and margins to the printer but
    // takes a paragraph's margins as the printer's own pixels (a 300 dpi dot): they are scaled here, the top and
    // bottom ones each time (the reading layout sets them again), the side ones once.
    QPaintDevice *device = m_doc->documentLayout()->paintDevice();
    const qreal scale = device ? device->logicalDpiY() / 96.0 : 1.0;
    const qreal bodyPx = m_doc->defaultFont().pointSizeF() * 96.0 / 72.0;
    auto space = [&](design::Space step) { return design::space(step, bodyPx) * scale; };
    QTextCursor c(m_doc.get());
    // One edit: the layout runs once afterwards, not once per changed block (that made a 56-page handout take
    // 0.6 s here).
    c.beginEditBlock();
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        QTextBlockFormat f = b.blockFormat();
        f.setTopMargin(f.topMargin() * scale);
        f.setBottomMargin(f.bottomMargin() * scale);
        if (!f.hasProperty(kPaperSides)) {
            f.setLeftMargin(f.leftMargin() * scale);
            f.setRightMargin(f.rightMargin() * scale);
            f.setProperty(kPaperSides, true);
        }
        // A picture is as tall as it is drawn (a proportional line height would add blank space below it).
        if (isLadderPicture(b))
            f.setLineHeight(100, QTextBlockFormat::SingleHeight);
        // A table printed as blocks: each row opens with its shaded first cell; the other cells follow it, indented
        // under it, and the last one leaves room before the next row.
        if (const int role = f.intProperty(kStackedRole)) {
            const bool lastOfRow = !b.next().isValid()
                || b.next().blockFormat().intProperty(kStackedRowProperty) != f.intProperty(kStackedRowProperty);
            f.setTopMargin(0);
            f.setLeftMargin(role == RowHeading ? 0 : space(design::Space::L));
            f.setBottomMargin(role == RowHeading || !lastOfRow ? space(design::Space::XS) : space(design::Space::L));
        }
        if (f != b.blockFormat()) {
            c.setPosition(b.position());
            c.setBlockFormat(f);
        }
    }
    // Links are for screens: on paper they are plain text, with the identifiers written out. And every run of text
    // keeps the handout's letter spacing, which keeps ligatures out of the PDF (see font()).
    QTextCursor all(m_doc.get());
    all.select(QTextCursor::Document);
    QTextCharFormat plain;
    plain.setForeground(Qt::black);
    plain.setFontUnderline(false);
    plain.setFontLetterSpacingType(QFont::PercentageSpacing);
    plain.setFontLetterSpacing(100);
    all.mergeCharFormat(plain);
    c.endEditBlock();
}

void Handout::unsplitTables()
{
    // Words are never cut across lines. A table whose columns are too narrow for its words first gets column
    // widths from its content; if that is not enough (large print, many columns), it is printed as blocks.
    bool changed = false;
    int group = 0;
    m_doc->size();  // lays the document out
    for (QTextTable *table : tablesOf(m_doc->rootFrame())) {
        if (!cutsAWord(table))
            continue;
        QTextTableFormat format = table->format();
        const QList<QTextLength> widths = format.columnWidthConstraints();
        if (!widths.isEmpty()) {
            format.clearColumnWidthConstraints();
            table->setFormat(format);
            m_doc->size();
            const QRectF box = m_doc->documentLayout()->frameBoundingRect(table);
            if (!cutsAWord(table) && box.width() <= m_body.width() + 0.5)
                continue;
            format.setColumnWidthConstraints(widths);
            table->setFormat(format);
        }
        group = stackTable(m_doc.get(), table, group, m_options.language);
        changed = true;
    }
    if (changed)
        formatForPaper();
}

QList<qreal> Handout::pageCuts() const
{
    // The column as the page cutter sees it: each paragraph with its lines, each table row, each row printed as
    // blocks, each callout box, where each section starts and what is kept with what follows.
    if (!m_doc)
        return {0, 0};
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    QList<PageBlock> blocks;
    // A block's lines in document coordinates, wherever the block sits (top level, a table cell or a callout box).
    const auto linesOf = [](const QTextBlock &b, const QRectF &rect) {
        QList<PageSpan> lines;
        if (QTextLayout *l = b.layout()) {
            const qreal offset = rect.top() - l->boundingRect().top();
            for (int i = 0; i < l->lineCount(); ++i) {
                const QRectF line = l->lineAt(i).rect().translated(0, offset);
                lines << PageSpan{line.top(), line.bottom()};
            }
        }
        return lines;
    };
    QHash<QPair<QTextTable *, int>, PageBlock> rows;
    QHash<int, PageBlock> stackedRows;  // by the number the blocks of one row carry
    qreal rowPad = 0;
    QTextBlock lastHeading;
    int sinceHeading = 0;  // paragraphs since that heading
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next(), ++sinceHeading) {
        const QRectF rect = layout->blockBoundingRect(b);
        if (const int group = b.blockFormat().intProperty(kStackedRowProperty)) {
            auto it = stackedRows.find(group);
            if (it == stackedRows.end()) {
                PageBlock row = PageBlock::of(PageBlock::Kind::StackedRow, rect.top(), rect.bottom());
                row.keepWithNextUntil = rect.bottom();
                stackedRows.insert(group, row);
            } else {
                if (b.previous().blockFormat().intProperty(kStackedRole) == RowHeading)
                    it->keepWithNextUntil = rect.bottom();
                it->span.bottom = std::max(it->span.bottom, rect.bottom());
            }
        }
        QTextCursor cursor(b);
        if (QTextTable *table = cursor.currentTable()) {
            const QTextTableCell cell = table->cellAt(cursor);
            const qreal pad = table->format().cellPadding() + table->format().border();
            rowPad = std::max(rowPad, pad);
            const auto key = qMakePair(table, cell.row());
            auto it = rows.find(key);
            if (it == rows.end())
                it = rows.insert(key, PageBlock::of(PageBlock::Kind::TableRow, rect.top() - pad, rect.bottom() + pad));
            else
                it->span = {std::min(it->span.top, rect.top() - pad), std::max(it->span.bottom, rect.bottom() + pad)};
            it->lines << linesOf(b, rect);
            continue;
        }
        PageBlock paragraph = PageBlock::of(PageBlock::Kind::Paragraph, rect.top(), rect.bottom(), linesOf(b, rect));
        paragraph.sectionStart = b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        // A picture stays with the heading that introduces it (and the words between).
        if (b.blockFormat().headingLevel() > 0) {
            lastHeading = b;
            sinceHeading = 0;
        } else if (lastHeading.isValid() && sinceHeading <= 3 && isLadderPicture(b)) {
            paragraph.keepFromAbove = layout->blockBoundingRect(lastHeading).top();
        }
        // A heading stays with the first line after it.
        if (b.blockFormat().headingLevel() > 0) {
            QTextBlock next = b.next();
            while (next.isValid() && next.text().trimmed().isEmpty() && !QTextCursor(next).currentTable())
                next = next.next();
            if (next.isValid()) {
                const QRectF nextRect = layout->blockBoundingRect(next);
                qreal bottom = nextRect.bottom();
                if (!QTextCursor(next).currentTable() && next.layout() && next.layout()->lineCount() > 0)
                    bottom = nextRect.top() - next.layout()->boundingRect().top() + next.layout()->lineAt(0).rect().bottom();
                paragraph.keepWithNextUntil = bottom;
            }
        }
        blocks << paragraph;
    }
    blocks << stackedRows.values();
    // A table's heading row stays with its first row.
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (it.key().second == 0) {
            const auto first = rows.constFind(qMakePair(it.key().first, 1));
            if (first != rows.cend())
                it->keepWithNextUntil = first->span.bottom;
        }
        blocks << it.value();
    }
    QList<QTextFrame *> frames{m_doc->rootFrame()};
    for (int i = 0; i < frames.size(); ++i) {
        QTextFrame *frame = frames.at(i);
        frames << frame->childFrames();
        if (DocumentBuilder::calloutKind(frame) != design::Callout::None) {
            const QRectF box = layout->frameBoundingRect(frame);
            blocks << PageBlock::of(PageBlock::Kind::Callout, box.top(), box.bottom());
        }
    }
    return PageCutter(m_body.height(), m_doc->size().height(), rowPad).cut(blocks);
}

int Handout::paint(QPagedPaintDevice *device)
{
    device->setPageSize(QPageSize(m_options.pageSize));
    device->setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    const QRectF page(0, 0, device->width(), device->height());

    // The running header and footer: small in normal print, about three quarters of the body in large print.
    const QFont small = font(m_options.largePrint ? 12.0 : 8.0);
    const QFontMetricsF fm(small, device);
    // Past its review date, every page says so below the header line: a boxed, bold notice, wrapped to the width.
    const QString notice = m_content.isOverdue(Clock::today()) ? m_content.overdueNotice(m_options.language) : QString();
    QFont noticeFont = small;
    noticeFont.setBold(true);
    const qreal noticePad = fm.lineSpacing() * 0.5;
    QRectF noticeBox;
    if (!notice.isEmpty()) {
        const QRectF text = QFontMetricsF(noticeFont, device)
                                .boundingRect(QRectF(0, 0, page.width() - 2 * noticePad, page.height()),
                                              Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, notice);
        noticeBox = QRectF(0, fm.lineSpacing() * 1.7, page.width(), text.height() + 2 * noticePad);
    }
    const qreal header = notice.isEmpty() ? fm.lineSpacing() * 2.0 : noticeBox.bottom() + fm.lineSpacing() * 1.0;
    // From a clinic, a last line under the disclaimer: the clinic's name and telephone, on every page.
    // The disclaimer may wrap to three lines in large print: the clinic's line goes under its last one.
    const QString clinicLine = clinicFooter();
    const QString widestNumber = pageLabel(999, 999);
    const QRectF disclaimerArea(0, 0, page.width() - fm.horizontalAdvance(widestNumber) - fm.averageCharWidth() * 3,
                                page.height());
    const qreal disclaimerLines =
        fm.boundingRect(disclaimerArea, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                        m_content.label(QStringLiteral("handoutDisclaimer"), m_options.language))
            .height();
    const qreal footer = clinicLine.isEmpty()
        ? fm.lineSpacing() * 3.4
        : std::max(fm.lineSpacing() * 3.4, fm.lineSpacing() * 2.0 + disclaimerLines);
    m_body = QRectF(0, header, page.width(), page.height() - header - footer);

    build(device);
    const QList<qreal> cuts = pageCuts();
    const int pages = int(cuts.size()) - 1;
    const Language l = m_options.language;
    const QString title = m_content.label(QStringLiteral("handoutTitle"), l);
    const QString reviewed = m_content.label(QStringLiteral("reviewed"), l) + QStringLiteral(": ")
        + Content::formatDate(m_content.reviewed(), l);
    const QString disclaimer = m_content.label(QStringLiteral("handoutDisclaimer"), l);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device->newPage();
        painter.save();
        painter.translate(0, m_body.top() - cuts.at(p));
        // Only this page's lines: without the rectangle, lines of the pages before and after would be written,
        // invisible, into the PDF's text layer. Inset a little, so a line that ends exactly at a cut stays out.
        const QRectF clip(0, cuts.at(p), m_body.width(), cuts.at(p + 1) - cuts.at(p));
        painter.setClipRect(clip);
        m_doc->drawContents(&painter, clip.adjusted(0, 1, 0, -1));
        painter.restore();

        painter.setFont(small);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, 0, page.width(), fm.lineSpacing()), Qt::AlignLeft | Qt::AlignTop, title);
        painter.drawText(QRectF(0, 0, page.width(), fm.lineSpacing()), Qt::AlignRight | Qt::AlignTop, reviewed);
        painter.setPen(QPen(Qt::gray, 0));
        painter.drawLine(QPointF(0, fm.lineSpacing() * 1.3), QPointF(page.width(), fm.lineSpacing() * 1.3));
        if (!notice.isEmpty()) {
            painter.setPen(QPen(kWarning, fm.lineSpacing() * 0.1));
            painter.drawRect(noticeBox);
            painter.setFont(noticeFont);
            painter.drawText(noticeBox.adjusted(noticePad, noticePad, -noticePad, -noticePad),
                             Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, notice);
            painter.setFont(small);
            painter.setPen(QPen(Qt::gray, 0));
        }
        const qreal footTop = page.height() - footer + fm.lineSpacing() * 0.6;
        painter.drawLine(QPointF(0, footTop - fm.lineSpacing() * 0.3), QPointF(page.width(), footTop - fm.lineSpacing() * 0.3));
        painter.setPen(Qt::black);
        const QString number = pageLabel(p + 1, pages);
        const qreal numberWidth = fm.horizontalAdvance(number) + fm.averageCharWidth() * 3;
        QRectF used;
        painter.drawText(QRectF(0, footTop, page.width() - numberWidth, footer), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                         disclaimer, &used);
        if (!clinicLine.isEmpty()) {
            const QRectF line(0, used.bottom() + fm.lineSpacing() * 0.3, page.width(), fm.lineSpacing());
            painter.drawText(line, Qt::AlignLeft | Qt::AlignTop,
                             fm.elidedText(clinicLine, Qt::ElideRight, line.width()));
        }
        painter.drawText(QRectF(0, footTop, page.width(), fm.lineSpacing()), Qt::AlignRight | Qt::AlignTop, number);
    }
    painter.end();
    return pages;
}

namespace {

// A PDF text string: UTF-16BE with its byte order mark, in hex.
QByteArray pdfText(const QString &text)
{
    QByteArray utf16 = "\xfe\xff";
    for (const QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return '<' + utf16.toHex() + '>';
}

// The document's metadata as XMP (Dublin Core): title, author, description and language.
QByteArray xmpMetadata(const QString &title, const QString &author, const QString &subject, const QString &language)
{
    QByteArray xmp;
    QXmlStreamWriter w(&xmp);
    const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString xmpNs = QStringLiteral("http://ns.adobe.com/xap/1.0/");
    const QString pdf = QStringLiteral("http://ns.adobe.com/pdf/1.3/");
    w.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    w.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    w.writeNamespace(rdf, QStringLiteral("rdf"));
    w.writeNamespace(dc, QStringLiteral("dc"));
    w.writeNamespace(xmpNs, QStringLiteral("xmp"));
    w.writeNamespace(pdf, QStringLiteral("pdf"));
    w.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    w.writeStartElement(rdf, QStringLiteral("RDF"));
    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeAttribute(pdf, QStringLiteral("Producer"), QStringLiteral("Qt " QT_VERSION_STR));
    w.writeAttribute(xmpNs, QStringLiteral("CreatorTool"), QStringLiteral("ALS Evidence Guide"));
    auto list = [&](const QString &property, const QString &kind, const QString &value, bool languageAlternative) {
        w.writeStartElement(dc, property);
        w.writeStartElement(rdf, kind);
        w.writeStartElement(rdf, QStringLiteral("li"));
        if (languageAlternative)
            w.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
        w.writeCharacters(value);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    };
    list(QStringLiteral("title"), QStringLiteral("Alt"), title, true);
    list(QStringLiteral("creator"), QStringLiteral("Seq"), author, false);
    list(QStringLiteral("description"), QStringLiteral("Alt"), subject, true);
    list(QStringLiteral("language"), QStringLiteral("Bag"), language, false);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    return xmp;
}

// Qt's PDF writer (6.4) gives the document information a title and a creator only, and the catalogue no language.
// An incremental update (PDF 1.7, 7.5.6), appended to what it wrote, gives both objects again with the author,
// the subject, the language (for screen readers and read-aloud) and a request to show the title rather than the
// file name. A file not laid out as Qt writes it is left as it is.
bool addDocumentProperties(QByteArray *pdf, const QList<QPair<QByteArray, QByteArray>> &info,
                           const QList<QPair<QByteArray, QByteArray>> &catalog)
{
    static const QRegularExpression tail(QStringLiteral("trailer\\s*<<(.*)>>\\s*startxref\\s*(\\d+)\\s*%%EOF\\s*$"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const qsizetype from = pdf->lastIndexOf("trailer");
    if (from < 0)
        return false;
    const QRegularExpressionMatch m = tail.match(QString::fromLatin1(pdf->mid(from)));
    if (!m.hasMatch())
        return false;
    const QByteArray trailer = m.captured(1).toLatin1();
    const QByteArray previousXref = m.captured(2).toLatin1();
    auto reference = [&](const char *key) {
        static const QRegularExpression ref(QStringLiteral("^\\s*(\\d+)\\s+0\\s+R"));
        const qsizetype at = trailer.indexOf(key);
        return at < 0 ? 0 : ref.match(QString::fromLatin1(trailer.mid(at + qstrlen(key)))).captured(1).toInt();
    };
    const int infoObject = reference("/Info");
    const int catalogObject = reference("/Root");
    // An object's dictionary, as written: "N 0 obj\n<< … >>\nendobj".
    auto dictionary = [&](int object) {
        const QByteArray start = '\n' + QByteArray::number(object) + " 0 obj\n";
        const qsizetype at = pdf->indexOf(start);
        const qsizetype end = at < 0 ? -1 : pdf->indexOf("endobj", at);
        const QByteArray body = end < 0 ? QByteArray() : pdf->mid(at + start.size(), end - at - start.size()).trimmed();
        return body.startsWith("<<") && body.endsWith(">>") ? body : QByteArray();
    };
    const QByteArray oldInfo = dictionary(infoObject);
    const QByteArray oldCatalog = dictionary(catalogObject);
    if (infoObject <= 0 || catalogObject <= 0 || oldInfo.isEmpty() || oldCatalog.isEmpty())
        return false;

    QList<QPair<int, qsizetype>> offsets;
    auto write = [&](int object, const QByteArray &old, const QList<QPair<QByteArray, QByteArray>> &entries) {
        QByteArray added;
        for (const auto &[key, value] : entries) {
            if (!old.contains(key))
                added += key + ' ' + value + '\n';
        }
        if (!pdf->endsWith('\n'))
            *pdf += '\n';
        offsets << qMakePair(object, pdf->size());
        *pdf += QByteArray::number(object) + " 0 obj\n<<\n" + added + old.mid(2) + "\nendobj\n";
    };
    write(infoObject, oldInfo, info);
    write(catalogObject, oldCatalog, catalog);
    const qsizetype xref = pdf->size();
    *pdf += "xref\n";
    for (const auto &[object, offset] : std::as_const(offsets))
        *pdf += QByteArray::number(object) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    *pdf += "trailer\n<<" + trailer + "/Prev " + previousXref + "\n>>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n";
    return true;
}

} // namespace

bool Handout::writePdf(QIODevice *device, QString *error)
{
    // Drawn into memory first: the document properties are added to the finished file.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("ALS Evidence Guide"));
        writer.setTitle(documentTitle());
        writer.setDocumentXmpMetadata(xmpMetadata(documentTitle(), author(), subject(), languageCode(m_options.language)));
        const int pages = paint(&writer);
        if (pages <= 0) {
            *error = QStringLiteral("the PDF could not be drawn");
            return false;
        }
    }
    if (!addDocumentProperties(&pdf, {{"/Author", pdfText(author())}, {"/Subject", pdfText(subject())}},
                               {{"/Lang", pdfText(languageCode(m_options.language))},
                                {"/ViewerPreferences", "<< /DisplayDocTitle true >>"}}))
        qCWarning(lcHandout) << "the PDF's author, subject and language could not be added";
    if (device->write(pdf) != pdf.size()) {
        *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace als

#include "Handout.moc"
