#pragma once

#include "Content.h"

#include <QList>
#include <QString>

namespace als {

// One row of the evidence ladder: the strongest design of study in people that tested one therapy, what those
// studies found on their main goal, and, apart from both, what regulators decided.
struct LadderRow
{
    QString therapy;
    QString label;
    QString note;
    Rung highest = Rung::Animal;  // Animal when nothing was tested in people
    Result resultAtHighest = Result::Inconclusive;
    int studiesAtHighest = 0;
    int positiveAtHighest = 0;  // of those, how many met their main goal
    QList<Rung> reached;        // every rung with at least one study, lowest first
    RegulatoryStatus status = RegulatoryStatus::NotApproved;
    QStringList approvals;      // "US 1995", "EU 1996": where and when it was first approved, in date order
};

// Built from the studies and the regulatory history, never typed in by hand, so that the picture and the
// tables cannot disagree.
class EvidenceLadder final
{
public:
    EvidenceLadder(const Content &content, Language language);

    const QList<LadderRow> &rows() const { return m_rows; }
    const LadderRow *row(const QString &therapy) const;
    Language language() const { return m_language; }
    const Content &content() const { return m_content; }

    // What the studies on the highest rung found, in words: "Main goal met", or "1 of 2 trials met their main
    // goal" when they disagree.
    QString resultText(const LadderRow &row) const;
    // The regulators' decision in words, with where and when: "Approved (US 1995, EU 1996)".
    QString statusText(const LadderRow &row) const;

    // The picture's text alternative: the caption, then one sentence per therapy, in the ladder's language.
    QString textAlternative() const;
    // The same as an HTML table, for documents and screen readers.
    QString tableHtml() const;

private:
    const Content &m_content;
    Language m_language;
    QList<LadderRow> m_rows;
};

} // namespace als
