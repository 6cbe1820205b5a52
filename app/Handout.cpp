#include "Handout.h"

#include "Clock.h"
#include "DocumentBuilder.h"
#include "EvidenceLadder.h"
#include "LadderPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextTable>
#include <QHash>
#include <QTextLayout>
#include <QTextObjectInterface>

#include <cmath>

namespace als {

namespace {

constexpr int kLadderObject = QTextFormat::UserObject + 1;
constexpr int kLadderTherapies = DocumentBuilder::kLadderTherapiesProperty;
static_assert(kLadderTherapies == QTextFormat::UserProperty + 1);
// The overdue notice on paper: dark orange-red, 7.1:1 on white, and bold so that it stands out in grey too.
constexpr QColor kWarning(0x9a, 0x2c, 0x00);

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
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
        return {width, LadderPainter(m_ladder, style(), therapies(format), device).heightForWidth(width)};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        LadderPainter(m_ladder, style(), therapies(format), painter->device()).paint(painter, rect);
    }

private:
    LadderStyle style() const
    {
        LadderStyle s;
        s.font = QFont(Handout::fontFamily());
        s.font.setPointSizeF(m_pointSize);
        return s;
    }
    static QStringList therapies(const QTextFormat &format)
    {
        return format.property(kLadderTherapies).toStringList();
    }

    EvidenceLadder m_ladder;
    qreal m_pointSize;
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

void Handout::build(QPagedPaintDevice *device)
{
    const Language l = m_options.language;
    const qreal bodyPt = m_options.largePrint ? 16.0 : 10.5;
    m_doc = std::make_unique<QTextDocument>();
    m_doc->documentLayout()->setPaintDevice(device);
    // One continuous column: the pages are cut from it below, between lines and table rows, never through them.
    m_doc->setDocumentMargin(0);
    m_doc->setTextWidth(m_body.width());
    QFont font(fontFamily());
    font.setPointSizeF(bodyPt);
    m_doc->setDefaultFont(font);
    m_ladder = std::make_unique<LadderObject>(m_content, l, m_options.largePrint ? 12.0 : 8.0);
    m_doc->documentLayout()->registerHandler(kLadderObject, m_ladder.get());

    const DocumentBuilder builder(m_content, l);
    QTextCharFormat ladderPicture;
    ladderPicture.setObjectType(kLadderObject);
    QTextCursor cursor(m_doc.get());
    const QStringList sections = sectionsInOrder();

    // The first page says what the handout holds and how current it is.
    QString cover = QStringLiteral("<h1>%1</h1><p><b>%2</b></p><ul>")
                        .arg(esc(m_content.label(QStringLiteral("handoutTitle"), l)),
                             esc(m_content.label(QStringLiteral("handoutContains"), l)));
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
        cursor.insertFragment(QTextDocumentFragment(&part));
    }

    // Reading comfort, in print too: wider lines, room around headings; larger still in large print.
    DocumentBuilder::applyReadingLayout(m_doc.get());
    m_doc->setDocumentMargin(0);
    if (m_options.largePrint) {
        QTextCursor c(m_doc.get());
        for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() > 0)
                continue;
            QTextBlockFormat f = b.blockFormat();
            f.setLineHeight(170, QTextBlockFormat::ProportionalHeight);
            c.setPosition(b.position());
            c.setBlockFormat(f);
        }
    }
    // Links are for screens: on paper they are plain text, with the identifiers written out.
    QTextCursor all(m_doc.get());
    all.select(QTextCursor::Document);
    QTextCharFormat plain;
    plain.setForeground(Qt::black);
    plain.setFontUnderline(false);
    all.mergeCharFormat(plain);
}

QList<qreal> Handout::pageCuts() const
{
    // Everything that must not be cut: each line of text, each table row, each heading with the line after it.
    if (!m_doc || m_body.height() <= 1)
        return {0, m_doc ? m_doc->size().height() : 0};
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    QList<QPair<qreal, qreal>> keep;
    QList<QPair<qreal, qreal>> lineSpans;  // every line, table cells included: the fallback for oversized spans
    QList<QPair<qreal, qreal>> hard;       // a paragraph or a table row: never cut if it fits on a page
    QList<qreal> forced;
    QHash<QPair<QTextTable *, int>, QPair<qreal, qreal>> rows;
    qreal rowPad = 0;  // padded row spans of neighbouring rows overlap by up to twice this
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        const QRectF rect = layout->blockBoundingRect(b);
        if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            forced << rect.top();
        if (QTextLayout *l = b.layout(); l && l->lineCount() > 0) {
            // A block's lines in document coordinates, wherever the block sits (top level or in a table cell).
            const QPointF offset = rect.topLeft() - l->boundingRect().topLeft();
            for (int i = 0; i < l->lineCount(); ++i) {
                const QRectF line = l->lineAt(i).rect().translated(offset);
                lineSpans << qMakePair(line.top(), line.bottom());
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
                rows.insert(key, qMakePair(rect.top() - pad, rect.bottom() + pad));
            else
                *it = qMakePair(std::min(it->first, rect.top() - pad), std::max(it->second, rect.bottom() + pad));
            continue;
        }
        // A paragraph is kept whole where it can be: a page drawn from a block draws all its lines into the
        // PDF's text layer, even those clipped away, so a cut inside one would repeat its lines on two pages. Only
        // a paragraph too tall for a page is cut between its lines. (Outside tables a block's layout sits in
        // document coordinates, its margins already applied.)
        QTextLayout *lines = b.layout();
        if (rect.height() < m_body.height() * 0.6) {
            keep << qMakePair(rect.top(), rect.bottom());
            hard << qMakePair(rect.top(), rect.bottom());
        } else {
            for (int i = 0; lines && i < lines->lineCount(); ++i) {
                const QRectF line = lines->lineAt(i).rect().translated(lines->position());
                keep << qMakePair(line.top(), line.bottom());
            }
        }
        if (b.blockFormat().headingLevel() > 0) {
            QTextBlock next = b.next();
            while (next.isValid() && next.text().trimmed().isEmpty() && !QTextCursor(next).currentTable())
                next = next.next();
            if (next.isValid()) {
                const QRectF nextRect = layout->blockBoundingRect(next);
                qreal bottom = nextRect.bottom();
                if (!QTextCursor(next).currentTable() && next.layout() && next.layout()->lineCount() > 0)
                    bottom = next.layout()->position().y() + next.layout()->lineAt(0).rect().bottom();
                keep << qMakePair(rect.top(), std::min(bottom, rect.top() + m_body.height() * 0.5));
            }
        }
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        keep << it.value();
        hard << it.value();
        // A table's heading row stays with its first row, when the two fit on a page together.
        if (it.key().second == 0) {
            const auto first = rows.constFind(qMakePair(it.key().first, 1));
            if (first != rows.cend() && first.value().second - it.value().first <= m_body.height())
                keep << qMakePair(it.value().first, first.value().second);
        }
    }

    // Merge the spans, then cut each page at the last free point that fits.
    std::sort(keep.begin(), keep.end());
    QList<QPair<qreal, qreal>> merged;
    for (const auto &span : std::as_const(keep)) {
        if (!merged.isEmpty() && span.first < merged.last().second - 0.01)
            merged.last().second = std::max(merged.last().second, span.second);
        else
            merged << span;
    }
    std::sort(forced.begin(), forced.end());
    const qreal end = m_doc->size().height();
    const qreal pageHeight = m_body.height();
    QList<qreal> cuts{0};
    while (cuts.last() < end - 0.5) {
        const qreal start = cuts.last();
        qreal limit = std::min(start + pageHeight, end);
        for (qreal f : std::as_const(forced)) {
            if (f > start + 1 && f < limit) {
                limit = f;
                break;
            }
        }
        qreal cut = limit;
        for (const auto &span : std::as_const(merged)) {
            if (span.first < limit && span.second > limit) {
                // The limit falls inside something: cut before it. Something taller than a whole page is cut at
                // the last gap between its lines that fits, never through a line.
                if (span.first > start + 1) {
                    cut = span.first;
                } else {
                    // First choice: the start of a row or paragraph inside it; only then a gap between lines.
                    qreal best = -1;
                    // (Keeping a heading with what follows gives way here; a row or a paragraph does not.)
                    for (const auto &part : std::as_const(hard)) {
                        if (part.first > start + 1 && part.first <= limit && part.first > best) {
                            bool inside = false;
                            const qreal tolerance = 2 * rowPad + 1;
                            for (const auto &other : std::as_const(hard)) {
                                if (other.first < part.first - tolerance && other.second > part.first + tolerance
                                    && other.second - other.first <= pageHeight) {
                                    inside = true;
                                    break;
                                }
                            }
                            if (!inside)
                                best = part.first;
                        }
                    }
                    if (best > start + 1) {
                        cut = best;
                        break;
                    }
                    for (const auto &line : std::as_const(lineSpans)) {
                        if (line.second <= limit && line.second > start + 1 && line.second > best) {
                            bool insideAnother = false;
                            for (const auto &other : std::as_const(lineSpans)) {
                                if (other.first < line.second - 0.01 && other.second > line.second + 0.01) {
                                    insideAnother = true;
                                    break;
                                }
                            }
                            if (!insideAnother)
                                best = line.second;
                        }
                    }
                    cut = best > start + 1 ? best : limit;
                }
                break;
            }
        }
        cuts << cut;
    }
    return cuts;
}

int Handout::paint(QPagedPaintDevice *device)
{
    device->setPageSize(QPageSize(m_options.pageSize));
    device->setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    const QRectF page(0, 0, device->width(), device->height());

    QFont small(fontFamily());
    small.setPointSizeF(m_options.largePrint ? 11.0 : 8.0);
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
    const qreal footer = fm.lineSpacing() * 3.4;
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
        painter.drawText(QRectF(0, footTop, page.width() - numberWidth, footer), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                         disclaimer);
        painter.drawText(QRectF(0, footTop, page.width(), fm.lineSpacing()), Qt::AlignRight | Qt::AlignTop, number);
    }
    painter.end();
    return pages;
}

bool Handout::writePdf(QIODevice *device, QString *error)
{
    QPdfWriter writer(device);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("ALS Evidence Guide"));
    writer.setTitle(m_content.label(QStringLiteral("handoutTitle"), m_options.language));
    const int pages = paint(&writer);
    if (pages <= 0) {
        *error = QStringLiteral("the PDF could not be drawn");
        return false;
    }
    return true;
}

} // namespace als

#include "Handout.moc"
