#pragma once

#include "Language.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace als {

// The rungs of the evidence ladder, lowest first: the design of a study, nothing else. The order is the meaning: a
// higher rung is a stronger design. Pooling uncontrolled studies does not make them controlled, so a meta-analysis
// sits on the rung of the studies it pooled; an approval is a regulator's decision, not a rung (RegulatoryStatus).
enum class Rung { Animal, UncontrolledHuman, SmallControlled, LargeRct };
// What regulators decided, summed up over every region: its own mark beside the ladder, never a study result.
enum class RegulatoryStatus { NotApproved, Approved, ConditionalApproval, ApprovedThenWithdrawn };
enum class Result { Positive, Negative, Inconclusive };
enum class Certainty { High, Moderate, Low, VeryLow };

QString rungKey(Rung rung);
QString resultKey(Result result);
QString certaintyKey(Certainty certainty);
QString regulatoryStatusKey(RegulatoryStatus status);
std::optional<Rung> rungFromKey(const QString &key);
std::optional<Result> resultFromKey(const QString &key);
std::optional<Certainty> certaintyFromKey(const QString &key);
// 0 for very low up to 3 for high, so that certainties compare the way they read.
int certaintyRank(Certainty certainty);

struct Identifier
{
    enum class Kind { Doi, Pmid, Pmcid, Registration, Handle, Url };
    Kind kind = Kind::Doi;
    QString value;

    QString label() const;  // "doi:10.…", "PMID 123", "NCT…", "hdl:…"
    QUrl url() const;
};

struct Citation
{
    QString authors;  // empty where the authors could not be confirmed
    QString title;
    QString journal;  // journal, registry or publisher
    int year = 0;     // 0 where the year is not known
    QString details;  // volume(issue):pages or article number
    QList<Identifier> identifiers;
    // False for a result known only from an announcement (a company's topline results): no paper to cite yet.
    bool published = true;

    bool hasIdentifier() const;
};

struct Study
{
    QString id;
    QString therapy;
    LocalizedText design;
    std::optional<int> participants;
    LocalizedText participantsNote;
    bool control = false;
    LocalizedText outcome;
    Result result = Result::Inconclusive;
    Certainty certainty = Certainty::VeryLow;
    Rung rung = Rung::Animal;
    Citation citation;
    LocalizedText summary;
};

struct RegulatoryEvent
{
    QString id;
    QString therapy;
    QString status;  // approved, accelerated-approval, conditional-approval, exceptional-approval,
                     // market-withdrawal, approval-withdrawn, negative-opinion, refused-to-file, …
    QString region;
    QString date;    // ISO date or year-month; may be empty
    LocalizedText text;
    QStringList sources;

    bool grantsApproval() const;       // a regulator approved the therapy in this region
    bool isConditionalApproval() const;  // … early, on the condition that the benefit is confirmed later
    bool revokesApproval() const;      // an approval was later withdrawn or the drug left the market
    bool isKnownStatus() const;
};

struct Source
{
    QString id;
    Citation citation;
    LocalizedText note;
    LocalizedText shortName;  // how a statement names it ("難病情報センター"); empty: from the citation
};

struct Statement
{
    enum class Panel { CanSay, CannotSay };
    QString id;
    Panel panel = Panel::CanSay;
    // A statement about a law, a notice or a regulator's decision is confirmed in official documents and carries
    // no GRADE certainty; any other rests on studies and is never more certain than the strongest of them.
    bool official = false;
    Certainty certainty = Certainty::VeryLow;
    QStringList studies;
    QStringList sources;  // guidelines, laws, notices and regulators' records (ids in studies.json "sources")
    LocalizedText text;
};

} // namespace als
