#include "DocumentBuilder.h"

#include "EvidenceLadder.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QTextTable>
#include <QTextDocument>

namespace als {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

int certaintyDots(Certainty certainty)
{
    switch (certainty) {
    case Certainty::High:
        return 4;
    case Certainty::Moderate:
        return 3;
    case Certainty::Low:
        return 2;
    case Certainty::VeryLow:
        return 1;
    }
    return 1;
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
    doc->setMarkdown(m_content.sectionMarkdown(sectionId, m_language));
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

void DocumentBuilder::applyReadingLayout(QTextDocument *doc)
{
    doc->setDocumentMargin(16);
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextBlockFormat format = b.blockFormat();
        if (format.headingLevel() > 0) {
            format.setTopMargin(format.headingLevel() <= 2 ? 18 : 12);
            format.setBottomMargin(6);
        } else {
            format.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
            if (!b.textList())
                format.setBottomMargin(8);
        }
        cursor.setPosition(b.position());
        cursor.setBlockFormat(format);
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
    const int dots = certaintyDots(certainty);
    return QString(dots, QChar(0x25CF)) + QString(4 - dots, QChar(0x25CB)) + QLatin1Char(' ')
        + m_content.certaintyLabel(certainty, m_language);
}

QString DocumentBuilder::studiesTableHtml(const QStringList &therapies) const
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><thead><tr>");
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
    html += QStringLiteral("<p>") + citationHtml(source.citation) + QStringLiteral("</p>");
    return html;
}

QString DocumentBuilder::citationHtml(const Citation &c) const
{
    QStringList parts;
    parts << (c.authors.isEmpty() ? QStringLiteral("(") + esc(label("authorsNotConfirmed")) + QLatin1Char(')')
                                  : esc(c.authors));
    parts << QStringLiteral("<i>") + esc(c.title) + QStringLiteral("</i>");
    QString where = esc(c.journal);
    if (c.year > 0)
        where += QLatin1Char(' ') + QString::number(c.year);
    if (!c.details.isEmpty())
        where += QLatin1Char(';') + esc(c.details);
    parts << where;
    QString html = parts.join(QStringLiteral(". ")) + QLatin1Char('.');
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
    html += QStringLiteral("<p>") + esc(s.summary.in(m_language)) + QStringLiteral("</p><table cellpadding=\"3\">");
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
                    .arg(esc(sourceAnchor(s.id)), citationHtml(s.citation),
                         note.isEmpty() ? QString() : QStringLiteral("<br/>") + esc(note));
    }
    return html;
}

} // namespace als
