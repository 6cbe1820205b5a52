#pragma once

#include "Language.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace als {

// The rungs of the evidence ladder, lowest first. The order is the meaning: a higher rung is stronger evidence.
enum class Rung { Animal, UncontrolledHuman, SmallControlled, MetaAnalysisSmall, LargeRct, Approval };
enum class Result { Positive, Negative, Inconclusive };
enum class Certainty { High, Moderate, Low, VeryLow };

QString rungKey(Rung rung);
QString resultKey(Result result);
QString certaintyKey(Certainty certainty);
std::optional<Rung> rungFromKey(const QString &key);
std::optional<Result> resultFromKey(const QString &key);
std::optional<Certainty> certaintyFromKey(const QString &key);

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
    QString status;  // approved, accelerated-approval, conditional-approval, approval-withdrawn, …
    QString region;
    QString date;    // ISO date or year-month; may be empty
    LocalizedText text;
    QStringList sources;

    bool grantsApproval() const;   // the therapy reached the approval rung
    bool revokesApproval() const;  // an approval was later withdrawn or the drug left the market
};

struct Source
{
    QString id;
    Citation citation;
    LocalizedText note;
};

struct Statement
{
    enum class Panel { CanSay, CannotSay };
    QString id;
    Panel panel = Panel::CanSay;
    Certainty certainty = Certainty::VeryLow;
    QStringList studies;
    LocalizedText text;
};

} // namespace als
