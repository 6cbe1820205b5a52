#pragma once

#include "Content.h"

#include <QList>
#include <QString>

namespace als {

// One row of the evidence ladder: how far up one therapy has climbed, and what was found at the top.
struct LadderRow
{
    QString therapy;
    QString label;
    QString note;
    Rung highest = Rung::Animal;
    Result resultAtHighest = Result::Inconclusive;
    QList<Rung> reached;  // every rung with at least one study or event, lowest first
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

    // The picture's text alternative: one sentence per therapy, in the ladder's language.
    QString textAlternative() const;
    // The same as an HTML table, for documents and screen readers.
    QString tableHtml() const;

private:
    const Content &m_content;
    Language m_language;
    QList<LadderRow> m_rows;
};

} // namespace als
