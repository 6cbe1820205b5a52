// Search finds body text in both languages, across sections, studies and statements, and ranks sensibly.

#include "Search.h"

#include <QSet>
#include <QTest>

using namespace als;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    const Content &c = Content::builtIn();

private Q_SLOTS:
    void folding()
    {
        QCOMPARE(SearchIndex::fold(QStringLiteral("ＡＬＳ Riluzole")), QStringLiteral("als riluzole"));
        QVector<int> offsets;
        const QString original = QStringLiteral("ＮｆＬ値");
        const QString folded = SearchIndex::fold(original, &offsets);
        QCOMPARE(folded, QStringLiteral("nfl値"));
        QCOMPARE(offsets.size(), folded.size() + 1);
        QCOMPARE(offsets.at(3), 3);
    }

    void findsBodyText_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("section");
        QTest::newRow("ja: 呼吸 in overview") << int(Language::Japanese) << QStringLiteral("人工呼吸器") << QStringLiteral("overview");
        QTest::newRow("ja: 上清液 in conditioned medium") << int(Language::Japanese) << QStringLiteral("NCT06889857") << QStringLiteral("conditioned-medium");
        QTest::newRow("ja: 指定難病") << int(Language::Japanese) << QStringLiteral("指定難病") << QStringLiteral("overview");
        QTest::newRow("en: ventilator") << int(Language::English) << QStringLiteral("ventilator") << QStringLiteral("overview");
        QTest::newRow("en: ENDURANCE") << int(Language::English) << QStringLiteral("ENDURANCE") << QStringLiteral("stem-cells");
        QTest::newRow("en: warning signs") << int(Language::English) << QStringLiteral("testimonials") << QStringLiteral("stem-cells");
    }
    void findsBodyText()
    {
        QFETCH(int, language);
        QFETCH(QString, query);
        QFETCH(QString, section);
        const SearchIndex index(c, Language(language));
        const QList<SearchHit> hits = index.search(query);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        bool inSection = false;
        for (const SearchHit &hit : hits) {
            QVERIFY(SearchIndex::fold(hit.target.needle).contains(SearchIndex::fold(query)));
            QVERIFY(hit.target.blockText.contains(hit.target.needle));
            inSection = inSection || hit.target.sectionId == section;
        }
        QVERIFY2(inSection, qPrintable(query + QStringLiteral(" not found in ") + section));
    }

    void eachLanguageSearchesItsOwnText()
    {
        const SearchIndex ja(c, Language::Japanese);
        const SearchIndex en(c, Language::English);
        QVERIFY(!ja.search(QStringLiteral("幹細胞")).isEmpty());
        QVERIFY(en.search(QStringLiteral("胃ろう")).isEmpty());
        QVERIFY(!ja.search(QStringLiteral("胃ろう")).isEmpty());
        QVERIFY(!en.search(QStringLiteral("lumbar puncture")).isEmpty());
        QVERIFY(ja.search(QStringLiteral("lumbar puncture")).isEmpty());
    }

    void findsStudiesAndStatements()
    {
        const SearchIndex en(c, Language::English);
        bool study = false;
        bool statement = false;
        for (const SearchHit &hit : en.search(QStringLiteral("Biomedicines"))) {
            if (hit.kind == SearchHit::Kind::Study && hit.target.sectionId == QLatin1String("references"))
                study = !hit.target.anchor.isEmpty();
        }
        const Statement &first = c.statements().constFirst();
        const QString words = first.text.en.section(QLatin1Char(' '), 0, 3);
        for (const SearchHit &hit : en.search(words)) {
            if (hit.kind == SearchHit::Kind::Statement && hit.target.blockText == first.text.en)
                statement = true;
        }
        QVERIFY(study);
        QVERIFY2(statement, qPrintable(words));
    }

    void allWordsMustMatch()
    {
        const SearchIndex en(c, Language::English);
        const QList<SearchHit> both = en.search(QStringLiteral("NurOwn placebo"));
        QVERIFY(!both.isEmpty());
        for (const SearchHit &hit : both) {
            const QString text = SearchIndex::fold(hit.target.blockText);
            QVERIFY(text.contains(QLatin1String("nurown")) && text.contains(QLatin1String("placebo")));
        }
        QVERIFY(en.search(QStringLiteral("NurOwn zzzzunlikely")).isEmpty());
        QVERIFY(en.search(QStringLiteral("   ")).isEmpty());
    }

    void headingsRankFirst()
    {
        // A heading that is the query outranks the many paragraphs that merely mention it.
        const SearchIndex en(c, Language::English);
        const QList<SearchHit> hits = en.search(QStringLiteral("NurOwn"));
        QVERIFY(hits.size() > 3);
        int headingIndex = -1;
        for (int i = 0; i < hits.size(); ++i) {
            if (hits.at(i).target.blockText.size() < 60 && hits.at(i).target.sectionId == QLatin1String("stem-cells")) {
                headingIndex = i;
                break;
            }
        }
        QVERIFY(headingIndex >= 0);
        QVERIFY2(headingIndex < 3, qPrintable(QString::number(headingIndex)));
        for (int i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).score >= hits.at(i).score);
    }

    void fullWidthQueryFindsHalfWidthText()
    {
        const SearchIndex ja(c, Language::Japanese);
        QVERIFY(!ja.search(QStringLiteral("ＳＯＤ１")).isEmpty());
        QCOMPARE(ja.search(QStringLiteral("ＳＯＤ１")).size(), ja.search(QStringLiteral("sod1")).size());
    }

    // A therapy's name in one script finds it in the other, in both languages; the names come from vocabulary.json.
    void drugNamesInEitherScript_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("found");
        QTest::newRow("ja guide, Latin name") << int(Language::Japanese) << QStringLiteral("tofersen")
                                              << QStringLiteral("standard-care") << QStringLiteral("トファーセン");
        QTest::newRow("ja guide, capitals") << int(Language::Japanese) << QStringLiteral("Tofersen")
                                            << QStringLiteral("standard-care") << QStringLiteral("トファーセン");
        QTest::newRow("ja guide, being typed") << int(Language::Japanese) << QStringLiteral("tofer")
                                               << QStringLiteral("standard-care") << QStringLiteral("トファーセン");
        QTest::newRow("en guide, katakana") << int(Language::English) << QStringLiteral("トファーセン")
                                            << QStringLiteral("standard-care") << QStringLiteral("Tofersen");
        QTest::newRow("en guide, riluzole") << int(Language::English) << QStringLiteral("リルゾール")
                                            << QStringLiteral("standard-care") << QStringLiteral("Riluzole");
        QTest::newRow("ja guide, two words") << int(Language::Japanese) << QStringLiteral("conditioned medium")
                                             << QStringLiteral("conditioned-medium") << QStringLiteral("幹細胞上清液");
        QTest::newRow("en guide, 幹細胞上清液")
            << int(Language::English) << QStringLiteral("幹細胞上清液") << QStringLiteral("conditioned-medium")
            << QStringLiteral("Conditioned medium");
    }
    void drugNamesInEitherScript()
    {
        QFETCH(int, language);
        QFETCH(QString, query);
        QFETCH(QString, section);
        QFETCH(QString, found);
        const SearchIndex index(c, Language(language));
        bool hit = false;
        for (const SearchHit &h : index.search(query)) {
            QVERIFY(h.target.blockText.contains(h.target.needle));
            if (h.target.sectionId == section && SearchIndex::fold(h.target.needle) == SearchIndex::fold(found)) {
                QVERIFY(h.target.blockText.contains(h.target.needle, Qt::CaseInsensitive));
                hit = true;
            }
        }
        QVERIFY2(hit, qPrintable(query + QStringLiteral(" did not find ") + found + QStringLiteral(" in ") + section));
    }

    void everyTherapyNameCrossesOver()
    {
        // Whatever the vocabulary names: the English name in the Japanese guide finds the Japanese one, and back.
        int checked = 0;
        for (const TherapyInfo &therapy : c.therapies()) {
            if (SearchIndex::fold(therapy.label.ja) == SearchIndex::fold(therapy.label.en))
                continue;
            for (Language language : {Language::Japanese, Language::English}) {
                const SearchIndex index(c, language);
                const QString own = therapy.label.in(language);
                const QString other =
                    therapy.label.in(language == Language::Japanese ? Language::English : Language::Japanese);
                QVERIFY(index.aliases(SearchIndex::fold(other).simplified())
                            .contains(SearchIndex::fold(own).simplified()));
                const QList<SearchHit> native = index.search(own);
                if (native.isEmpty())
                    continue;  // the guide never writes this name in this language
                bool found = false;
                for (const SearchHit &h : index.search(other))
                    found = found || SearchIndex::fold(h.target.needle) == SearchIndex::fold(own);
                QVERIFY2(found, qPrintable(other + QStringLiteral(" -> ") + own));
                ++checked;
            }
        }
        QVERIFY(checked >= 6);
    }

    void ownWordsDoNotWiden()
    {
        // 幹細胞 begins 幹細胞上清液, but in the Japanese guide it means itself, not "conditioned medium".
        const SearchIndex ja(c, Language::Japanese);
        const QList<SearchHit> hits = ja.search(QStringLiteral("幹細胞"));
        QVERIFY(!hits.isEmpty());
        for (const SearchHit &h : hits)
            QCOMPARE(h.target.needle, QStringLiteral("幹細胞"));
    }

    void noTwoHitsOpenTheSamePlace_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("query");
        QTest::newRow("en tofersen") << int(Language::English) << QStringLiteral("tofersen");
        QTest::newRow("en placebo") << int(Language::English) << QStringLiteral("placebo");
        QTest::newRow("en NurOwn") << int(Language::English) << QStringLiteral("NurOwn");
        QTest::newRow("en stem cells") << int(Language::English) << QStringLiteral("stem cells");
        QTest::newRow("ja トファーセン") << int(Language::Japanese) << QStringLiteral("トファーセン");
        QTest::newRow("ja 上清液") << int(Language::Japanese) << QStringLiteral("上清液");
        QTest::newRow("ja ALS") << int(Language::Japanese) << QStringLiteral("ALS");
    }
    void noTwoHitsOpenTheSamePlace()
    {
        QFETCH(int, language);
        QFETCH(QString, query);
        const SearchIndex index(c, Language(language));
        const QList<SearchHit> hits = index.search(query, 500);
        QVERIFY(hits.size() > 1);
        QSet<QString> targets;
        for (const SearchHit &h : hits) {
            const QString key = h.target.sectionId + QLatin1Char('|') + h.target.anchor + QLatin1Char('|')
                + h.target.blockText + QLatin1Char('|') + h.target.needle + QLatin1Char('|')
                + QString::number(h.target.occurrence);
            QVERIFY2(!targets.contains(key), qPrintable(QStringLiteral("twice: ") + key));
            targets.insert(key);
        }
    }

    void hitsSayWhereTheyAre()
    {
        // The table row "Tofersen" sits under its section's heading; the paragraph under "Tofersen".
        const SearchIndex en(c, Language::English);
        bool underHeading = false;
        for (const SearchHit &h : en.search(QStringLiteral("lumbar puncture"))) {
            QCOMPARE(h.title, c.sectionTitle(h.target.sectionId, Language::English));
            underHeading = underHeading
                || (h.target.sectionId == QLatin1String("standard-care") && h.heading == QLatin1String("Tofersen"));
        }
        QVERIFY(underHeading);
    }

    void snippetsStartAndEndAtWords_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *q : {"tofersen", "108", "placebo", "people", "stem cells", "ALSFRS-R", "NfL", "survival"})
            QTest::newRow(q) << QString::fromLatin1(q);
    }
    void snippetsStartAndEndAtWords()
    {
        QFETCH(QString, query);
        const SearchIndex en(c, Language::English);
        const QList<SearchHit> hits = en.search(query, 500);
        QVERIFY(!hits.isEmpty());
        const QChar ellipsis(0x2026);
        for (const SearchHit &h : hits) {
            QVERIFY2(SearchIndex::fold(h.snippet.mid(h.snippetMatchStart, h.snippetMatchLength))
                         == SearchIndex::fold(h.target.needle).simplified(),
                     qPrintable(h.snippet));
            QString body = h.snippet;
            const bool cutBefore = body.startsWith(ellipsis);
            const bool cutAfter = body.endsWith(ellipsis);
            body = body.mid(cutBefore ? 1 : 0, body.size() - (cutBefore ? 1 : 0) - (cutAfter ? 1 : 0));
            const QString text = h.target.blockText.simplified();
            const int at = int(text.indexOf(body));
            QVERIFY2(at >= 0, qPrintable(body));
            QVERIFY2(at == 0 || !text.at(at - 1).isLetterOrNumber(),
                     qPrintable(QStringLiteral("starts mid-word: ") + h.snippet));
            QVERIFY2(at + body.size() == text.size() || !text.at(at + body.size()).isLetterOrNumber(),
                     qPrintable(QStringLiteral("ends mid-word: ") + h.snippet));
            QVERIFY2(cutBefore == (at > 0 && !QStringLiteral(".!?").contains(text.left(at).trimmed().right(1))),
                     qPrintable(h.snippet + QStringLiteral(" in ") + text));
            QVERIFY(cutAfter == (at + body.size() < text.size()));
        }
    }

    void japaneseSnippetsStartAtASentenceOrClause()
    {
        const SearchIndex ja(c, Language::Japanese);
        const QList<SearchHit> hits = ja.search(QStringLiteral("プラセボ"), 500);
        QVERIFY(hits.size() > 3);
        for (const SearchHit &h : hits) {
            const QString body = h.snippet.startsWith(QChar(0x2026)) ? h.snippet.mid(1) : h.snippet;
            const QString text = h.target.blockText.simplified();
            const int at = int(text.indexOf(body.left(std::min<int>(10, int(body.size())))));
            QVERIFY2(at >= 0, qPrintable(h.snippet));
            if (at > 0 && !text.at(at - 1).isSpace())
                QVERIFY2(QStringLiteral("。、，．！？；：」）』】").contains(text.at(at - 1)), qPrintable(h.snippet));
        }
    }

    void limitIsRespected()
    {
        const SearchIndex ja(c, Language::Japanese);
        QVERIFY(ja.search(QStringLiteral("ALS"), 500).size() > 5);
        QCOMPARE(ja.search(QStringLiteral("ALS"), 5).size(), 5);
    }
};

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
