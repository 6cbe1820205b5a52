#pragma once

#include "Evidence.h"
#include "Language.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace als {

struct SectionInfo
{
    QString id;
    LocalizedText title;
    QStringList therapies;  // the therapies whose studies and ladder rows this section shows
};

struct Choice
{
    QString id;
    LocalizedText label;
};

struct TherapyInfo
{
    QString id;
    bool onLadder = false;
    LocalizedText label;
    LocalizedText ladderNote;
};

// Everything the guide says, loaded from the files under resources/content (compiled in as ":/content").
// Immutable once loaded; the views, the search index and the command line all read from one instance.
class Content final
{
public:
    // Loads meta.json, vocabulary.json, studies.json and statements.json from root. Returns false and sets
    // errorString() on the first file that is missing or malformed; the section Markdown is read on demand.
    bool load(const QString &root = QStringLiteral(":/content"));
    QString errorString() const { return m_error; }

    // The built-in content, loaded on first use. A broken build (invalid content) is a programming error.
    static const Content &builtIn();

    const QList<SectionInfo> &sections() const { return m_sections; }
    bool hasSection(const QString &id) const;
    const SectionInfo *section(const QString &id) const;
    QString sectionTitle(const QString &id, Language language) const;
    // The section's Markdown with {{review_date}} and {{next_review_date}} filled in; empty if missing.
    QString sectionMarkdown(const QString &id, Language language) const;
    QString sectionPath(const QString &id, Language language) const;

    const QList<Study> &studies() const { return m_studies; }
    const Study *study(const QString &id) const;
    QList<Study> studiesFor(const QStringList &therapies) const;
    const QList<Statement> &statements() const { return m_statements; }
    const QList<RegulatoryEvent> &regulatoryEvents() const { return m_regulatory; }
    const QList<Source> &sources() const { return m_sources; }
    const Source *source(const QString &id) const;
    const QList<TherapyInfo> &therapies() const { return m_therapies; }
    const TherapyInfo *therapy(const QString &id) const;
    // Places of residence for the consultation form: the 47 prefectures, then "outside Japan".
    const QList<Choice> &prefectures() const { return m_prefectures; }

    QString rungLabel(Rung rung, Language language) const;
    QString resultLabel(Result result, Language language) const;
    QString resultSymbol(Result result) const;
    QString certaintyLabel(Certainty certainty, Language language) const;
    QString statusLabel(RegulatoryStatus status, Language language) const;
    // "US", "EU", "JP" … as the reader says them; the code itself if unknown.
    QString regionLabel(const QString &region, Language language) const;
    // A fixed content label from vocabulary.json ("design", "studiesHeading", …); the key itself if unknown.
    QString label(const QString &key, Language language) const;

    QDate reviewed() const { return m_reviewed; }
    QDate nextReview() const { return m_nextReview; }
    static QString formatDate(const QDate &date, Language language);

    // Past its next review date on that day: the day after nextReview() is the first one.
    bool isOverdue(const QDate &today) const;
    // The "overdueNotice" label with the next review date filled in, for the screen and every handout page.
    QString overdueNotice(Language language) const;

private:
    bool fail(const QString &message);
    bool loadMeta(const QString &root);
    bool loadVocabulary(const QString &root);
    bool loadStudies(const QString &root);
    bool loadStatements(const QString &root);
    // Empty if the statement is sound: every link known, and no more certain than its strongest study.
    QString checkStatement(const Statement &statement) const;

    QString m_root;
    QString m_error;
    QDate m_reviewed;
    QDate m_nextReview;
    QList<SectionInfo> m_sections;
    QList<TherapyInfo> m_therapies;
    QList<Choice> m_prefectures;
    QList<Study> m_studies;
    QList<Statement> m_statements;
    QList<RegulatoryEvent> m_regulatory;
    QList<Source> m_sources;
    QHash<QString, LocalizedText> m_rungLabels;
    QHash<QString, LocalizedText> m_resultLabels;
    QHash<QString, QString> m_resultSymbols;
    QHash<QString, LocalizedText> m_certaintyLabels;
    QHash<QString, LocalizedText> m_statusLabels;
    QHash<QString, LocalizedText> m_regionLabels;
    QHash<QString, LocalizedText> m_labels;
};

} // namespace als
