// The content is whole, both languages match, and none of the source article's wrong figures ships.

#include "Content.h"
#include "DocumentBuilder.h"
#include "EvidenceLadder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace als;

class TestContent : public QObject
{
    Q_OBJECT

private:
    const Content &c = Content::builtIn();

    QString allText(Language language) const
    {
        QStringList parts;
        for (const SectionInfo &s : c.sections()) {
            parts << s.title.in(language) << c.sectionMarkdown(s.id, language);
            QTextDocument doc;
            DocumentBuilder(c, language).buildSection(&doc, s.id);
            parts << doc.toPlainText();
        }
        for (const Statement &s : c.statements())
            parts << s.text.in(language);
        return parts.join(QLatin1Char('\n'));
    }

    // Where a pattern shows in either language ("ja: …context…"), or empty. With references, the reference list's
    // citations and notes are searched too.
    QString firstShown(const QString &pattern, bool references) const
    {
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        for (Language l : allLanguages()) {
            QString text = allText(l);
            if (references) {
                QTextDocument doc;
                DocumentBuilder(c, l).buildSection(&doc, QStringLiteral("references"));
                text += doc.toPlainText();
            }
            if (const auto m = re.match(text); m.hasMatch())
                return languageCode(l) + QStringLiteral(": …") + text.mid(m.capturedStart() - 40, 100);
        }
        return {};
    }

private Q_SLOTS:
    void loads()
    {
        Content fresh;
        QVERIFY2(fresh.load(), qPrintable(fresh.errorString()));
        QCOMPARE(fresh.sections().size(), 8);
        QVERIFY(fresh.reviewed().isValid());
        QVERIFY(fresh.nextReview() > fresh.reviewed());
    }

    void missingFolderIsReported()
    {
        Content broken;
        QVERIFY(!broken.load(QStringLiteral(":/no-such-content")));
        QVERIFY(broken.errorString().contains(QLatin1String("meta.json")));
    }

    void sectionsInOrder()
    {
        QStringList ids;
        for (const SectionInfo &s : c.sections())
            ids << s.id;
        QCOMPARE(ids, QStringList({QStringLiteral("overview"), QStringLiteral("standard-care"),
                                   QStringLiteral("stem-cells"), QStringLiteral("conditioned-medium"),
                                   QStringLiteral("can-say"), QStringLiteral("consultation"), QStringLiteral("references"),
                                   QStringLiteral("about")}));
    }

    void everySectionHasRealText_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("language");
        for (const SectionInfo &s : c.sections()) {
            QTest::addRow("%s-ja", qPrintable(s.id)) << s.id << int(Language::Japanese);
            QTest::addRow("%s-en", qPrintable(s.id)) << s.id << int(Language::English);
        }
    }
    void everySectionHasRealText()
    {
        QFETCH(QString, id);
        QFETCH(int, language);
        const Language l = Language(language);
        const QString md = c.sectionMarkdown(id, l);
        QVERIFY2(md.startsWith(QLatin1String("# ")), "a section starts with its title as a level-1 heading");
        const bool brief = id == QLatin1String("can-say") || id == QLatin1String("references")
            || id == QLatin1String("consultation");
        // Japanese packs more meaning per character than English.
        const int minimum = (brief ? 150 : 1200) / (l == Language::Japanese ? 3 : 1);
        QVERIFY2(md.size() >= minimum, qPrintable(QStringLiteral("%1 characters").arg(md.size())));

        QTextDocument doc;
        doc.setMarkdown(md);
        const QString plain = doc.toPlainText();
        // Emphasis next to Japanese punctuation is a classic Markdown trap: left-over markers mean broken text.
        QVERIFY2(!plain.contains(QLatin1String("**")), qPrintable(plain.mid(plain.indexOf(QLatin1String("**")) - 30, 60)));
        QVERIFY2(!plain.contains(QLatin1String("](")), "an unparsed link");
        QVERIFY2(!plain.contains(QLatin1String("{{")), "an unfilled placeholder");
        QVERIFY2(!md.contains(QLatin1String("http")), "links belong in the references data");
    }

    void languagesHaveTheSameShape()
    {
        const QStringList ja = QDir(QStringLiteral(":/content/ja")).entryList(QDir::Files, QDir::Name);
        const QStringList en = QDir(QStringLiteral(":/content/en")).entryList(QDir::Files, QDir::Name);
        QCOMPARE(ja, en);
        QCOMPARE(ja.size(), c.sections().size());
        for (const SectionInfo &s : c.sections()) {
            auto headings = [&](Language l) {
                QTextDocument doc;
                doc.setMarkdown(c.sectionMarkdown(s.id, l));
                QList<int> levels;
                for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
                    if (b.blockFormat().headingLevel() > 0)
                        levels << b.blockFormat().headingLevel();
                }
                return levels;
            };
            QCOMPARE(headings(Language::Japanese), headings(Language::English));
        }
    }

    void studiesAreComplete()
    {
        QSet<QString> ids;
        QVERIFY(c.studies().size() >= 12);
        for (const Study &s : c.studies()) {
            QVERIFY2(!ids.contains(s.id), qPrintable(s.id));
            ids.insert(s.id);
            // A result known only from an announcement has nothing to cite but where it was announced.
            QVERIFY2(s.citation.hasIdentifier() || !s.citation.published,
                     qPrintable(s.id + QStringLiteral(" has no DOI, PMID, registration or handle")));
            QVERIFY2(!s.citation.title.isEmpty() && !s.citation.journal.isEmpty(), qPrintable(s.id));
            QVERIFY2(s.summary.isComplete() && s.design.isComplete() && s.outcome.isComplete(), qPrintable(s.id));
            if (s.participants)
                QVERIFY(*s.participants > 0);
            else
                QVERIFY2(s.rung == Rung::Animal || s.rung == Rung::SmallControlled, qPrintable(s.id));
            for (const Identifier &id : s.citation.identifiers) {
                switch (id.kind) {
                case Identifier::Kind::Doi:
                    QVERIFY2(id.value.startsWith(QLatin1String("10.")), qPrintable(id.value));
                    break;
                case Identifier::Kind::Pmid:
                    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{6,9}$")).match(id.value).hasMatch(), qPrintable(id.value));
                    break;
                case Identifier::Kind::Pmcid:
                    QVERIFY2(QRegularExpression(QStringLiteral("^PMC\\d+$")).match(id.value).hasMatch(), qPrintable(id.value));
                    break;
                case Identifier::Kind::Registration:
                    QVERIFY2(QRegularExpression(QStringLiteral("^NCT\\d{8}$")).match(id.value).hasMatch(), qPrintable(id.value));
                    break;
                case Identifier::Kind::Handle:
                case Identifier::Kind::Url:
                    break;
                }
                QVERIFY(id.url().isValid());
            }
        }
    }

    void identifiersAreOnlyThoseSeen()
    {
        // The 2021 meta-analysis is cited by its repository handle: its DOI and PMID were not confirmed.
        const Study *meta = c.study(QStringLiteral("stemcell-metaanalysis-2021"));
        QVERIFY(meta);
        QCOMPARE(meta->participants.value_or(0), 220);
        QStringList kinds;
        for (const Identifier &id : meta->citation.identifiers)
            kinds << id.label();
        QCOMPARE(kinds, QStringList{QStringLiteral("hdl:10810/50934")});
        const Study *nurown = c.study(QStringLiteral("nurown-phase3-2022"));
        QVERIFY(nurown);
        QCOMPARE(nurown->participants.value_or(0), 196);
        QVERIFY(nurown->participantsNote.en.contains(QLatin1String("189")));
        const Study *shed = c.study(QStringLiteral("shedcm-retrospective-2024"));
        QVERIFY(shed);
        QCOMPARE(shed->participants.value_or(0), 24);
        QVERIFY(!shed->control);
    }

    void statementsAreComplete()
    {
        int can = 0;
        int cannot = 0;
        QSet<QString> ids;
        for (const Statement &s : c.statements()) {
            QVERIFY2(!ids.contains(s.id), qPrintable(s.id));
            ids.insert(s.id);
            QVERIFY2(s.text.isComplete(), qPrintable(s.id));
            QVERIFY2(!s.studies.isEmpty() || !s.sources.isEmpty(), qPrintable(s.id));
            for (const QString &study : s.studies)
                QVERIFY2(c.study(study), qPrintable(s.id + QStringLiteral(" cites unknown study ") + study));
            for (const QString &source : s.sources)
                QVERIFY2(c.source(source), qPrintable(s.id + QStringLiteral(" cites unknown source ") + source));
            (s.panel == Statement::Panel::CanSay ? can : cannot)++;
        }
        QVERIFY(can >= 5);
        QVERIFY(cannot >= 5);
    }

    void vocabularyIsComplete()
    {
        QCOMPARE(c.prefectures().size(), 48);
        for (const Choice &p : c.prefectures())
            QVERIFY2(p.label.isComplete() && !p.id.isEmpty(), qPrintable(p.id));
        for (Language l : allLanguages()) {
            for (Rung r : {Rung::Animal, Rung::UncontrolledHuman, Rung::SmallControlled, Rung::LargeRct})
                QVERIFY(!c.rungLabel(r, l).isEmpty());
            for (RegulatoryStatus x : {RegulatoryStatus::NotApproved, RegulatoryStatus::Approved,
                                       RegulatoryStatus::ConditionalApproval, RegulatoryStatus::ApprovedThenWithdrawn})
                QVERIFY(!c.statusLabel(x, l).isEmpty());
            for (Certainty x : {Certainty::High, Certainty::Moderate, Certainty::Low, Certainty::VeryLow})
                QVERIFY(!c.certaintyLabel(x, l).isEmpty());
            for (Result x : {Result::Positive, Result::Negative, Result::Inconclusive})
                QVERIFY(!c.resultLabel(x, l).isEmpty());
        }
    }

    void wrongFiguresNeverAppear_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("13 studies") << QStringLiteral("13\\s*(件|本|studies|trials)");
        QTest::newRow("231 patients") << QStringLiteral("231");
        QTest::newRow("189 randomised") << QStringLiteral("189\\s*(人|例|名)?\\s*(を|が)?\\s*(無作為|ランダム)|189 (participants |patients |people )?(were )?randomi[sz]ed");
        QTest::newRow("15-patient study") << QStringLiteral("15\\s*(例|人|名)|15[- ]patient|15 patients|fifteen");
        QTest::newRow("CSF NfL") << QStringLiteral("CSF NfL|髄液.{0,6}NfL|(blood|plasma)\\s*(/|and|or)\\s*CSF\\s*NfL|NfL in (the )?CSF");
        QTest::newRow("guessed meta-analysis DOI") << QStringLiteral("s41536-021-00131-5");
    }
    void wrongFiguresNeverAppear()
    {
        QFETCH(QString, pattern);
        const QString found = firstShown(pattern, false);
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }

    void correctedFiguresAreStated_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QStringList>("figures");
        QTest::newRow("meta-analysis") << QStringLiteral("stem-cells") << QStringList{QStringLiteral("11"), QStringLiteral("220")};
        QTest::newRow("NurOwn") << QStringLiteral("stem-cells") << QStringList{QStringLiteral("196"), QStringLiteral("189")};
        QTest::newRow("SHED-CM cohort") << QStringLiteral("conditioned-medium") << QStringList{QStringLiteral("24"), QStringLiteral("NCT06608719")};
        QTest::newRow("riluzole") << QStringLiteral("standard-care") << QStringList{QStringLiteral("974"), QStringLiteral("503")};
        QTest::newRow("AMX0035 withdrawn") << QStringLiteral("standard-care") << QStringList{QStringLiteral("2024"), QStringLiteral("2025"), QStringLiteral("664")};
    }
    void correctedFiguresAreStated()
    {
        QFETCH(QString, section);
        QFETCH(QStringList, figures);
        for (Language l : allLanguages()) {
            const QString md = c.sectionMarkdown(section, l);
            for (const QString &f : figures)
                QVERIFY2(md.contains(f), qPrintable(languageCode(l) + QStringLiteral(" lacks ") + f));
        }
        QVERIFY(c.sectionMarkdown(QStringLiteral("standard-care"), Language::English).contains(QLatin1String("plasma")));
        QVERIFY(c.sectionMarkdown(QStringLiteral("standard-care"), Language::Japanese).contains(QStringLiteral("血漿")));
    }

    void aboutShowsReviewDates()
    {
        QVERIFY(c.sectionMarkdown(QStringLiteral("about"), Language::Japanese).contains(Content::formatDate(c.reviewed(), Language::Japanese)));
        QVERIFY(c.sectionMarkdown(QStringLiteral("about"), Language::English).contains(Content::formatDate(c.nextReview(), Language::English)));
        QCOMPARE(Content::formatDate(QDate(2026, 11, 25), Language::Japanese), QStringLiteral("2026年11月25日"));
        QCOMPARE(Content::formatDate(QDate(2026, 11, 25), Language::English), QStringLiteral("25 November 2026"));
    }

    void ladderTellsTheStory()
    {
        const EvidenceLadder ladder(c, Language::English);
        QCOMPARE(ladder.rows().size(), 7);
        auto row = [&](const char *id) {
            const LadderRow *r = ladder.row(QLatin1String(id));
            if (!r)
                qFatal("no ladder row for %s", id);
            return r;
        };
        // Riluzole: the one drug with a survival benefit stands on large trials, and shows its approvals.
        QCOMPARE(row("riluzole")->highest, Rung::LargeRct);
        QCOMPARE(row("riluzole")->resultAtHighest, Result::Positive);
        QCOMPARE(row("riluzole")->status, RegulatoryStatus::Approved);
        QCOMPARE(row("riluzole")->approvals, QStringList({QStringLiteral("US 1995"), QStringLiteral("EU 1996")}));
        // Approval is a mark of its own: no drug climbs above riluzole for being approved.
        for (const LadderRow &r : ladder.rows())
            QVERIFY2(int(r.highest) <= int(row("riluzole")->highest), qPrintable(r.therapy));
        QVERIFY(int(row("tofersen")->highest) < int(row("riluzole")->highest));
        QVERIFY(int(row("edaravone")->highest) < int(row("riluzole")->highest));
        // Tofersen: accelerated approval and, next to it, the missed primary endpoint.
        QCOMPARE(row("tofersen")->status, RegulatoryStatus::ConditionalApproval);
        QCOMPARE(row("tofersen")->resultAtHighest, Result::Negative);
        QVERIFY2(ladder.statusText(*row("tofersen")).startsWith(QLatin1String("Accelerated or conditional approval (US 2023")), qPrintable(ladder.statusText(*row("tofersen"))));
        QCOMPARE(ladder.resultText(*row("tofersen")), QStringLiteral("Main goal not met"));
        // AMX0035: approved, then withdrawn everywhere; its larger trial failed.
        QCOMPARE(row("amx0035")->status, RegulatoryStatus::ApprovedThenWithdrawn);
        QCOMPARE(row("amx0035")->highest, Rung::LargeRct);
        QCOMPARE(row("amx0035")->resultAtHighest, Result::Negative);
        // Edaravone's two trials disagree: counted, not summed into one word.
        QCOMPARE(ladder.resultText(*row("edaravone")), QStringLiteral("1 of 2 trials met their main goal"));
        QCOMPARE(row("edaravone")->status, RegulatoryStatus::Approved);
        // Stem cells: pooled uncontrolled data stay with uncontrolled studies, below small controlled trials, and
        // nothing lifts stem cells above the small controlled trials the Cochrane review found.
        QCOMPARE(c.study(QStringLiteral("stemcell-metaanalysis-2021"))->rung, Rung::UncontrolledHuman);
        QVERIFY(int(c.study(QStringLiteral("stemcell-metaanalysis-2021"))->rung) < int(Rung::SmallControlled));
        QVERIFY(int(row("stem-cells")->highest) <= int(Rung::SmallControlled));
        QCOMPARE(row("stem-cells")->status, RegulatoryStatus::NotApproved);
        // An application is not an approval.
        QCOMPARE(row("nurown")->highest, Rung::LargeRct);
        QCOMPARE(row("nurown")->resultAtHighest, Result::Negative);
        QCOMPARE(row("nurown")->status, RegulatoryStatus::NotApproved);
        QCOMPARE(row("conditioned-medium")->highest, Rung::UncontrolledHuman);
        QVERIFY(row("conditioned-medium")->reached.contains(Rung::Animal));
        QCOMPARE(row("conditioned-medium")->resultAtHighest, Result::Inconclusive);
        QCOMPARE(row("conditioned-medium")->status, RegulatoryStatus::NotApproved);

        const QString alt = ladder.textAlternative();
        QVERIFY(alt.contains(QLatin1String("Riluzole: Strongest evidence in people: Large randomised trials. What it found "
                                           "on its main goal: Main goal met. Regulatory status: Approved (US 1995, EU 1996).")));
        QVERIFY(alt.contains(QLatin1String("Conditioned medium: Strongest evidence in people: Studies in people, no comparison group.")));
        // The caption says which way is stronger, the way the picture is drawn.
        QVERIFY(alt.startsWith(c.label(QStringLiteral("ladderIntro"), Language::English)));
        QVERIFY(alt.contains(QLatin1String("further right")));
        QVERIFY(!c.label(QStringLiteral("ladderIntro"), Language::Japanese).contains(QStringLiteral("上の段")));
        QVERIFY(c.label(QStringLiteral("ladderIntro"), Language::Japanese).contains(QStringLiteral("右")));
        const QString ja = EvidenceLadder(c, Language::Japanese).textAlternative();
        QVERIFY(ja.contains(QStringLiteral("リルゾール：")));
        QVERIFY(ja.contains(QStringLiteral("承認（米国 1995、EU 1996）")));
    }

    void regulatorsAreSummedUpByRegion()
    {
        // A withdrawal in one region does not cancel an approval in another.
        const QString dir = QDir::temp().filePath(QStringLiteral("als-ladder-%1").arg(QCoreApplication::applicationPid()));
        QDir(dir).removeRecursively();
        QVERIFY(QDir().mkpath(dir));
        for (const QString &name : {QStringLiteral("meta.json"), QStringLiteral("vocabulary.json"), QStringLiteral("statements.json")})
            QVERIFY(QFile::copy(QStringLiteral(":/content/") + name, dir + QLatin1Char('/') + name));
        QFile in(QStringLiteral(":/content/studies.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray data = in.readAll();
        // Take away AMX0035's US withdrawals: the US approval stands again, so it is no longer withdrawn.
        data.replace("\"status\": \"approval-withdrawn\"", "\"status\": \"negative-opinion\"");
        data.replace("\"id\": \"amx0035-us-market-withdrawal-2024\",\n      \"therapy\": \"amx0035\",\n      \"status\": \"market-withdrawal\"",
                     "\"id\": \"amx0035-us-market-withdrawal-2024\",\n      \"therapy\": \"amx0035\",\n      \"status\": \"negative-opinion\"");
        QFile out(dir + QStringLiteral("/studies.json"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
        out.close();
        Content changed;
        QVERIFY2(changed.load(dir), qPrintable(changed.errorString()));
        const EvidenceLadder ladder(changed, Language::English);
        QCOMPARE(ladder.row(QStringLiteral("amx0035"))->status, RegulatoryStatus::Approved);
        QDir(dir).removeRecursively();
    }

    void certaintyNeverExceedsItsSources()
    {
        for (const Statement &s : c.statements()) {
            if (s.official) {
                QVERIFY2(!s.sources.isEmpty(), qPrintable(s.id));
                continue;
            }
            int strongest = -1;
            for (const QString &id : s.studies)
                strongest = std::max(strongest, certaintyRank(c.study(id)->certainty));
            QVERIFY2(certaintyRank(s.certainty) <= strongest, qPrintable(s.id));
        }
        // Laws and notices are cited as what they are.
        bool legal = false;
        for (const Statement &s : c.statements())
            legal = legal || (s.official && s.sources.contains(QStringLiteral("regenerative-medicine-act-2013")));
        QVERIFY(legal);
    }

    void aStatementRatedAboveItsStudiesIsRefused_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        // cannot-cm-helps cites only very-low studies.
        QTest::newRow("too certain") << QByteArray("\"id\": \"cannot-cm-helps\",\n      \"panel\": \"cannot\",\n      \"certainty\": \"very-low\"")
                                     << QByteArray("\"id\": \"cannot-cm-helps\",\n      \"panel\": \"cannot\",\n      \"certainty\": \"moderate\"")
                                     << QStringLiteral("more certain than any study it cites");
        QTest::newRow("unknown source") << QByteArray("\"regenerative-medicine-act-2013\"") << QByteArray("\"no-such-law\"")
                                        << QStringLiteral("unknown source");
    }
    void aStatementRatedAboveItsStudiesIsRefused()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        const QString dir = QDir::temp().filePath(QStringLiteral("als-statements-%1").arg(QCoreApplication::applicationPid()));
        QDir(dir).removeRecursively();
        QVERIFY(QDir().mkpath(dir));
        for (const QString &name : {QStringLiteral("meta.json"), QStringLiteral("vocabulary.json"), QStringLiteral("studies.json")})
            QVERIFY(QFile::copy(QStringLiteral(":/content/") + name, dir + QLatin1Char('/') + name));
        QFile in(QStringLiteral(":/content/statements.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray data = in.readAll();
        QVERIFY2(data.contains(from), from.constData());
        data.replace(from, to);
        QFile out(dir + QStringLiteral("/statements.json"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
        out.close();
        Content broken;
        QVERIFY(!broken.load(dir));
        QVERIFY2(broken.errorString().contains(message), qPrintable(broken.errorString()));
        QDir(dir).removeRecursively();
    }

    void harmsAreAsPlainAsBenefits()
    {
        // Both evidence pages carry the harms section and the questions and warning signs.
        for (Language l : allLanguages()) {
            for (const char *id : {"stem-cells", "conditioned-medium"}) {
                const QString md = c.sectionMarkdown(QLatin1String(id), l);
                const QString heading = l == Language::Japanese ? QStringLiteral("## 起こりうる害と負担")
                                                                : QStringLiteral("## Possible harms and burdens");
                QVERIFY2(md.contains(heading), qPrintable(QLatin1String(id)));
                QVERIFY2(md.contains(l == Language::Japanese ? QStringLiteral("jRCT") : QStringLiteral("jRCT")), id);
                QVERIFY2(!md.contains(QLatin1String("{{include")), id);
            }
        }
        bool cannotSafe = false;
        for (const Statement &s : c.statements())
            cannotSafe = cannotSafe || (s.id == QLatin1String("cannot-selfpay-safe") && s.panel == Statement::Panel::CannotSay);
        QVERIFY(cannotSafe);
        // The laboratory statement is no longer in the "can say" panel.
        for (const Statement &s : c.statements()) {
            if (s.panel == Statement::Panel::CanSay)
                QVERIFY2(!s.studies.contains(QStringLiteral("asccm-mice-2015")), qPrintable(s.id));
        }
    }

    void everythingNamedHasAReference_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("entry");
        const std::pair<const char *, const char *> names[] = {
            {"PHOENIX", "amx0035-phoenix-2024"},       {"MCI186-16", "edaravone-mci186-16-2014"},
            {"MCI186-19", "edaravone-mci186-19-2017"}, {"VALOR", "tofersen-valor-2022"},
            {"CENTAUR", "amx0035-centaur-2020"},       {"ATLAS", "atlas-tofersen"},
            {"ENDURANCE", "nurown-endurance"},         {"EFNS", "efns-2012"},
            {"NICE", "nice-qs126"},                    {"AAN", "aan-2009-drug-nutrition-respiratory"},
            {"jRCT", "jrct"},                          {"ClinicalTrials.gov", "clinicaltrials-gov"},
            {"Bauer", "bauer-2018"},                   {"Berkowitz", "berkowitz-2016"},
            {"Kuriyan", "kuriyan-2017"},               {"Strong", "strong-2017"},
            {"Bourke", "niv-bourke-2006"},             {"Moura", "stemcell-moura-2016"},
            {"Aljabri", "stemcell-aljabri-2021"},      {"Walker", "asccm-walker-2018"},
            {"Ueda", "shedcm-ueda-2022"},              {"NCT06889857", "shedcm-prospective-registered"},
            {"人生会議", "mhlw-jinsei-kaigi-2018"},     {"日本ALS協会", "jalsa"},
            {"難病情報センター", "nanbyou-center"},      {"臨床研究情報ポータルサイト", "rct-portal"},
            {"緊急命令", "mhlw-emergency-order-2025"},   {"ISSCR", "isscr-closer-look"},
            {"17", "iamals-nurown-2023"},
        };
        for (const auto &[name, entry] : names)
            QTest::newRow(name) << QString::fromUtf8(name) << QString::fromLatin1(entry);
    }
    void everythingNamedHasAReference()
    {
        QFETCH(QString, name);
        QFETCH(QString, entry);
        bool named = false;
        for (const SectionInfo &s : c.sections()) {
            for (Language l : allLanguages())
                named = named || c.sectionMarkdown(s.id, l).contains(name);
        }
        if (!named)
            QSKIP("not named in the prose");
        QVERIFY2(c.study(entry) || c.source(entry), qPrintable(name + QStringLiteral(" is named but has no entry ") + entry));
    }

    void mustNotBePrinted_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("riluzole approval date in Japan")
            << QStringLiteral("(リルゾール|リルテック)[^。]{0,30}(1998|1999)年[^。]{0,10}承認|approved in Japan in (1998|1999)|Japan[^.]{0,30}approv[^.]{0,20}(1998|1999)");
        QTest::newRow("wrong jRCT address") << QStringLiteral("jrct\\.mhlw\\.go\\.jp");
        QTest::newRow("up to 50%") << QStringLiteral("up to 50|最大50|50%まで|半数まで");
        QTest::newRow("clinic names") << QStringLiteral("ティーエス|東京サイエンス|銀座クリニック|ネオポリス|コージンバイオ|JASC|RBio|日本医療会|一般社団法人TH|福岡MSC|鳳凰|Hitonowa[^.]{0,40}(order|命令)");
        QTest::newRow("supernatant emergency order") << QStringLiteral("(上清液|エクソソーム)(に対する|への|の)緊急命令|emergency order (on|for|against) (conditioned medium|exosome)");
        QTest::newRow("ALS death at a clinic") << QStringLiteral("ALSの(人|患者)[^。]{0,20}(クリニック|自由診療)[^。]{0,20}亡くな|(person|people|patient)s? with ALS died");
    }
    void mustNotBePrinted()
    {
        QFETCH(QString, pattern);
        const QString found = firstShown(pattern, true);
        QVERIFY2(found.isEmpty(), qPrintable(found));
        // Identifiers and authors that were not seen are not printed either.
        QVERIFY(c.source(QStringLiteral("berkowitz-2016")));
        QVERIFY(c.source(QStringLiteral("berkowitz-2016"))->citation.identifiers.isEmpty());
        QVERIFY(c.source(QStringLiteral("oec-als-2010"))->citation.authors.isEmpty());
        QVERIFY(c.study(QStringLiteral("shedcm-retrospective-2024"))->citation.authors.isEmpty());
    }

    void evidenceSectionsCarryTheirTables()
    {
        QTextDocument doc;
        DocumentBuilder(c, Language::English).buildSection(&doc, QStringLiteral("conditioned-medium"));
        const QString text = doc.toPlainText();
        QVERIFY(text.contains(QLatin1String("Studies in this area")));
        QVERIFY(text.contains(QLatin1String("Evidence ladder (table)")));
        QVERIFY(text.contains(QLatin1String("Biomedicines, 2024")));   // the 24-person cohort, by journal
        QVERIFY(!text.contains(QLatin1String("Cudkowicz")));         // NurOwn belongs to the stem-cell view
        DocumentBuilder(c, Language::Japanese).buildSection(&doc, QStringLiteral("references"));
        for (const Study &s : c.studies())
            QVERIFY2(doc.toHtml().contains(DocumentBuilder::studyAnchor(s.id)), qPrintable(s.id));
        QVERIFY(doc.toHtml().contains(QLatin1String("https://hdl.handle.net/10810/50934")));
    }
};

QTEST_MAIN(TestContent)
#include "tst_content.moc"
