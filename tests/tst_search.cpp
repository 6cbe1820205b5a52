// Search finds body text in both languages, across sections, studies and statements, and ranks sensibly.

#include "Search.h"

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
        QVERIFY(!en.search(QStringLiteral("supportive care")).isEmpty());
        QVERIFY(ja.search(QStringLiteral("supportive care")).isEmpty());
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

    void limitIsRespected()
    {
        const SearchIndex ja(c, Language::Japanese);
        QVERIFY(ja.search(QStringLiteral("ALS"), 500).size() > 5);
        QCOMPARE(ja.search(QStringLiteral("ALS"), 5).size(), 5);
    }
};

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
