// Search latency per keystroke: every prefix of typical queries, as a reader types them, over all content.

#include "Search.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace als;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const Content &content = Content::builtIn();
    QTextStream out(stdout);

    struct Case
    {
        Language language;
        QStringList queries;
    };
    const QList<Case> cases{
        {Language::Japanese,
         {QStringLiteral("幹細胞"), QStringLiteral("上清液"), QStringLiteral("リルゾール"), QStringLiteral("人工呼吸器"),
          QStringLiteral("ALSFRS-R"), QStringLiteral("NurOwn 試験"), QStringLiteral("指定難病"), QStringLiteral("副作用")}},
        {Language::English,
         {QStringLiteral("stem cell"), QStringLiteral("conditioned medium"), QStringLiteral("riluzole survival"),
          QStringLiteral("ventilation"), QStringLiteral("placebo"), QStringLiteral("NurOwn"), QStringLiteral("plasma NfL"),
          QStringLiteral("warning signs")}},
    };

    std::vector<double> latencies;
    for (const Case &c : cases) {
        QElapsedTimer build;
        build.start();
        const SearchIndex index(content, c.language);
        out << "index_build_ms " << languageCode(c.language) << ' ' << build.nsecsElapsed() / 1e6 << " entries "
            << index.entryCount() << '\n';
        for (int round = 0; round < 20; ++round) {
            for (const QString &query : c.queries) {
                for (int n = 1; n <= query.size(); ++n) {
                    QElapsedTimer t;
                    t.start();
                    const auto hits = index.search(query.left(n));
                    latencies.push_back(t.nsecsElapsed() / 1e6);
                    if (hits.size() > 1000)
                        return 1;  // keeps the call from being optimised away
                }
            }
        }
    }
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](double p) { return latencies.at(std::min(latencies.size() - 1, size_t(p * latencies.size()))); };
    out << "search_keystrokes " << latencies.size() << '\n';
    out << "search_ms_p50 " << pct(0.50) << '\n';
    out << "search_ms_p95 " << pct(0.95) << '\n';
    out << "search_ms_max " << latencies.back() << '\n';
    return 0;
}
