// Japanese for older readers: short sentences, not too much kanji, a reading in brackets the first time a hard
// term appears on a page, and one word for one concept. A failure names the file and line and says what to change.

#include "Content.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace als;

namespace {

constexpr int kMaxSentence = 60;
constexpr double kMaxKanjiShare = 0.30;

// Hard terms and the reading that must follow them, in brackets, at their first use on each page.
const std::pair<const char *, const char *> kTerms[] = {
    {"上清液", "じょうせいえき"},         {"髄腔内投与", "ずいくうないとうよ"},
    {"間葉系幹細胞", "かんようけいかんさいぼう"}, {"単核球", "たんかくきゅう"},
    {"球麻痺", "きゅうまひ"},             {"非侵襲的換気", "ひしんしゅうてきかんき"},
    {"血漿", "けっしょう"},               {"脊髄", "せきずい"},
    {"神経筋接合部", "しんけいきんせつごうぶ"}, {"歯髄", "しずい"},
    {"髄液", "ずいえき"},                 {"痙縮", "けいしゅく"},
    {"孤発性", "こはつせい"},             {"気管切開", "きかんせっかい"},
    {"前頭側頭型認知症", "ぜんとうそくとうがたにんちしょう"}, {"腰椎穿刺", "ようついせんし"},
    {"無菌性髄膜炎", "むきんせいずいまくえん"}, {"神経根炎", "しんけいこんえん"},
};

// One word for one concept: the word on the left is never used; the message says which one is.
const std::pair<const char *, const char *> kForbidden[] = {
    {"培養上清液", "write 幹細胞上清液 (the short 上清液 after its first use)"},
    {"確実性", "write 確からしさ, the guide's one word for certainty"},
    {"タンパク質", "write たんぱく質"},
};

bool isKanji(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || u == 0x3005;  // 々
}

struct Unit
{
    int line = 0;
    QString text;
};

// The body text a reader reads: not headings or table rules; list markers and emphasis removed; each table cell
// on its own.
QList<Unit> bodyUnits(const QString &markdown)
{
    static const QRegularExpression rule(QStringLiteral("^\\|?[\\s:|-]+\\|?$"));
    static const QRegularExpression marker(QStringLiteral("^([-*]|\\d+\\.)\\s+"));
    QList<Unit> units;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || rule.match(line).hasMatch())
            continue;
        line.remove(marker);
        QStringList cells{line};
        if (line.startsWith(QLatin1Char('|'))) {
            line.remove(0, 1);
            if (line.endsWith(QLatin1Char('|')))
                line.chop(1);
            cells = line.split(QLatin1Char('|'));
        }
        for (QString cell : cells) {
            cell.remove(QStringLiteral("**"));
            cell = cell.trimmed();
            if (!cell.isEmpty())
                units.append({i + 1, cell});
        }
    }
    return units;
}

// Characters a reader counts: readings in kana brackets are help, not length, and spaces are nothing.
int sentenceLength(const QString &sentence)
{
    static const QRegularExpression reading(QStringLiteral("（[ぁ-ゖァ-ヺー・\\s]+）|〈[ぁ-ゖァ-ヺー・\\s]+〉"));
    QString bare = sentence;
    bare.remove(reading);
    bare.remove(QRegularExpression(QStringLiteral("\\s")));
    return int(bare.size());
}

QStringList sentences(const QString &unit)
{
    QStringList result;
    QString current;
    for (QChar c : unit) {
        current += c;
        if (c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F)) {  // 。！？
            result << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current;
    return result;
}

struct Figures
{
    QStringList problems;
    double kanjiShare = 0;
    int sentences = 0;
    int longSentences = 0;
};

Figures check(const QString &name, const QList<Unit> &units, bool checkShare)
{
    Figures f;
    int kanji = 0;
    int total = 0;
    for (const Unit &u : units) {
        for (const QString &s : sentences(u.text)) {
            ++f.sentences;
            const int length = sentenceLength(s);
            if (length > kMaxSentence) {
                ++f.longSentences;
                f.problems << QStringLiteral("%1:%2: a sentence of %3 characters (at most %4): split it: %5")
                                  .arg(name).arg(u.line).arg(length).arg(kMaxSentence).arg(s.trimmed());
            }
        }
        for (QChar c : u.text) {
            if (c.isSpace())
                continue;
            ++total;
            kanji += isKanji(c) ? 1 : 0;
        }
        for (const auto &[bad, advice] : kForbidden) {
            if (u.text.contains(QString::fromUtf8(bad)))
                f.problems << QStringLiteral("%1:%2: \"%3\": %4").arg(name).arg(u.line).arg(QString::fromUtf8(bad), QString::fromUtf8(advice));
        }
        const QString gloss = QStringLiteral("プラセボ（");
        for (qsizetype at = u.text.indexOf(QStringLiteral("偽薬")); at >= 0; at = u.text.indexOf(QStringLiteral("偽薬"), at + 1)) {
            if (u.text.left(at).endsWith(gloss))
                continue;
            f.problems << QStringLiteral("%1:%2: 偽薬 only as the gloss プラセボ（偽薬）: write プラセボ").arg(name).arg(u.line);
        }
    }
    for (const Unit &u : units) {
        if (u.text.contains(QStringLiteral("プラセボ"))) {
            if (!u.text.contains(QStringLiteral("プラセボ（偽薬")))
                f.problems << QStringLiteral("%1:%2: the first プラセボ on a page reads プラセボ（偽薬）").arg(name).arg(u.line);
            break;
        }
    }
    for (const auto &[termUtf8, readingUtf8] : kTerms) {
        const QString term = QString::fromUtf8(termUtf8);
        const QString reading = QString::fromUtf8(readingUtf8);
        for (const Unit &u : units) {
            const qsizetype at = u.text.indexOf(term);
            if (at < 0)
                continue;
            // The reading follows the whole word the term is part of (幹細胞上清液（かんさいぼうじょうせいえき）).
            qsizetype end = at + term.size();
            while (end < u.text.size() && isKanji(u.text.at(end)))
                ++end;
            static const QRegularExpression bracket(QStringLiteral("^[（〈]([^）〉]*)[）〉]"));
            const auto m = bracket.match(QStringView(u.text).mid(end));
            if (!m.hasMatch() || !m.captured(1).remove(QLatin1Char(' ')).contains(reading))
                f.problems << QStringLiteral("%1:%2: the first %3 on this page needs its reading in brackets: %3（%4）")
                                  .arg(name).arg(u.line).arg(term, reading);
            break;
        }
    }
    f.kanjiShare = total > 0 ? double(kanji) / total : 0;
    if (checkShare && f.kanjiShare > kMaxKanjiShare)
        f.problems << QStringLiteral("%1: kanji are %2% of the body text (at most %3%): use kana for common words")
                          .arg(name).arg(f.kanjiShare * 100, 0, 'f', 1).arg(kMaxKanjiShare * 100, 0, 'f', 0);
    return f;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList japanesePages()
{
    QStringList paths;
    for (const QString &dir : {QStringLiteral(":/content/ja"), QStringLiteral(":/content/ja/parts")}) {
        for (const QString &f : QDir(dir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
            paths << dir + QLatin1Char('/') + f;
    }
    return paths;
}

} // namespace

class TestReadability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(japanesePages().size() >= 8);
    }

    void page_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : japanesePages())
            QTest::newRow(qPrintable(p.mid(QStringLiteral(":/content/").size()))) << p;
    }
    void page()
    {
        QFETCH(QString, path);
        const QString name = QStringLiteral("resources/content/") + path.mid(QStringLiteral(":/content/").size());
        const Figures f = check(name, bodyUnits(readAll(path)), true);
        qInfo("%s: kanji %.1f%%, %d sentences, %d over %d characters", qPrintable(name), f.kanjiShare * 100, f.sentences,
              f.longSentences, kMaxSentence);
        QVERIFY2(f.problems.isEmpty(), qPrintable(QLatin1Char('\n') + f.problems.join(QLatin1Char('\n'))));
    }

    void statements()
    {
        // The "can say" and "can't say" panels are read like a page, in their order.
        QList<Unit> units;
        for (const Statement &s : Content::builtIn().statements())
            units.append({int(units.size()) + 1, s.text.ja});
        const Figures f = check(QStringLiteral("resources/content/statements.json (statement)"), units, true);
        qInfo("statements: kanji %.1f%%, %d sentences, %d over %d characters", f.kanjiShare * 100, f.sentences,
              f.longSentences, kMaxSentence);
        QVERIFY2(f.problems.isEmpty(), qPrintable(QLatin1Char('\n') + f.problems.join(QLatin1Char('\n'))));
    }

    void oneWordForOneConceptInTheData()
    {
        // Study summaries, designs, notes and labels use the same words as the pages (titles of cited documents
        // are quoted as published and are not checked).
        QStringList problems;
        for (const QString &file : {QStringLiteral("studies.json"), QStringLiteral("statements.json"), QStringLiteral("vocabulary.json")}) {
            const QString text = readAll(QStringLiteral(":/content/") + file);
            QVERIFY(!text.isEmpty());
            const QStringList lines = text.split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                const QString line = lines.at(i).trimmed();
                if (!line.startsWith(QLatin1String("\"ja\"")))
                    continue;
                for (const auto &[bad, advice] : kForbidden) {
                    if (line.contains(QString::fromUtf8(bad)))
                        problems << QStringLiteral("resources/content/%1:%2: \"%3\": %4").arg(file).arg(i + 1).arg(QString::fromUtf8(bad), QString::fromUtf8(advice));
                }
                for (qsizetype at = line.indexOf(QStringLiteral("偽薬")); at >= 0; at = line.indexOf(QStringLiteral("偽薬"), at + 1)) {
                    if (!line.left(at).endsWith(QStringLiteral("プラセボ（")))
                        problems << QStringLiteral("resources/content/%1:%2: write プラセボ, not 偽薬").arg(file).arg(i + 1);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
        QCOMPARE(Content::builtIn().label(QStringLiteral("certainty"), Language::Japanese), QStringLiteral("確からしさ"));
    }

    void theCheckCatchesWhatItShould()
    {
        // The rules themselves, on text made to break them, so that a page passing says something.
        const QString bad = QStringLiteral("# 見出し\n\n幹細胞上清液は、偽薬と比べられていない治療であり、その効果や安全性については現在までに十分な科学的根拠が示されていないと考えられています。\n\n- 培養上清液の確実性\n");
        const Figures f = check(QStringLiteral("probe.md"), bodyUnits(bad), true);
        const QString all = f.problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("probe.md:3: a sentence of")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("上清液（じょうせいえき）")));
        QVERIFY(all.contains(QStringLiteral("偽薬 only as the gloss")));
        QVERIFY(all.contains(QStringLiteral("probe.md:5: \"培養上清液\"")));
        QVERIFY(all.contains(QStringLiteral("\"確実性\"")));
        QVERIFY(all.contains(QStringLiteral("kanji are")));
        const QString good = QStringLiteral("# 見出し\n\n幹細胞上清液（かんさいぼうじょうせいえき）は、まだ人でためされていません。プラセボ（偽薬）とくらべた試験はありません。\n");
        const Figures ok = check(QStringLiteral("ok.md"), bodyUnits(good), false);
        QVERIFY2(ok.problems.isEmpty(), qPrintable(ok.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestReadability)
#include "tst_readability.moc"
