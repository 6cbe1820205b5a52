// The content is whole, both languages match, and none of the source article's wrong figures ships.

#include "Content.h"
#include "DocumentBuilder.h"
#include "EvidenceLadder.h"

#include <QDir>
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
            QVERIFY2(s.citation.hasIdentifier(), qPrintable(s.id + QStringLiteral(" has no DOI, PMID, registration or handle")));
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
            QVERIFY2(!s.studies.isEmpty(), qPrintable(s.id));
            for (const QString &study : s.studies)
                QVERIFY2(c.study(study), qPrintable(s.id + QStringLiteral(" cites unknown study ") + study));
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
            for (Rung r : {Rung::Animal, Rung::UncontrolledHuman, Rung::SmallControlled, Rung::MetaAnalysisSmall,
                           Rung::LargeRct, Rung::Approval})
                QVERIFY(!c.rungLabel(r, l).isEmpty());
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
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        for (Language l : allLanguages()) {
            const QString text = allText(l);
            const auto m = re.match(text);
            QVERIFY2(!m.hasMatch(), qPrintable(languageCode(l) + QStringLiteral(": …") + text.mid(m.capturedStart() - 40, 100)));
        }
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
        auto row = [&](const char *id) { return ladder.row(QLatin1String(id)); };
        QVERIFY(row("riluzole") && row("conditioned-medium") && row("amx0035") && row("nurown") && row("stem-cells"));
        QCOMPARE(row("riluzole")->highest, Rung::LargeRct);
        QCOMPARE(row("riluzole")->resultAtHighest, Result::Positive);
        QCOMPARE(row("conditioned-medium")->highest, Rung::UncontrolledHuman);
        QVERIFY(row("conditioned-medium")->reached.contains(Rung::Animal));
        QCOMPARE(row("conditioned-medium")->resultAtHighest, Result::Inconclusive);
        QCOMPARE(row("amx0035")->highest, Rung::Approval);
        QCOMPARE(row("amx0035")->resultAtHighest, Result::Negative);  // approval withdrawn
        QCOMPARE(row("nurown")->highest, Rung::LargeRct);               // an application is not an approval
        QCOMPARE(row("nurown")->resultAtHighest, Result::Negative);
        QCOMPARE(row("tofersen")->highest, Rung::Approval);
        QCOMPARE(row("stem-cells")->highest, Rung::MetaAnalysisSmall);
        QVERIFY(int(row("riluzole")->highest) > int(row("conditioned-medium")->highest) + 2);
        const QString alt = ladder.textAlternative();
        QVERIFY(alt.contains(QLatin1String("Riluzole: Large randomised trials (Positive)")));
        QVERIFY(alt.contains(QLatin1String("Conditioned medium: Uncontrolled human studies (Inconclusive)")));
        QVERIFY(EvidenceLadder(c, Language::Japanese).textAlternative().contains(QStringLiteral("リルゾール：")));
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
