// A desk in a box, for the storage tests: submits requests one after another and prints each reference the
// moment the store has acknowledged it. The tests kill it mid-write or run two at once.

#include "RequestStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: store_writer URL COUNT TAG\n");
        return 2;
    }
    QString error;
    const auto location = als::DatabaseLocation::parse(args.at(1), &error);
    if (!location) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    als::RequestStore store;
    if (!store.open(*location)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError().message));
        return 1;
    }
    const int count = args.at(2).toInt();
    for (int i = 0; i < count; ++i) {
        als::ConsultationRequest r;
        r.writer = QStringLiteral("family");
        r.name = args.at(3) + QLatin1Char('-') + QString::number(i);
        r.age = QStringLiteral("61");
        r.question = QStringLiteral("質問 %1 from %2").arg(i).arg(args.at(3));
        r.email = QStringLiteral("desk@example.jp");
        r.consent = true;
        const auto stored = store.submit(r);
        if (!stored) {
            std::fprintf(stderr, "%s\n", qPrintable(store.lastError().message));
            return 1;
        }
        std::printf("%s %s\n", qPrintable(stored->reference), qPrintable(r.name));
        std::fflush(stdout);
    }
    return 0;
}
