#include "EvidenceLadder.h"

#include <QMap>

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

// Every region on its own: an approval counts while no later withdrawal in that region revokes it. Events are
// taken in date order; an undated event (a committee's opinion) grants nothing and so cannot mislead.
void summariseRegulators(const Content &content, LadderRow *row)
{
    QList<RegulatoryEvent> events;
    for (const RegulatoryEvent &e : content.regulatoryEvents()) {
        if (e.therapy == row->therapy)
            events.append(e);
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const RegulatoryEvent &a, const RegulatoryEvent &b) { return a.date < b.date; });
    struct Region
    {
        bool approved = false;
        bool conditional = false;
        bool revoked = false;
        QString firstYear;
    };
    QMap<QString, Region> regions;
    QStringList order;
    for (const RegulatoryEvent &e : events) {
        Region &region = regions[e.region];
        if (e.grantsApproval()) {
            if (!region.approved || region.revoked) {
                region.conditional = e.isConditionalApproval();
                if (region.firstYear.isEmpty()) {
                    region.firstYear = e.date.left(4);
                    order << e.region;
                }
            }
            region.approved = true;
            region.revoked = false;
        } else if (e.revokesApproval() && region.approved) {
            region.revoked = true;
        }
    }
    bool anyApproval = false;
    bool inForce = false;
    bool conditional = false;
    for (const QString &code : order) {
        const Region &region = regions.value(code);
        anyApproval = true;
        row->approvals << code + QLatin1Char(' ') + region.firstYear;
        if (!region.revoked) {
            inForce = true;
            conditional = conditional || region.conditional;
        }
    }
    if (!anyApproval)
        row->status = RegulatoryStatus::NotApproved;
    else if (!inForce)
        row->status = RegulatoryStatus::ApprovedThenWithdrawn;
    else
        row->status = conditional ? RegulatoryStatus::ConditionalApproval : RegulatoryStatus::Approved;
}

} // namespace

EvidenceLadder::EvidenceLadder(const Content &content, Language language)
    : m_content(content)
    , m_language(language)
{
    constexpr int rungCount = int(Rung::LargeRct) + 1;
    for (const TherapyInfo &therapy : content.therapies()) {
        if (!therapy.onLadder)
            continue;
        LadderRow row;
        row.therapy = therapy.id;
        row.label = therapy.label.in(language);
        row.note = therapy.ladderNote.in(language);

        QList<Result> resultsByRung[rungCount];
        for (const Study &study : content.studies()) {
            if (study.therapy == therapy.id)
                resultsByRung[int(study.rung)].append(study.result);
        }
        bool any = false;
        for (int r = 0; r < rungCount; ++r) {
            if (resultsByRung[r].isEmpty())
                continue;
            any = true;
            row.reached.append(Rung(r));
            row.highest = Rung(r);
            row.resultAtHighest = combine(resultsByRung[r]);
            row.studiesAtHighest = int(resultsByRung[r].size());
            row.positiveAtHighest = int(std::count(resultsByRung[r].begin(), resultsByRung[r].end(), Result::Positive));
        }
        summariseRegulators(content, &row);
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

QString EvidenceLadder::resultText(const LadderRow &row) const
{
    // Studies that disagree are counted, not averaged into one word.
    if (row.studiesAtHighest > 1 && row.positiveAtHighest > 0 && row.positiveAtHighest < row.studiesAtHighest) {
        return m_content.label(QStringLiteral("resultMixed"), m_language)
            .arg(row.positiveAtHighest)
            .arg(row.studiesAtHighest);
    }
    return m_content.resultLabel(row.resultAtHighest, m_language);
}

QString EvidenceLadder::statusText(const LadderRow &row) const
{
    const QString status = m_content.statusLabel(row.status, m_language);
    if (row.approvals.isEmpty())
        return status;
    const QString separator = m_language == Language::Japanese ? QStringLiteral("、") : QStringLiteral(", ");
    QStringList places;
    for (const QString &approval : row.approvals) {
        const QString region = approval.section(QLatin1Char(' '), 0, 0);
        places << m_content.regionLabel(region, m_language) + QLatin1Char(' ') + approval.section(QLatin1Char(' '), 1);
    }
    return m_language == Language::Japanese ? QStringLiteral("%1（%2）").arg(status, places.join(separator))
                                            : QStringLiteral("%1 (%2)").arg(status, places.join(separator));
}

QString EvidenceLadder::textAlternative() const
{
    QStringList lines;
    lines << m_content.label(QStringLiteral("ladderIntro"), m_language);
    const QString evidence = m_content.label(QStringLiteral("highestRung"), m_language);
    const QString found = m_content.label(QStringLiteral("resultThere"), m_language);
    const QString regulators = m_content.label(QStringLiteral("regulatoryStatus"), m_language);
    for (const LadderRow &r : m_rows) {
        const QString rung = m_content.rungLabel(r.highest, m_language);
        if (m_language == Language::Japanese) {
            lines << QStringLiteral("%1：%2は「%3」。%4は「%5」。%6は「%7」。%8。")
                         .arg(r.label, evidence, rung, found, resultText(r), regulators, statusText(r), r.note);
        } else {
            lines << QStringLiteral("%1: %2: %3. %4: %5. %6: %7. %8.")
                         .arg(r.label, evidence, rung, found, resultText(r), regulators, statusText(r), r.note);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString EvidenceLadder::tableHtml() const
{
    const Language l = m_language;
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                                  "<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead><tbody>")
                       .arg(m_content.label(QStringLiteral("therapy"), l).toHtmlEscaped(),
                            m_content.label(QStringLiteral("highestRung"), l).toHtmlEscaped(),
                            m_content.label(QStringLiteral("resultThere"), l).toHtmlEscaped(),
                            m_content.label(QStringLiteral("regulatoryStatus"), l).toHtmlEscaped(),
                            m_content.label(QStringLiteral("note"), l).toHtmlEscaped());
    for (const LadderRow &r : m_rows) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 %4</td><td>%5</td><td>%6</td></tr>")
                    .arg(r.label.toHtmlEscaped(), m_content.rungLabel(r.highest, l).toHtmlEscaped(),
                         m_content.resultSymbol(r.resultAtHighest).toHtmlEscaped(), resultText(r).toHtmlEscaped(),
                         statusText(r).toHtmlEscaped(), r.note.toHtmlEscaped());
    }
    html += QStringLiteral("</tbody></table>");
    return html;
}

} // namespace als
