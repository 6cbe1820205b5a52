// Storage benchmarks, in one run:
//  - durable submit latency through RequestStore (median, p99) against the floor of the database's own command-line
//    client doing the same transactions with the same settings (sqlite3 with WAL and synchronous=FULL; psql);
//  - opening the inbox (count + first page) over 100,000 requests, and filtering it.
// Usage: bench_store SQLITE_DIR [POSTGRES_URL]

#include "RequestStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace als;

namespace {

QTextStream out(stdout);

struct Stats
{
    double median = 0;
    double p99 = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.empty())
        return {};
    return {v.at(v.size() / 2), v.at(std::min(v.size() - 1, size_t(0.99 * double(v.size()))))};
}

ConsultationRequest sample(int i)
{
    ConsultationRequest r;
    r.writer = QStringLiteral("family");
    r.name = QStringLiteral("ベンチ %1").arg(i);
    r.age = QStringLiteral("60");
    r.question = QStringLiteral("幹細胞上清液の治療について教えてください。%1").arg(i);
    r.email = QStringLiteral("bench@example.jp");
    r.consent = true;
    r.language = QStringLiteral("ja");
    return r;
}

QString sqlText(const QString &s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

// The same two inserts RequestStore::submit makes, as plain SQL for the command-line client and in the same form:
// one transaction on SQLite, one statement (its own transaction) on PostgreSQL.
QString transactionSql(int i, bool sqlite)
{
    const ConsultationRequest r = sample(i);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString ref = QStringLiteral("FLR%1").arg(i, 6, 10, QLatin1Char('0'));
    const QString columns = QStringLiteral(
        "reference, created_at, status, writer, name, age, sex, prefecture, medical_history, current_problem, "
        "problem_since, treatments, current_condition, question, email, phone, consent, language");
    const QString values = QStringLiteral("%1, %2, 'new', %3, %4, 60, '', '', '', '', '', '', '', %5, %6, '', 1, 'ja'")
                               .arg(sqlText(ref), sqlText(now), sqlText(r.writer), sqlText(r.name), sqlText(r.question),
                                    sqlText(r.email));
    if (!sqlite)
        return QStringLiteral("WITH r AS (INSERT INTO requests (%1) VALUES (%2) RETURNING id, created_at, status) "
                              "INSERT INTO status_changes (request_id, changed_at, status, note) "
                              "SELECT id, created_at, status, '' FROM r RETURNING request_id;\n")
            .arg(columns, values);
    return QStringLiteral("BEGIN IMMEDIATE;\nINSERT INTO requests (%1) VALUES (%2);\n"
                          "INSERT INTO status_changes (request_id, changed_at, status, note) VALUES "
                          "(last_insert_rowid(), %3, 'new', '');\nCOMMIT;\n")
        .arg(columns, values, sqlText(now));
}

// Drives the client interactively, one transaction at a time, and times each from sending it to reading the
// marker the client prints after COMMIT: the least any program talking to that database could wait.
std::vector<double> clientFloor(const QString &program, const QStringList &args, const QString &preamble,
                                const QString &marker, int n, bool sqlite)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {};
    auto waitFor = [&p](const QByteArray &line) {
        QByteArray buffer;
        while (!buffer.contains(line)) {
            if (!p.waitForReadyRead(30000))
                return false;
            buffer += p.readAll();
        }
        return true;
    };
    p.write((preamble + marker + QLatin1Char('\n')).toUtf8());
    if (!waitFor("MARK"))
        return {};
    std::vector<double> v;
    for (int i = 0; i < n; ++i) {
        const QByteArray sql = (transactionSql(i, sqlite) + marker + QLatin1Char('\n')).toUtf8();
        QElapsedTimer t;
        t.start();
        p.write(sql);
        if (!waitFor("MARK"))
            break;
        v.push_back(t.nsecsElapsed() / 1e6);
    }
    p.closeWriteChannel();
    p.waitForFinished(10000);
    return v;
}

std::vector<double> appLatencies(RequestStore &store, int n)
{
    std::vector<double> v;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        if (!store.submit(sample(i))) {
            out << "submit failed: " << store.lastError().message << '\n';
            break;
        }
        v.push_back(t.nsecsElapsed() / 1e6);
    }
    return v;
}

void report(const QString &name, const std::vector<double> &app, const std::vector<double> &floor)
{
    const Stats a = stats(app);
    const Stats f = stats(floor);
    out << name << " submit_ms app median " << a.median << " p99 " << a.p99 << " (n=" << app.size() << ")\n";
    out << name << " submit_ms floor median " << f.median << " p99 " << f.p99 << " (n=" << floor.size() << ")\n";
    if (f.median > 0)
        out << name << " submit_ratio median " << a.median / f.median << " p99 " << a.p99 / std::max(f.p99, 1e-9)
            << "  (target <= 1.5, p99 <= 20 ms)\n";
    out.flush();
}

void fill(RequestStore &store, int total)
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("BEGIN"));
    QSqlQuery insert(store.database());
    insert.prepare(QStringLiteral("INSERT INTO requests (reference, created_at, status, writer, name, age, question, email, "
                                  "consent, language) VALUES (?, ?, ?, 'family', ?, 60, ?, 'x@example.jp', 1, 'ja')"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
    const QStringList statuses = requestStatuses();
    for (int i = 0; i < total; ++i) {
        insert.addBindValue(QStringLiteral("BULK-%1").arg(i, 6, 10, QLatin1Char('0')));
        insert.addBindValue(start.addSecs(i * 300).toString(Qt::ISODateWithMs));
        insert.addBindValue(statuses.at(i % 4));
        insert.addBindValue(QStringLiteral("来訪者 %1").arg(i));
        insert.addBindValue(QStringLiteral("質問 %1 について、リルゾールと幹細胞の違いを教えてください").arg(i));
        insert.exec();
    }
    q.exec(QStringLiteral("COMMIT"));
}

template<typename F>
double timeMs(F f, int repeat = 5)
{
    std::vector<double> v;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        v.push_back(t.nsecsElapsed() / 1e6);
    }
    return stats(v).median;
}

void inbox(const QString &name, RequestStore &store)
{
    const int total = 100000;
    fill(store, total - store.count({}));
    // Opening or filtering the inbox costs what its model asks for: the count and the first page.
    auto firstPage = [&store](const RequestStore::Filter &filter) {
        return timeMs([&] {
            store.count(filter);
            store.list(filter, 200);
        });
    };
    RequestStore::Filter all;
    const double open = firstPage(all);
    RequestStore::Filter closed;
    closed.status = QStringLiteral("closed");
    const double byStatus = firstPage(closed);
    RequestStore::Filter lastMonth;
    lastMonth.from = QDate::currentDate().addDays(-30);
    const double byDate = firstPage(lastMonth);
    RequestStore::Filter text;
    text.text = QStringLiteral("質問 99999");
    const double byText = firstPage(text);
    RequestStore::ListRow deep;
    const auto first = store.list(all, 200);
    deep = first.last();
    const double nextPage = timeMs([&] { store.list(all, 200, &deep); });
    out << name << " inbox_rows " << store.count({}) << '\n';
    out << name << " inbox_open_ms " << open << "  (count + first page; target <= 200)\n";
    out << name << " inbox_filter_status_ms " << byStatus << "  (target <= 50)\n";
    out << name << " inbox_filter_date_ms " << byDate << "  (target <= 50)\n";
    out << name << " inbox_search_text_ms " << byText << "  (full-text LIKE scan over 9 columns)\n";
    out << name << " inbox_next_page_ms " << nextPage << '\n';
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int n = qEnvironmentVariableIntValue("ALS_BENCH_SUBMITS") > 0 ? qEnvironmentVariableIntValue("ALS_BENCH_SUBMITS") : 300;
    QTemporaryDir dir(args.value(1, QDir::tempPath()) + QStringLiteral("/als-bench-XXXXXX"));

    {
        RequestStore store;
        DatabaseLocation l;
        l.path = dir.filePath(QStringLiteral("app.db"));
        if (!store.open(l))
            return 1;
        const std::vector<double> appTimes = appLatencies(store, n);
        // The floor: the same schema, made by the program, then the sqlite3 shell with the same pragmas.
        RequestStore schema;
        DatabaseLocation f;
        f.path = dir.filePath(QStringLiteral("floor.db"));
        schema.open(f);
        schema.close();
        const std::vector<double> floorTimes = clientFloor(
            QStringLiteral("sqlite3"), {f.path},
            QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\nPRAGMA foreign_keys=ON;\nPRAGMA "
                           "busy_timeout=10000;\n"),
            QStringLiteral(".print MARK"), n, true);
        report(QStringLiteral("sqlite"), appTimes, floorTimes);
        inbox(QStringLiteral("sqlite"), store);
    }

    if (args.size() > 2) {
        QString error;
        const auto pg = DatabaseLocation::parse(args.at(2), &error);
        RequestStore store;
        if (!pg || !store.open(*pg)) {
            out << "postgresql: " << (pg ? store.lastError().message : error) << '\n';
            return 1;
        }
        const std::vector<double> appTimes = appLatencies(store, n);
        const std::vector<double> floorTimes = clientFloor(
            QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), pg->host, QStringLiteral("-p"),
             QString::number(pg->port), QStringLiteral("-U"), pg->user, pg->database},
            QString(), QStringLiteral("\\echo MARK"), n, false);
        report(QStringLiteral("postgresql"), appTimes, floorTimes);
        inbox(QStringLiteral("postgresql"), store);
    }
    return 0;
}
