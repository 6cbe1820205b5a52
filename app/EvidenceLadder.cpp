#include "EvidenceLadder.h"

#include <algorithm>

namespace als {

namespace {

// Several studies on the same rung agree or they don't: if they disagree, the honest summary is "inconclusive".
Result combine(const QList<Result> &results)
{
    if (results.isEmpty())
        return Result::Inconclusive;
    const Result first = results.first();
    const bool same = std::all_of(results.begin(), results.end(), [first](Result r) { return r == first; });
    return same ? first : Result::Inconclusive;
}

} // namespace

EvidenceLadder::EvidenceLadder(const Content &content, Language language)
    : m_content(content)
    , m_language(language)
{
    for (const TherapyInfo &therapy : content.therapies()) {
        if (!therapy.onLadder)
            continue;
        LadderRow row;
        row.therapy = therapy.id;
        row.label = therapy.label.in(language);
        row.note = therapy.ladderNote.in(language);

        QList<Result> resultsByRung[int(Rung::Approval) + 1];
        for (const Study &study : content.studies()) {
            if (study.therapy == therapy.id)
                resultsByRung[int(study.rung)].append(study.result);
        }
        // Approval counts once a regulator approved the therapy; a later withdrawal turns that rung negative.
        // A refused or withdrawn application never reached the rung at all.
        QList<RegulatoryEvent> events;
        for (const RegulatoryEvent &event : content.regulatoryEvents()) {
            if (event.therapy == therapy.id)
                events.append(event);
        }
        const bool approved = std::any_of(events.begin(), events.end(),
                                          [](const RegulatoryEvent &e) { return e.grantsApproval(); });
        if (approved) {
            const bool revoked = std::any_of(events.begin(), events.end(),
                                             [](const RegulatoryEvent &e) { return e.revokesApproval(); });
            resultsByRung[int(Rung::Approval)].append(revoked ? Result::Negative : Result::Positive);
        }

        bool any = false;
        for (int r = 0; r <= int(Rung::Approval); ++r) {
            if (resultsByRung[r].isEmpty())
                continue;
            any = true;
            row.reached.append(Rung(r));
            row.highest = Rung(r);
            row.resultAtHighest = combine(resultsByRung[r]);
        }
        if (any)
            m_rows.append(row);
    }
}

const LadderRow *EvidenceLadder::row(const QString &therapy) const
{
    for (const LadderRow &r : m_rows) {
        if (r.therapy == therapy)
            return &r;
    }
    return nullptr;
}

QString EvidenceLadder::textAlternative() const
{
    QStringList lines;
    lines << m_content.label(QStringLiteral("ladderIntro"), m_language);
    for (const LadderRow &r : m_rows) {
        const QString rung = m_content.rungLabel(r.highest, m_language);
        const QString result = m_content.resultLabel(r.resultAtHighest, m_language);
        if (m_language == Language::Japanese)
            lines << QStringLiteral("%1：%2（%3）。%4。").arg(r.label, rung, result, r.note);
        else
            lines << QStringLiteral("%1: %2 (%3). %4.").arg(r.label, rung, result, r.note);
    }
    return lines.join(QLatin1Char('\n'));
}

QString EvidenceLadder::tableHtml() const
{
    const Language l = m_language;
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                                  "<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr></thead><tbody>")
                       .arg(m_content.label(QStringLiteral("therapy"), l).toHtmlEscaped(),
                            m_content.label(QStringLiteral("highestRung"), l).toHtmlEscaped(),
                            m_content.label(QStringLiteral("resultThere"), l).toHtmlEscaped(),
                            m_content.label(QStringLiteral("note"), l).toHtmlEscaped());
    for (const LadderRow &r : m_rows) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 %4</td><td>%5</td></tr>")
                    .arg(r.label.toHtmlEscaped(), m_content.rungLabel(r.highest, l).toHtmlEscaped(),
                         m_content.resultSymbol(r.resultAtHighest).toHtmlEscaped(),
                         m_content.resultLabel(r.resultAtHighest, l).toHtmlEscaped(), r.note.toHtmlEscaped());
    }
    html += QStringLiteral("</tbody></table>");
    return html;
}

} // namespace als
