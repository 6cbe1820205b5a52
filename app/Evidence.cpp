#include "Evidence.h"

#include <QStringList>

#include <array>
#include <utility>

namespace als {

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, const char *>, N> &table, const QString &key)
{
    for (const auto &[value, name] : table) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QLatin1String(name);
    }
    return {};
}

const std::array<std::pair<Rung, const char *>, 4> kRungs{{
    {Rung::Animal, "animal"},
    {Rung::UncontrolledHuman, "uncontrolled-human"},
    {Rung::SmallControlled, "small-controlled"},
    {Rung::LargeRct, "large-rct"},
}};
const std::array<std::pair<RegulatoryStatus, const char *>, 4> kStatuses{{
    {RegulatoryStatus::NotApproved, "not-approved"},
    {RegulatoryStatus::Approved, "approved"},
    {RegulatoryStatus::ConditionalApproval, "conditional-approval"},
    {RegulatoryStatus::ApprovedThenWithdrawn, "approved-then-withdrawn"},
}};
const std::array<std::pair<Result, const char *>, 3> kResults{{
    {Result::Positive, "positive"},
    {Result::Negative, "negative"},
    {Result::Inconclusive, "inconclusive"},
}};
const std::array<std::pair<Certainty, const char *>, 4> kCertainties{{
    {Certainty::High, "high"},
    {Certainty::Moderate, "moderate"},
    {Certainty::Low, "low"},
    {Certainty::VeryLow, "very-low"},
}};

} // namespace

QString rungKey(Rung rung) { return nameOf(kRungs, rung); }
QString resultKey(Result result) { return nameOf(kResults, result); }
QString certaintyKey(Certainty certainty) { return nameOf(kCertainties, certainty); }
QString regulatoryStatusKey(RegulatoryStatus status) { return nameOf(kStatuses, status); }
std::optional<Rung> rungFromKey(const QString &key) { return lookup(kRungs, key); }
std::optional<Result> resultFromKey(const QString &key) { return lookup(kResults, key); }
std::optional<Certainty> certaintyFromKey(const QString &key) { return lookup(kCertainties, key); }

int certaintyRank(Certainty certainty)
{
    switch (certainty) {
    case Certainty::High:
        return 3;
    case Certainty::Moderate:
        return 2;
    case Certainty::Low:
        return 1;
    case Certainty::VeryLow:
        return 0;
    }
    return 0;
}

QString Identifier::label() const
{
    switch (kind) {
    case Kind::Doi:
        return QStringLiteral("doi:") + value;
    case Kind::Pmid:
        return QStringLiteral("PMID ") + value;
    case Kind::Pmcid:
        return value;
    case Kind::Registration:
        return value;
    case Kind::Handle:
        return QStringLiteral("hdl:") + value;
    case Kind::Url:
        return value;
    }
    return value;
}

QUrl Identifier::url() const
{
    switch (kind) {
    case Kind::Doi:
        return QUrl(QStringLiteral("https://doi.org/") + value);
    case Kind::Pmid:
        return QUrl(QStringLiteral("https://pubmed.ncbi.nlm.nih.gov/") + value + QLatin1Char('/'));
    case Kind::Pmcid:
        return QUrl(QStringLiteral("https://www.ncbi.nlm.nih.gov/pmc/articles/") + value + QLatin1Char('/'));
    case Kind::Registration:
        return QUrl(QStringLiteral("https://clinicaltrials.gov/study/") + value);
    case Kind::Handle:
        return QUrl(QStringLiteral("https://hdl.handle.net/") + value);
    case Kind::Url:
        return QUrl(value);
    }
    return {};
}

bool Citation::hasIdentifier() const
{
    for (const Identifier &id : identifiers) {
        if (id.kind != Identifier::Kind::Url && !id.value.trimmed().isEmpty())
            return true;
    }
    return false;
}

bool RegulatoryEvent::grantsApproval() const
{
    return status == QLatin1String("approved") || isConditionalApproval();
}

bool RegulatoryEvent::isConditionalApproval() const
{
    return status == QLatin1String("accelerated-approval") || status == QLatin1String("conditional-approval")
        || status == QLatin1String("exceptional-approval");
}

bool RegulatoryEvent::revokesApproval() const
{
    return status == QLatin1String("approval-withdrawn") || status == QLatin1String("market-withdrawal");
}

bool RegulatoryEvent::isKnownStatus() const
{
    // Steps that neither grant nor revoke: an application refused, withdrawn or advised against, or a plain note
    // (a company leaving a country where the drug was never approved).
    static const QStringList others{QStringLiteral("negative-opinion"), QStringLiteral("refused-to-file"),
                                    QStringLiteral("application-withdrawn"), QStringLiteral("note")};
    return grantsApproval() || revokesApproval() || others.contains(status);
}

} // namespace als
