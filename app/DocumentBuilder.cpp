#include "DocumentBuilder.h"

#include "EvidenceLadder.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <cmath>

Q_LOGGING_CATEGORY(lcDocument, "als.document")

namespace als {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Stand-ins for the callout markers while Qt reads the Markdown (it drops HTML comments): a paragraph that starts
// with a private-use character, which no content uses.
constexpr QChar kCalloutSentinel(0xE000);
constexpr QChar kEndOfFrame(0xFDD1);  // QTextEndOfFrame

// A block's own side margins (a statement's indent, say), kept when the reading column adds its own.
constexpr int kOwnLeftMargin = QTextFormat::UserProperty + 3;
constexpr int kOwnRightMargin = QTextFormat::UserProperty + 4;
// A text colour set by the content (not a link's), kept so that every palette starts again from it.
constexpr int kOwnForeground = QTextFormat::UserProperty + 5;

QString markCallouts(const QString &markdown)
{
    static const QRegularExpression marker(
        QStringLiteral("^[ \\t]*<!--\\s*(/?)callout(?::\\s*([A-Za-z-]+))?\\s*-->[ \\t]*$"),
        QRegularExpression::MultilineOption);
    QString out;
    out.reserve(markdown.size());
    qsizetype from = 0;
    for (auto it = marker.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(markdown).mid(from, m.capturedStart() - from);
        const QString kind = m.captured(1).isEmpty() ? m.captured(2) : QStringLiteral("/");
        out += QStringLiteral("\n\n") + kCalloutSentinel + kind + QStringLiteral("\n\n");
        from = m.capturedEnd();
    }
    out += QStringView(markdown).mid(from);
    return out;
}

bool isSentinel(const QTextBlock &block)
{
    return block.text().startsWith(kCalloutSentinel);
}

design::Callout calloutFromName(const QString &name)
{
    if (name == QLatin1String("key-points"))
        return design::Callout::KeyPoints;
    if (name == QLatin1String("warning"))
        return design::Callout::Warning;
    return design::Callout::None;
}

// Removes a whole block, leaving the blocks around it as they were. A block's format lives in the separator before
// it: delete that separator with the text where it is a plain one; at the start of a frame, delete the text with the
// separator after it and give the next block its format back.
void removeBlock(QTextDocument *doc, const QTextBlock &block)
{
    QTextCursor cursor(doc);
    const int start = block.position();
    const int end = start + block.length() - 1;
    if (start > 0 && doc->characterAt(start - 1) == QChar::ParagraphSeparator) {
        cursor.setPosition(start - 1);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        return;
    }
    const QTextBlock next = block.next();
    if (!next.isValid() || doc->characterAt(end) != QChar::ParagraphSeparator) {
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        return;
    }
    const QTextBlockFormat format = next.blockFormat();
    const QTextCharFormat chars = next.charFormat();
    cursor.setPosition(start);
    cursor.setPosition(end + 1, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    cursor.setBlockFormat(format);
    cursor.setBlockCharFormat(chars);
}

// Puts the blocks between each pair of markers into a frame of their own: the callout box.
void wrapCallouts(QTextDocument *doc)
{
    for (;;) {
        QTextBlock start;
        for (QTextBlock b = doc->begin(); b.isValid() && !start.isValid(); b = b.next()) {
            if (isSentinel(b))
                start = b;
        }
        if (!start.isValid())
            return;
        QTextBlock end = start.next();
        while (end.isValid() && !isSentinel(end))
            end = end.next();
        const QString name = start.text().mid(1);
        const design::Callout kind = calloutFromName(name);
        if (kind == design::Callout::None || !end.isValid() || end == start.next()) {
            if (name != QLatin1String("/"))
                qCWarning(lcDocument) << "callout marker without a passage or a known kind:" << name;
            removeBlock(doc, start);
            continue;
        }
        QTextFrameFormat format;
        format.setProperty(DocumentBuilder::kCalloutProperty, int(kind));
        QTextCursor cursor(doc);
        cursor.setPosition(start.position());
        cursor.setPosition(end.position() + end.length() - 1, QTextCursor::KeepAnchor);
        QTextFrame *frame = cursor.insertFrame(format);
        // The frame leaves an empty paragraph before it: join it to the one before, unless that is a table.
        const QTextBlock before = doc->findBlock(frame->firstPosition()).previous();
        if (before.isValid() && before.length() == 1 && before.position() > 0
            && doc->characterAt(before.position() - 1) == QChar::ParagraphSeparator) {
            QTextCursor join(doc);
            join.setPosition(before.position() - 1);
            join.setPosition(before.position(), QTextCursor::KeepAnchor);
            join.removeSelectedText();
        }
        removeBlock(doc, doc->findBlock(frame->firstPosition()));
        removeBlock(doc, doc->findBlock(frame->lastPosition()));
    }
}

// Every table and callout frame, at any depth.
void collectFrames(QTextFrame *frame, QList<QTextFrame *> *frames)
{
    for (QTextFrame *child : frame->childFrames()) {
        frames->append(child);
        collectFrames(child, frames);
    }
}

bool allBold(const QTextTableCell &cell)
{
    bool any = false;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        for (auto f = it.currentBlock().begin(); !f.atEnd(); ++f) {
            if (f.fragment().text().trimmed().isEmpty())
                continue;
            if (f.fragment().charFormat().fontWeight() < QFont::DemiBold)
                return false;
            any = true;
        }
    }
    return any;
}

void styleTable(QTextTable *table, const design::Colours &colours, qreal bodyPx)
{
    QTextTableFormat format = table->format();
    format.setBorderCollapse(true);
    format.setBorder(design::kRuleWidthPx);
    format.setBorderBrush(colours.rule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellSpacing(0);
    format.setCellPadding(bodyPx * design::kCellPaddingEm);
    format.setTopMargin(design::space(design::Space::S, bodyPx));
    format.setBottomMargin(design::space(design::Space::L, bodyPx));
    if (format.width().type() == QTextLength::VariableLength)
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    table->setFormat(format);
    // The heading row is shaded; a table without one (a study's details) shades its heading column instead.
    const int headerRows = format.headerRowCount();
    for (int row = 0; row < table->rows(); ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue;  // the rest of a spanning cell
            const bool heading = row < headerRows || (headerRows == 0 && column == 0 && allBold(cell));
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            if (heading)
                cellFormat.setBackground(colours.headerShade);
            else
                cellFormat.clearBackground();
            cell.setFormat(cellFormat);
        }
    }
}

void styleCallout(QTextFrame *frame, design::Callout kind, const design::Colours &colours, qreal bodyPx)
{
    QTextFrameFormat format = frame->frameFormat();
    format.setBackground(colours.tint(kind));
    format.setBorder(colours.calloutBorder);
    format.setBorderBrush(colours.edge(kind));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setPadding(design::space(design::Space::L, bodyPx));
    format.setTopMargin(design::space(design::Space::M, bodyPx));
    format.setBottomMargin(design::space(design::Space::L, bodyPx));
    frame->setFrameFormat(format);
}

// What a piece of text is drawn on: its cell's or its box's tint, else the page.
QColor backgroundAt(const QTextCursor &at, const design::Colours &colours)
{
    if (QTextTable *table = at.currentTable()) {
        const QBrush cell = table->cellAt(at).format().background();
        if (cell.style() != Qt::NoBrush)
            return cell.color();
    }
    for (QTextFrame *frame = at.currentFrame(); frame; frame = frame->parentFrame()) {
        const design::Callout kind = DocumentBuilder::calloutKind(frame);
        if (kind != design::Callout::None)
            return colours.tint(kind);
    }
    return colours.background;
}

} // namespace

void DocumentBuilder::appendHeading(QTextDocument *doc, const QString &text, int level)
{
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    QTextCharFormat chars;
    chars.setFontWeight(QFont::Bold);
    chars.setProperty(QTextFormat::FontSizeAdjustment, std::max(0, 4 - level));
    if (cursor.block().text().isEmpty() && !cursor.currentTable() && !cursor.currentList() && doc->characterCount() > 1)
        cursor.setBlockFormat(block);
    else if (doc->characterCount() > 1)
        cursor.insertBlock(block, chars);
    else
        cursor.setBlockFormat(block);
    cursor.insertText(text, chars);
}

void DocumentBuilder::appendHtml(QTextDocument *doc, const QString &html)
{
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertHtml(html);
}

DocumentBuilder::DocumentBuilder(const Content &content, Language language)
    : m_content(content)
    , m_language(language)
{
}

QString DocumentBuilder::label(const char *key) const
{
    return m_content.label(QLatin1String(key), m_language);
}

void DocumentBuilder::buildSection(QTextDocument *doc, const QString &sectionId, const SectionExtras &extras) const
{
    doc->clear();
    setMarkdown(doc, m_content.sectionMarkdown(sectionId, m_language));
    doc->setMetaInformation(QTextDocument::DocumentTitle, m_content.sectionTitle(sectionId, m_language));

    const SectionInfo *section = m_content.section(sectionId);
    if (section && !section->therapies.isEmpty()) {
        const EvidenceLadder ladder(m_content, m_language);
        if (extras.ladderPicture) {
            appendHeading(doc, label("ladderHeading"), 2);
            appendHtml(doc, QStringLiteral("<p>%1</p>").arg(esc(label("ladderIntro"))));
            QTextCursor cursor(doc);
            cursor.movePosition(QTextCursor::End);
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
            QTextCharFormat picture = *extras.ladderPicture;
            picture.setProperty(kLadderTherapiesProperty, section->therapies);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), picture);
        }
        appendHeading(doc, label("studiesHeading"), 2);
        appendHtml(doc, studiesTableHtml(section->therapies));
        appendHeading(doc, label("ladderTableHeading"), 2);
        appendHtml(doc, ladder.tableHtml());
    } else if (extras.statements && sectionId == QLatin1String("can-say")) {
        appendHeading(doc, label("statementsCan"), 2);
        appendHtml(doc, statementsHtml(Statement::Panel::CanSay));
        appendHeading(doc, label("statementsCannot"), 2);
        appendHtml(doc, statementsHtml(Statement::Panel::CannotSay));
    } else if (sectionId == QLatin1String("references")) {
        appendHeading(doc, label("studiesList"), 2);
        appendHtml(doc, studyReferencesHtml());
        appendHeading(doc, label("otherSources"), 2);
        appendHtml(doc, sourceReferencesHtml());
    }
    applyReadingLayout(doc);
}

void DocumentBuilder::setMarkdown(QTextDocument *doc, const QString &markdown)
{
    doc->setMarkdown(markCallouts(markdown));
    // Markdown tables always have a heading row; Qt does not record it.
    QList<QTextFrame *> frames;
    collectFrames(doc->rootFrame(), &frames);
    for (QTextFrame *frame : std::as_const(frames)) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setHeaderRowCount(1);
            table->setFormat(format);
            for (int column = 0; column < table->columns(); ++column) {
                QTextCursor cell = table->cellAt(0, column).firstCursorPosition();
                cell.setPosition(table->cellAt(0, column).lastPosition(), QTextCursor::KeepAnchor);
                QTextCharFormat bold;
                bold.setFontWeight(QFont::Bold);
                cell.mergeCharFormat(bold);
            }
        }
    }
    wrapCallouts(doc);
}

design::Callout DocumentBuilder::calloutKind(const QTextFrame *frame)
{
    if (!frame || qobject_cast<const QTextTable *>(frame))
        return design::Callout::None;
    return design::Callout(frame->frameFormat().intProperty(kCalloutProperty));
}

void DocumentBuilder::applyReadingLayout(QTextDocument *doc)
{
    applyReadingLayout(doc, design::Colours::paper());
}

void DocumentBuilder::applyReadingLayout(QTextDocument *doc, const design::Colours &colours)
{
    using design::Space;
    const QFont base = doc->defaultFont();
    const bool pixels = base.pixelSize() > 0;
    // In CSS pixels: the tokens are, and Qt's layout turns them into a printer's units.
    const qreal bodyPx = pixels ? base.pixelSize() : base.pointSizeF() * 96.0 / 72.0;
    auto space = [bodyPx](Space step) { return design::space(step, bodyPx); };

    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    doc->setIndentWidth(bodyPx * 1.75);

    QList<QTextFrame *> frames;
    collectFrames(doc->rootFrame(), &frames);
    for (QTextFrame *frame : std::as_const(frames)) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            styleTable(table, colours, bodyPx);
        else if (const design::Callout kind = calloutKind(frame); kind != design::Callout::None)
            styleCallout(frame, kind, colours, bodyPx);
    }

    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextBlockFormat format = b.blockFormat();
        QTextCursor at(b);
        const int level = format.headingLevel();
        const bool inTable = at.currentTable() != nullptr;
        const QTextFrame *frame = at.currentFrame();
        if (inTable) {
            format.setLineHeight(design::kTableLineHeightPercent, QTextBlockFormat::ProportionalHeight);
            format.setTopMargin(0);
            format.setBottomMargin(0);
        } else if (level > 0) {
            format.setLineHeight(design::kHeadingLineHeightPercent, QTextBlockFormat::ProportionalHeight);
            format.setTopMargin(level == 1   ? 0
                                : level == 2 ? space(Space::XXL)
                                : level == 3 ? space(Space::XL)
                                             : space(Space::L));
            format.setBottomMargin(level <= 2 ? space(Space::M) : space(Space::S));
        } else if (b.text().isEmpty() && b.position() > 0 && doc->characterAt(b.position() - 1) == kEndOfFrame) {
            // The empty paragraph Qt keeps after every table and box: no height of its own.
            format.setLineHeight(0, QTextBlockFormat::FixedHeight);
            format.setTopMargin(0);
            format.setBottomMargin(0);
        } else if (QTextList *list = b.textList()) {
            format.setLineHeight(design::kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
            format.setTopMargin(0);
            const bool last = list->itemNumber(b) == list->count() - 1;
            format.setBottomMargin(last ? space(Space::M) : space(Space::XS));
        } else {
            format.setLineHeight(design::kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
            format.setTopMargin(0);
            format.setBottomMargin(space(Space::M));
        }
        if (b.position() == 0)
            format.setTopMargin(0);  // the page's own margin is room enough above the first line
        // Inside a box, its padding is the room at the top and the bottom.
        if (!inTable && frame != doc->rootFrame()) {
            if (b.position() == frame->firstPosition())
                format.setTopMargin(0);
            if (b.position() + b.length() - 1 == frame->lastPosition())
                format.setBottomMargin(0);
        }
        if (format != b.blockFormat())
            at.setBlockFormat(format);

        // Characters: the heading sizes, the links' colour, and every colour readable on its background.
        const QColor background = backgroundAt(at, colours);
        // Read every fragment first, then change them: a fragment given a new format can merge with or split from
        // its neighbours, and walking the block while it changes can then come back to the same text without end
        // (found by fuzzing: a heading whose fragments kept swapping formats).
        struct Change
        {
            int position;
            int length;
            QTextCharFormat format;
        };
        QList<Change> changes;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat chars = fragment.charFormat();
            if (level > 0) {
                const qreal scale = design::headingScale(level);
                chars.clearProperty(QTextFormat::FontSizeAdjustment);
                if (pixels) {
                    chars.clearProperty(QTextFormat::FontPointSize);
                    chars.setProperty(QTextFormat::FontPixelSize, qRound(base.pixelSize() * scale));
                } else {
                    chars.setFontPointSize(base.pointSizeF() * scale);
                }
                chars.setFontWeight(QFont::Bold);
            }
            if (chars.isAnchor() && !chars.anchorHref().isEmpty()) {
                chars.setForeground(design::withContrast(colours.link, background));
                chars.setFontUnderline(true);
            } else if (chars.hasProperty(QTextFormat::ForegroundBrush) || chars.hasProperty(kOwnForeground)) {
                if (!chars.hasProperty(kOwnForeground))
                    chars.setProperty(kOwnForeground, chars.foreground().color());
                chars.setForeground(design::withContrast(chars.colorProperty(kOwnForeground), background));
            }
            if (chars != fragment.charFormat())
                changes.append({fragment.position(), fragment.length(), chars});
        }
        for (const Change &change : std::as_const(changes)) {
            QTextCursor select(doc);
            select.setPosition(change.position);
            select.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
            select.setCharFormat(change.format);
        }
    }
    cursor.endEditBlock();
}

void DocumentBuilder::applyColumn(QTextDocument *doc, qreal pageWidth, qreal columnWidth, qreal wideTableWidth,
                                  qreal minMargin)
{
    const qreal side = std::max(minMargin, (pageWidth - columnWidth) / 2);
    const qreal wideSide = std::max(minMargin, (pageWidth - wideTableWidth) / 2);
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    QTextFrameFormat root = doc->rootFrame()->frameFormat();
    root.setLeftMargin(0);
    root.setRightMargin(0);
    doc->rootFrame()->setFrameFormat(root);
    for (auto it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            const bool wide = frame->frameFormat().boolProperty(kWideFrameProperty)
                || (table && table->columns() >= design::kWideTableColumns);
            const qreal margin = std::floor(wide ? wideSide : side);
            QTextFrameFormat format = frame->frameFormat();
            format.setLeftMargin(margin);
            format.setRightMargin(margin);
            // A table in whole pixels, its outer rules included: a fraction over the width would scroll the page.
            if (table)
                format.setWidth(QTextLength(QTextLength::FixedLength,
                                            std::floor(pageWidth - 2 * margin) - 2 * design::kRuleWidthPx));
            if (format != frame->frameFormat())
                frame->setFrameFormat(format);
            continue;
        }
        const QTextBlock b = it.currentBlock();
        QTextBlockFormat format = b.blockFormat();
        if (!format.hasProperty(kOwnLeftMargin)) {
            format.setProperty(kOwnLeftMargin, format.leftMargin());
            format.setProperty(kOwnRightMargin, format.rightMargin());
        }
        format.setLeftMargin(format.doubleProperty(kOwnLeftMargin) + side);
        format.setRightMargin(format.doubleProperty(kOwnRightMargin) + side);
        if (format != b.blockFormat()) {
            cursor.setPosition(b.position());
            cursor.setBlockFormat(format);
        }
    }
    cursor.endEditBlock();
}

QString DocumentBuilder::studyShortName(const Study &study) const
{
    const Citation &c = study.citation;
    QString name;
    // A group author ("Writing Group on behalf of …") is too long for a link: the journal names it better.
    if (!c.authors.isEmpty() && c.authors.section(QLatin1Char(','), 0, 0).size() <= 30) {
        const QString first = c.authors.section(QLatin1Char(','), 0, 0).trimmed();
        const bool more = c.authors.contains(QLatin1Char(','));
        name = first;
        if (more)
            name += m_language == Language::Japanese ? QStringLiteral(" ほか") : QStringLiteral(" et al.");
    } else {
        name = c.journal;
    }
    if (c.year > 0)
        name += QStringLiteral(", ") + QString::number(c.year);
    return name;
}

QString DocumentBuilder::participantsText(const Study &study) const
{
    QString text = study.participants ? localeFor(m_language).toString(*study.participants) : label("notReported");
    const QString note = study.participantsNote.in(m_language);
    if (!note.isEmpty())
        text += QStringLiteral(" (") + note + QLatin1Char(')');
    return text;
}

QString DocumentBuilder::certaintyText(Certainty certainty) const
{
    const int dots = certaintyRank(certainty) + 1;  // one filled dot for very low, four for high
    return QString(dots, QChar(0x25CF)) + QString(4 - dots, QChar(0x25CB)) + QLatin1Char(' ')
        + m_content.certaintyLabel(certainty, m_language);
}

QString DocumentBuilder::studiesTableHtml(const QStringList &therapies) const
{
    // The table style (rules, padding, the shaded heading row) is applyReadingLayout()'s, as for every table.
    QString html = QStringLiteral("<table width=\"100%\"><thead><tr>");
    // Fixed shares of the width: the first column carries the study's name and its one-line summary.
    const std::pair<const char *, int> columns[] = {{"citation", 30}, {"design", 15}, {"participants", 11},
                                                    {"control", 7},   {"outcome", 14}, {"result", 10},
                                                    {"certainty", 13}};
    for (const auto &[key, width] : columns)
        html += QStringLiteral("<th width=\"%1%\">").arg(width) + esc(label(key)) + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead><tbody>");
    for (const Study &s : m_content.studiesFor(therapies)) {
        html += QStringLiteral("<tr><td><a href=\"study:%1\">%2</a><br/>%3</td>")
                    .arg(esc(s.id), esc(studyShortName(s)), esc(s.summary.in(m_language)));
        html += QStringLiteral("<td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5 %6</td><td>%7</td></tr>")
                    .arg(esc(s.design.in(m_language)), esc(participantsText(s)),
                         esc(label(s.control ? "yes" : "no")), esc(s.outcome.in(m_language)),
                         esc(m_content.resultSymbol(s.result)), esc(m_content.resultLabel(s.result, m_language)),
                         esc(certaintyText(s.certainty)));
    }
    html += QStringLiteral("</tbody></table>");
    return html;
}

QString DocumentBuilder::statementsHtml(Statement::Panel panel) const
{
    QString html;
    for (const Statement &s : m_content.statements()) {
        if (s.panel != panel)
            continue;
        html += QStringLiteral("<p><a name=\"%1\"></a>%2</p>").arg(esc(statementAnchor(s.id)), esc(s.text.in(m_language)));
        QStringList studies;
        for (const QString &id : s.studies) {
            if (const Study *study = m_content.study(id))
                studies << QStringLiteral("<a href=\"study:%1\">%2</a>").arg(esc(id), esc(studyShortName(*study)));
        }
        QStringList sources;
        for (const QString &id : s.sources) {
            if (const Source *source = m_content.source(id))
                sources << QStringLiteral("<a href=\"source:%1\">%2</a>").arg(esc(id), esc(sourceShortName(*source)));
        }
        // A law or a regulator's record is confirmed, not graded: it says so instead of showing a GRADE level.
        const QString basis = s.official ? esc(label("officialRecord")) : esc(certaintyText(s.certainty));
        QString details = QStringLiteral("<b>%1: %2</b>").arg(esc(label("certainty")), basis);
        if (!studies.isEmpty())
            details += QStringLiteral("<br/>%1: %2").arg(esc(label("studiesBehind")), studies.join(QStringLiteral(" · ")));
        if (!sources.isEmpty())
            details += QStringLiteral("<br/>%1: %2").arg(esc(label("sourcesBehind")), sources.join(QStringLiteral(" · ")));
        html += QStringLiteral("<p style=\"margin-left:1.5em\">%1</p>").arg(details);
    }
    return html;
}

QString DocumentBuilder::sourceShortName(const Source &source) const
{
    const Citation &c = source.citation;
    if (!source.shortName.in(m_language).isEmpty())
        return source.shortName.in(m_language);
    QString name = c.authors.isEmpty() ? c.title : c.authors.section(QLatin1Char(','), 0, 0).trimmed()
            + (m_language == Language::Japanese ? QStringLiteral(" ほか") : QStringLiteral(" et al."));
    if (name.size() > 48)
        name = name.left(46).trimmed() + QChar(0x2026);
    if (c.year > 0)
        name += QStringLiteral(", ") + QString::number(c.year);
    return name;
}

QString DocumentBuilder::sourceDetailHtml(const Source &source) const
{
    QString html = QStringLiteral("<h3><a name=\"%1\"></a>%2</h3>")
                       .arg(esc(sourceAnchor(source.id)), esc(sourceShortName(source)));
    const QString note = source.note.in(m_language);
    if (!note.isEmpty())
        html += QStringLiteral("<p>") + esc(note) + QStringLiteral("</p>");
    html += QStringLiteral("<p>") + citationHtml(source.citation, true) + QStringLiteral("</p>");
    return html;
}

QString DocumentBuilder::citationHtml(const Citation &c, bool isSource) const
{
    QStringList parts;
    if (!c.authors.isEmpty())
        parts << esc(c.authors);
    else if (!isSource)
        parts << QStringLiteral("(") + esc(label("authorsNotConfirmed")) + QLatin1Char(')');
    parts << QStringLiteral("<i>") + esc(c.title) + QStringLiteral("</i>");
    QString where = esc(c.journal);
    if (c.year > 0)
        where += QLatin1Char(' ') + QString::number(c.year);
    if (!c.details.isEmpty())
        where += QLatin1Char(';') + esc(c.details);
    parts << where;
    // Each part ends with a full stop, once: authors ending "et al." (or a title ending "?") get no second one.
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString html;
    for (const QString &part : std::as_const(parts)) {
        if (!html.isEmpty())
            html += QLatin1Char(' ');
        html += part;
        const QString text = QString(part).remove(tags).trimmed();
        if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?')) && !text.endsWith(QLatin1Char('!')))
            html += QLatin1Char('.');
    }
    QStringList ids;
    for (const Identifier &id : c.identifiers)
        ids << QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(id.url().toString()), esc(id.label()));
    if (!ids.isEmpty())
        html += QLatin1Char(' ') + ids.join(QStringLiteral(" · "));
    return html;
}

QString DocumentBuilder::studyDetailHtml(const Study &s) const
{
    const TherapyInfo *therapy = m_content.therapy(s.therapy);
    QString html = QStringLiteral("<h3><a name=\"%1\"></a>%2</h3>")
                       .arg(esc(studyAnchor(s.id)), esc(studyShortName(s)));
    html += QStringLiteral("<p>") + esc(s.summary.in(m_language)) + QStringLiteral("</p><table>");
    auto row = [&](const char *key, const QString &value) {
        html += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>").arg(esc(label(key)), esc(value));
    };
    if (therapy)
        row("therapy", therapy->label.in(m_language));
    row("design", s.design.in(m_language));
    row("participants", participantsText(s));
    row("control", label(s.control ? "yes" : "no"));
    row("outcome", s.outcome.in(m_language));
    row("result", m_content.resultSymbol(s.result) + QLatin1Char(' ') + m_content.resultLabel(s.result, m_language));
    row("certainty", certaintyText(s.certainty));
    row("rung", m_content.rungLabel(s.rung, m_language));
    html += QStringLiteral("</table><p>") + citationHtml(s.citation) + QStringLiteral("</p>");
    return html;
}

QString DocumentBuilder::studyReferencesHtml() const
{
    QString html;
    for (const Study &s : m_content.studies()) {
        html += QStringLiteral("<p><a name=\"%1\"></a>%2<br/>%3</p>")
                    .arg(esc(studyAnchor(s.id)), citationHtml(s.citation), esc(s.summary.in(m_language)));
    }
    return html;
}

QString DocumentBuilder::sourceReferencesHtml() const
{
    QString html;
    for (const Source &s : m_content.sources()) {
        QString note = s.note.in(m_language);
        html += QStringLiteral("<p><a name=\"%1\"></a>%2%3</p>")
                    .arg(esc(sourceAnchor(s.id)), citationHtml(s.citation, true),
                         note.isEmpty() ? QString() : QStringLiteral("<br/>") + esc(note));
    }
    return html;
}

} // namespace als
