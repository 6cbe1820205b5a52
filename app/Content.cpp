#include "Content.h"

#include <QFile>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcContent, "als.content")

namespace als {

namespace {

LocalizedText localized(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return {o.value(QLatin1String("ja")).toString(), o.value(QLatin1String("en")).toString()};
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

Citation citationFrom(const QJsonObject &o)
{
    Citation c;
    c.authors = str(o, "authors");
    c.title = str(o, "title");
    c.journal = str(o, "journal");
    if (c.journal.isEmpty())
        c.journal = str(o, "publisher");
    c.year = o.value(QLatin1String("year")).toInt();
    c.details = str(o, "details");
    c.published = o.value(QLatin1String("published")).toBool(true);
    const std::pair<Identifier::Kind, const char *> kinds[] = {
        {Identifier::Kind::Doi, "doi"},
        {Identifier::Kind::Pmid, "pmid"},
        {Identifier::Kind::Pmcid, "pmcid"},
        {Identifier::Kind::Registration, "registration"},
        {Identifier::Kind::Handle, "handle"},
        {Identifier::Kind::Url, "url"},
    };
    for (const auto &[kind, key] : kinds) {
        QString value = str(o, key).trimmed();
        if (value.isEmpty())
            continue;
        // The data may carry a prefix; the label adds its own.
        if (kind == Identifier::Kind::Doi && value.startsWith(QLatin1String("doi:")))
            value = value.mid(4);
        if (kind == Identifier::Kind::Handle && value.startsWith(QLatin1String("hdl:")))
            value = value.mid(4);
        if (kind == Identifier::Kind::Pmid && value.startsWith(QLatin1String("PMID")))
            value = value.mid(4).trimmed();
        c.identifiers.append({kind, value});
    }
    return c;
}

} // namespace

const Content &Content::builtIn()
{
    static const Content content = [] {
        Content c;
        if (!c.load())
            qFatal("The built-in content is invalid: %s", qUtf8Printable(c.errorString()));
        return c;
    }();
    return content;
}

bool Content::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcContent).noquote() << message;
    return false;
}

static bool readJson(const QString &path, QJsonObject *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1 is not valid JSON: %2 at offset %3")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    *out = doc.object();
    return true;
}

bool Content::load(const QString &root)
{
    *this = Content();
    m_root = root;
    return loadMeta(root) && loadVocabulary(root) && loadStudies(root) && loadStatements(root);
}

bool Content::loadMeta(const QString &root)
{
    QJsonObject meta;
    if (!readJson(root + QStringLiteral("/meta.json"), &meta, &m_error))
        return fail(m_error);
    m_reviewed = QDate::fromString(str(meta, "reviewed"), Qt::ISODate);
    m_nextReview = QDate::fromString(str(meta, "nextReview"), Qt::ISODate);
    if (!m_reviewed.isValid() || !m_nextReview.isValid() || m_nextReview <= m_reviewed)
        return fail(QStringLiteral("meta.json: reviewed and nextReview must be ISO dates, the next one later"));
    const QJsonArray sections = meta.value(QLatin1String("sections")).toArray();
    for (const QJsonValue &v : sections) {
        const QJsonObject o = v.toObject();
        SectionInfo s{str(o, "id"), localized(o.value(QLatin1String("title"))), {}};
        for (const QJsonValue &t : o.value(QLatin1String("therapies")).toArray())
            s.therapies.append(t.toString());
        if (s.id.isEmpty() || !s.title.isComplete())
            return fail(QStringLiteral("meta.json: a section needs an id and a title in both languages"));
        m_sections.append(s);
    }
    if (m_sections.isEmpty())
        return fail(QStringLiteral("meta.json: no sections"));
    return true;
}

bool Content::loadVocabulary(const QString &root)
{
    QJsonObject vocabulary;
    if (!readJson(root + QStringLiteral("/vocabulary.json"), &vocabulary, &m_error))
        return fail(m_error);
    for (const QJsonValue &v : vocabulary.value(QLatin1String("therapies")).toArray()) {
        const QJsonObject o = v.toObject();
        m_therapies.append({str(o, "id"), o.value(QLatin1String("ladder")).toBool(),
                            localized(o.value(QLatin1String("label"))),
                            localized(o.value(QLatin1String("ladderNote")))});
    }
    for (const QJsonValue &v : vocabulary.value(QLatin1String("prefectures")).toArray()) {
        const QJsonObject o = v.toObject();
        m_prefectures.append({str(o, "id"), localized(o.value(QLatin1String("label")))});
    }
    auto table = [&](const char *key, QHash<QString, LocalizedText> *labels, QHash<QString, QString> *symbols) {
        for (const QJsonValue &v : vocabulary.value(QLatin1String(key)).toArray()) {
            const QJsonObject o = v.toObject();
            labels->insert(str(o, "id"), localized(o.value(QLatin1String("label"))));
            if (symbols)
                symbols->insert(str(o, "id"), str(o, "symbol"));
        }
    };
    table("rungs", &m_rungLabels, nullptr);
    table("results", &m_resultLabels, &m_resultSymbols);
    table("certainties", &m_certaintyLabels, nullptr);
    table("statuses", &m_statusLabels, nullptr);
    table("regions", &m_regionLabels, nullptr);
    const QJsonObject labels = vocabulary.value(QLatin1String("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        m_labels.insert(it.key(), localized(it.value()));
    if (m_rungLabels.size() != int(Rung::LargeRct) + 1 || m_resultLabels.size() != 3 || m_certaintyLabels.size() != 4
        || m_statusLabels.size() != int(RegulatoryStatus::ApprovedThenWithdrawn) + 1)
        return fail(QStringLiteral("vocabulary.json: rungs, results, certainties or statuses are incomplete"));
    return true;
}

bool Content::loadStudies(const QString &root)
{
    QJsonObject data;
    if (!readJson(root + QStringLiteral("/studies.json"), &data, &m_error))
        return fail(m_error);
    for (const QJsonValue &v : data.value(QLatin1String("studies")).toArray()) {
        const QJsonObject o = v.toObject();
        Study s;
        s.id = str(o, "id");
        s.therapy = str(o, "therapy");
        s.design = localized(o.value(QLatin1String("design")));
        const QJsonValue participants = o.value(QLatin1String("participants"));
        if (participants.isDouble())
            s.participants = participants.toInt();
        s.participantsNote = localized(o.value(QLatin1String("participantsNote")));
        s.control = o.value(QLatin1String("control")).toBool();
        s.outcome = localized(o.value(QLatin1String("outcome")));
        const auto result = resultFromKey(str(o, "result"));
        const auto certainty = certaintyFromKey(str(o, "certainty"));
        const auto rung = rungFromKey(str(o, "rung"));
        if (s.id.isEmpty() || !result || !certainty || !rung || !therapy(s.therapy))
            return fail(QStringLiteral("studies.json: study '%1' has a missing or unknown id, therapy, result, "
                                       "certainty or rung")
                            .arg(s.id));
        s.result = *result;
        s.certainty = *certainty;
        s.rung = *rung;
        s.citation = citationFrom(o.value(QLatin1String("citation")).toObject());
        s.summary = localized(o.value(QLatin1String("summary")));
        m_studies.append(s);
    }
    for (const QJsonValue &v : data.value(QLatin1String("regulatory")).toArray()) {
        const QJsonObject o = v.toObject();
        RegulatoryEvent e;
        e.id = str(o, "id");
        e.therapy = str(o, "therapy");
        e.status = str(o, "status");
        e.region = str(o, "region");
        e.date = str(o, "date");
        e.text = localized(o.value(QLatin1String("text")));
        for (const QJsonValue &s : o.value(QLatin1String("sources")).toArray())
            e.sources.append(s.toString());
        if (!therapy(e.therapy))
            return fail(QStringLiteral("studies.json: regulatory event '%1' names an unknown therapy").arg(e.id));
        if (!e.isKnownStatus() || !m_regionLabels.contains(e.region))
            return fail(QStringLiteral("studies.json: regulatory event '%1' has an unknown status or region").arg(e.id));
        m_regulatory.append(e);
    }
    for (const QJsonValue &v : data.value(QLatin1String("sources")).toArray()) {
        const QJsonObject o = v.toObject();
        m_sources.append({str(o, "id"), citationFrom(o), localized(o.value(QLatin1String("note"))),
                          localized(o.value(QLatin1String("short")))});
    }
    if (m_studies.isEmpty())
        return fail(QStringLiteral("studies.json: no studies"));
    return true;
}

bool Content::loadStatements(const QString &root)
{
    QJsonObject data;
    if (!readJson(root + QStringLiteral("/statements.json"), &data, &m_error))
        return fail(m_error);
    for (const QJsonValue &v : data.value(QLatin1String("statements")).toArray()) {
        const QJsonObject o = v.toObject();
        Statement s;
        s.id = str(o, "id");
        const QString panel = str(o, "panel");
        s.official = str(o, "certainty") == QLatin1String("official");
        const auto certainty = certaintyFromKey(str(o, "certainty"));
        if (s.id.isEmpty() || (!certainty && !s.official)
            || (panel != QLatin1String("can") && panel != QLatin1String("cannot")))
            return fail(QStringLiteral("statements.json: statement '%1' has a missing id, panel or certainty")
                            .arg(s.id));
        s.panel = panel == QLatin1String("can") ? Statement::Panel::CanSay : Statement::Panel::CannotSay;
        s.certainty = certainty.value_or(Certainty::High);
        for (const QJsonValue &id : o.value(QLatin1String("studies")).toArray())
            s.studies.append(id.toString());
        for (const QJsonValue &id : o.value(QLatin1String("sources")).toArray())
            s.sources.append(id.toString());
        if (const QString problem = checkStatement(s); !problem.isEmpty())
            return fail(QStringLiteral("statements.json: statement '%1' %2").arg(s.id, problem));
        s.text = localized(o.value(QLatin1String("text")));
        m_statements.append(s);
    }
    return true;
}

QString Content::checkStatement(const Statement &s) const
{
    for (const QString &id : s.studies) {
        if (!study(id))
            return QStringLiteral("cites an unknown study '%1'").arg(id);
    }
    for (const QString &id : s.sources) {
        if (!source(id))
            return QStringLiteral("cites an unknown source '%1'").arg(id);
    }
    if (s.official)
        return s.sources.isEmpty() ? QStringLiteral("is marked official but cites no official source") : QString();
    if (s.studies.isEmpty())
        return QStringLiteral("has a certainty but cites no study to rest it on");
    // A statement can never be more certain than the strongest evidence it links.
    int strongest = -1;
    for (const QString &id : s.studies)
        strongest = std::max(strongest, certaintyRank(study(id)->certainty));
    if (certaintyRank(s.certainty) > strongest)
        return QStringLiteral("is rated '%1', more certain than any study it cites").arg(certaintyKey(s.certainty));
    return {};
}

const Source *Content::source(const QString &id) const
{
    for (const Source &s : m_sources) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString Content::statusLabel(RegulatoryStatus status, Language language) const
{
    return m_statusLabels.value(regulatoryStatusKey(status)).in(language);
}

QString Content::regionLabel(const QString &region, Language language) const
{
    const LocalizedText label = m_regionLabels.value(region);
    return label.in(language).isEmpty() ? region : label.in(language);
}

bool Content::hasSection(const QString &id) const
{
    return section(id) != nullptr;
}

const SectionInfo *Content::section(const QString &id) const
{
    for (const SectionInfo &s : m_sections) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString Content::sectionTitle(const QString &id, Language language) const
{
    for (const SectionInfo &s : m_sections) {
        if (s.id == id)
            return s.title.in(language);
    }
    return {};
}

QString Content::sectionPath(const QString &id, Language language) const
{
    return m_root + QLatin1Char('/') + languageCode(language) + QLatin1Char('/') + id + QStringLiteral(".md");
}

QString Content::sectionMarkdown(const QString &id, Language language) const
{
    QFile file(sectionPath(id, language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    // A passage that two sections share (the questions for a clinic, the warning signs) is written once, in
    // <language>/parts/<name>.md, and placed with {{include:<name>}}.
    static const QRegularExpression include(QStringLiteral("\\{\\{include:([a-z0-9-]+)\\}\\}"));
    QString expanded;
    qsizetype from = 0;
    for (auto it = include.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QFile part(m_root + QLatin1Char('/') + languageCode(language) + QStringLiteral("/parts/") + m.captured(1)
                   + QStringLiteral(".md"));
        expanded += text.mid(from, m.capturedStart() - from);
        if (part.open(QIODevice::ReadOnly))
            expanded += QString::fromUtf8(part.readAll()).trimmed();
        from = m.capturedEnd();
    }
    text = expanded + text.mid(from);
    text.replace(QLatin1String("{{review_date}}"), formatDate(m_reviewed, language));
    text.replace(QLatin1String("{{next_review_date}}"), formatDate(m_nextReview, language));
    return text;
}

const Study *Content::study(const QString &id) const
{
    for (const Study &s : m_studies) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QList<Study> Content::studiesFor(const QStringList &therapies) const
{
    QList<Study> result;
    for (const Study &s : m_studies) {
        if (therapies.contains(s.therapy))
            result.append(s);
    }
    return result;
}

const TherapyInfo *Content::therapy(const QString &id) const
{
    for (const TherapyInfo &t : m_therapies) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QString Content::rungLabel(Rung rung, Language language) const
{
    return m_rungLabels.value(rungKey(rung)).in(language);
}

QString Content::resultLabel(Result result, Language language) const
{
    return m_resultLabels.value(resultKey(result)).in(language);
}

QString Content::resultSymbol(Result result) const
{
    return m_resultSymbols.value(resultKey(result));
}

QString Content::certaintyLabel(Certainty certainty, Language language) const
{
    return m_certaintyLabels.value(certaintyKey(certainty)).in(language);
}

QString Content::label(const QString &key, Language language) const
{
    const auto it = m_labels.constFind(key);
    return it == m_labels.constEnd() ? key : it->in(language);
}

QString Content::formatDate(const QDate &date, Language language)
{
    if (language == Language::Japanese)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return localeFor(language).toString(date, QStringLiteral("d MMMM yyyy"));
}

bool Content::isOverdue(const QDate &today) const
{
    return today.isValid() && m_nextReview.isValid() && today > m_nextReview;
}

QString Content::overdueNotice(Language language) const
{
    return label(QStringLiteral("overdueNotice"), language).arg(formatDate(m_nextReview, language));
}

} // namespace als
