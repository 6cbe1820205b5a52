// Storage benchmarks, in one run:
//  - durable submit latency through RequestStore (median, p99) against the floor of the database's own command-line
//    client doing the same transactions with the same settings (sqlite3 with WAL and synchronous=FULL; psql);
//  - the same through the StorageWorker, as the form saves: from the request on the calling (GUI) thread to the
//    result delivered on its event loop, the worker's thread and the hand-over both ways included. The three take
//    turns (20 submits each), so that a disk busy with other work for a while weighs on each alike;
//  - opening the inbox (count + first page) over 100,000 and 1,000,000 requests, filtering it by status and date,
//    and searching its texts: rare and common words, a full name, two characters and one (p50 and p95).
// Usage: bench_store SQLITE_DIR [POSTGRES_URL]   (ALS_BENCH_SUBMITS_ONLY=1: no inbox)

#include "RequestStore.h"
#include "StorageWorker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
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
    // A tag of its own per run: a second run on the same server must store, not fail on a taken reference.
    static const QString run = QString::number(QRandomGenerator::global()->bounded(1u << 30), 36).toUpper();
    const QString ref = QStringLiteral("F%1-%2").arg(run).arg(i);
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
class ClientFloor
{
public:
    ClientFloor(const QString &program, const QStringList &args, const QString &preamble, const QString &marker,
                bool sqlite)
        : m_marker(marker)
        , m_sqlite(sqlite)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, args);
        m_ok = m_process.waitForStarted(10000);
        if (m_ok) {
            m_process.write((preamble + marker + QLatin1Char('\n')).toUtf8());
            m_ok = waitForMark();
        }
    }
    ~ClientFloor()
    {
        m_process.closeWriteChannel();
        m_process.waitForFinished(10000);
    }
    // One transaction's time in milliseconds, or a negative number if the client stopped answering.
    double submit(int i)
    {
        if (!m_ok)
            return -1;
        const QByteArray sql = (transactionSql(i, m_sqlite) + m_marker + QLatin1Char('\n')).toUtf8();
        QElapsedTimer t;
        t.start();
        m_process.write(sql);
        m_ok = waitForMark();
        return m_ok ? t.nsecsElapsed() / 1e6 : -1;
    }

private:
    bool waitForMark()
    {
        QByteArray buffer;
        while (!buffer.contains("MARK")) {
            if (!m_process.waitForReadyRead(30000))
                return false;
            buffer += m_process.readAll();
        }
        // Anything else the client printed is an error: a floor that did not store would be no floor.
        if (buffer.toLower().contains("error")) {
            out << "floor client: " << buffer << '\n';
            return false;
        }
        return true;
    }

    QProcess m_process;
    QString m_marker;
    bool m_sqlite;
    bool m_ok = false;
};

// Each submit as the form makes it: a job for the worker, timed until its result arrives on this thread's event loop.
class WorkerSubmits
{
public:
    explicit WorkerSubmits(const RequestStore &like)
        : m_worker(like)
    {
        m_worker.run(
            &m_loop, [](RequestStore &store) { return store.ensureOpen(); },
            [this](bool opened, const RequestStore::Error &error) {
                m_ok = opened;
                if (!opened)
                    out << "worker could not open the store: " << error.message << '\n';
                m_loop.quit();
            });
        m_loop.exec();
    }
    double submit(int i)
    {
        if (!m_ok)
            return -1;
        double ms = -1;
        QElapsedTimer t;
        t.start();
        m_worker.run(
            &m_loop, [r = sample(i)](RequestStore &store) { return store.submit(r, RequestStore::newReference()); },
            [&](const std::optional<StoredRequest> &stored, const RequestStore::Error &error) {
                if (stored)
                    ms = t.nsecsElapsed() / 1e6;
                else
                    out << "submit through the worker failed: " << error.message << '\n';
                m_ok = stored.has_value();
                m_loop.quit();
            });
        m_loop.exec();
        return ms;
    }

private:
    QEventLoop m_loop;
    StorageWorker m_worker;
    bool m_ok = false;
};

double directSubmit(RequestStore &store, int i)
{
    QElapsedTimer t;
    t.start();
    if (!store.submit(sample(i))) {
        out << "submit failed: " << store.lastError().message << '\n';
        return -1;
    }
    return t.nsecsElapsed() / 1e6;
}

struct Latencies
{
    std::vector<double> app;
    std::vector<double> worker;
    std::vector<double> floor;
};

// The three in turns of 20, so that a disk or a machine busy with something else for a while weighs on each alike.
Latencies interleaved(RequestStore &store, ClientFloor &floor, int n)
{
    Latencies l;
    WorkerSubmits worker(store);
    const auto take = [](std::vector<double> &into, double ms) {
        if (ms < 0)
            return false;
        into.push_back(ms);
        return true;
    };
    for (int i = 0; i < n;) {
        const int end = std::min(n, i + 20);
        for (int j = i; j < end; ++j) {
            if (!take(l.app, directSubmit(store, j)) || !take(l.worker, worker.submit(j))
                || !take(l.floor, floor.submit(j)))
                return l;
        }
        i = end;
    }
    return l;
}

void report(const QString &name, const std::vector<double> &app, const std::vector<double> &floor,
            const char *what = "app")
{
    const Stats a = stats(app);
    const Stats f = stats(floor);
    out << name << " submit_ms " << what << " median " << a.median << " p99 " << a.p99 << " (n=" << app.size() << ")\n";
    out << name << " submit_ms floor median " << f.median << " p99 " << f.p99 << " (n=" << floor.size() << ")\n";
    if (f.median > 0)
        out << name << " submit_ratio median " << a.median / f.median << " p99 " << a.p99 / std::max(f.p99, 1e-9)
            << "  (target <= 1.5, p99 <= 20 ms)\n";
    out.flush();
}

// The same made-up inbox on both databases: ten surnames and ten given names (so "田中" is in one request in ten
// and "田中 花子" in one in a hundred), five topics, spread evenly over the last 400 days.
const char *const kSurnames = "田中佐藤鈴木高橋伊藤渡辺山本中村小林加藤";
const char *const kGivenNames = "花子太郎一郎美咲健太陽子大輔恵子翔太裕子";
const char *const kTopics[] = {"リルゾールの効果", "幹細胞治療の現状", "上清液の安全性", "呼吸の補助", "胃ろうと栄養"};

// Looks like the program's references (two groups of four, scattered), unique for every i below 2^32.
QString reference(int i)
{
    const QString r = QString::number(quint64(i) * 2654435761ULL % 4294967296ULL, 16).toUpper().rightJustified(8, QLatin1Char('0'));
    return r.left(4) + QLatin1Char('-') + r.mid(4);
}

// Adds requests up to `total`, as fast as each database allows: SQLite one prepared insert in one transaction
// (the search index follows through its triggers), PostgreSQL one INSERT … SELECT over generate_series.
bool fill(RequestStore &store, int total, bool sqlite)
{
    const int from = store.count({});
    if (from >= total)
        return true;
    const qint64 start = QDateTime::currentDateTimeUtc().addDays(-400).toSecsSinceEpoch();
    const double step = 400.0 * 86400 / total;
    QSqlQuery q(store.database());
    if (!sqlite) {
        QStringList topics;
        for (const char *t : kTopics)
            topics << QLatin1Char('\'') + QString::fromUtf8(t) + QLatin1Char('\'');
        const QString sql = QStringLiteral(
            "INSERT INTO requests (reference, created_at, status, writer, name, age, question, email, phone, consent, language) "
            "SELECT substr(r, 1, 4) || '-' || substr(r, 5, 4), "
            "to_char(to_timestamp(%1 + i * %2) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
            "(ARRAY['new', 'in-progress', 'answered', 'closed'])[1 + i % 4], 'family', "
            "substr('%3', 1 + (i % 10) * 2, 2) || ' ' || substr('%4', 1 + (i / 10 % 10) * 2, 2), 60, "
            "(ARRAY[%5])[1 + i / 100 % 5] || 'について教えてください。(' || i || ')', "
            "'user' || i || '@example.jp', '090-' || i, 1, 'ja' FROM generate_series(%6, %7) AS i, "
            "LATERAL (SELECT upper(lpad(to_hex((i::bigint * 2654435761) % 4294967296), 8, '0')) AS r) AS ref")
                                .arg(start)
                                .arg(step, 0, 'f', 6)
                                .arg(QString::fromUtf8(kSurnames), QString::fromUtf8(kGivenNames), topics.join(QLatin1Char(',')))
                                .arg(from)
                                .arg(total - 1);
        // Filling a million rows is no desk's statement: it may take minutes, past the store's own time limit.
        q.exec(QStringLiteral("SET statement_timeout = 0"));
        // % above is QString::arg's escape-free percent: put the SQL modulo back.
        const bool filled = q.exec(QString(sql).replace(QLatin1String("%%"), QLatin1String("%")));
        if (!filled)
            out << "fill failed: " << q.lastError().text() << '\n';
        // What autovacuum would have done by the time a clinic searches: statistics and the visibility map.
        if (filled)
            q.exec(QStringLiteral("VACUUM ANALYZE requests"));
        q.exec(QStringLiteral("SET statement_timeout = %1").arg(RequestStore::Timeouts().statementMs));
        return filled;
    }
    q.exec(QStringLiteral("BEGIN"));
    QSqlQuery insert(store.database());
    insert.prepare(QStringLiteral("INSERT INTO requests (reference, created_at, status, writer, name, age, question, email, "
                                  "phone, consent, language) VALUES (?, ?, ?, 'family', ?, 60, ?, ?, ?, 1, 'ja')"));
    const QStringList statuses = requestStatuses();
    const QString surnames = QString::fromUtf8(kSurnames);
    const QString givenNames = QString::fromUtf8(kGivenNames);
    for (int i = from; i < total; ++i) {
        insert.addBindValue(reference(i));
        insert.addBindValue(QDateTime::fromSecsSinceEpoch(start + qint64(i * step), Qt::UTC).toString(Qt::ISODateWithMs));
        insert.addBindValue(statuses.at(i % 4));
        insert.addBindValue(QString(surnames.mid((i % 10) * 2, 2) + QLatin1Char(' ') + givenNames.mid((i / 10 % 10) * 2, 2)));
        insert.addBindValue(QString(QString::fromUtf8(kTopics[i / 100 % 5]) + QStringLiteral("について教えてください。(%1)").arg(i)));
        insert.addBindValue(QStringLiteral("user%1@example.jp").arg(i));
        insert.addBindValue(QStringLiteral("090-%1").arg(i));
        if (!insert.exec()) {
            out << "fill failed: " << insert.lastError().text() << '\n';
            return false;
        }
    }
    q.exec(QStringLiteral("COMMIT"));
    q.exec(QStringLiteral("ANALYZE"));
    return true;
}

struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
};

template<typename F>
Percentiles timeMs(F f, int repeat = 11)
{
    f();  // warm: the first run after filling reads from disk into the cache
    std::vector<double> v;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        v.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(v.begin(), v.end());
    return {v.at(v.size() / 2), v.at(std::min(v.size() - 1, size_t(0.95 * double(v.size()))))};
}

void inbox(const QString &name, RequestStore &store, int total, bool sqlite)
{
    QElapsedTimer filling;
    filling.start();
    if (!fill(store, total, sqlite))
        return;
    out << name << " inbox_rows " << store.count({}) << " (filled in " << filling.elapsed() / 1000.0 << " s)\n";
    const QString size = QString::number(total / 1000) + QLatin1Char('k');
    // Opening, filtering or searching the inbox costs what its model asks for: the count and the first page.
    auto report = [&](const char *what, const RequestStore::Filter &filter, const char *target) {
        int found = 0;
        const Percentiles p = timeMs([&] {
            found = store.count(filter, RequestStore::kInboxCountLimit);
            store.list(filter, 200);
        });
        out << name << " inbox_" << what << "_ms@" << size << " p50 " << p.p50 << " p95 " << p.p95 << "  (" << found << " found; target <= "
            << target << ")\n";
        out.flush();
    };
    report("open", {}, "200");
    report("filter_status", {QStringLiteral("closed"), {}, {}, {}}, "50");
    report("filter_date", {{}, QDate::currentDate().addDays(-30), {}, {}}, "50");
    const QList<std::pair<const char *, QString>> searches{
        {"search_reference", reference(99999).toLower()},
        {"search_number", QStringLiteral("99999")},
        {"search_full_name", QStringLiteral("田中 花子")},
        {"search_common_word", QStringLiteral("幹細胞")},
        {"search_2_chars", QStringLiteral("田中")},
        {"search_1_char", QStringLiteral("田")},
        {"search_nothing", QStringLiteral("ナノ粒子")},
        {"search_2_chars_nothing", QStringLiteral("森本")},
    };
    for (const auto &[what, text] : searches)
        report(what, {{}, {}, {}, text}, "50");
    const auto first = store.list({}, 200);
    RequestStore::ListRow deep = first.last();
    const Percentiles next = timeMs([&] { store.list({}, 200, &deep); });
    out << name << " inbox_next_page_ms@" << size << " p50 " << next.p50 << " p95 " << next.p95 << '\n';
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int n = qEnvironmentVariableIntValue("ALS_BENCH_SUBMITS") > 0 ? qEnvironmentVariableIntValue("ALS_BENCH_SUBMITS") : 300;
    // The inbox at 100,000 and then 1,000,000 requests (ALS_BENCH_INBOX=100000 for a quick run).
    QList<int> inboxSizes{100000, 1000000};
    if (qEnvironmentVariableIntValue("ALS_BENCH_INBOX") > 0)
        inboxSizes = {qEnvironmentVariableIntValue("ALS_BENCH_INBOX")};
    if (qEnvironmentVariableIntValue("ALS_BENCH_SUBMITS_ONLY") > 0)
        inboxSizes.clear();
    QTemporaryDir dir(args.value(1, QDir::tempPath()) + QStringLiteral("/als-bench-XXXXXX"));

    // ALS_BENCH_ONLY_POSTGRES=1 skips SQLite, for a quicker run while tuning the server's side.
    if (!qEnvironmentVariableIsSet("ALS_BENCH_ONLY_POSTGRES")) {
        RequestStore store;
        DatabaseLocation l;
        l.path = dir.filePath(QStringLiteral("app.db"));
        if (!store.open(l))
            return 1;
        // The floor: the same schema, made by the program, then the sqlite3 shell with the same pragmas.
        RequestStore schema;
        DatabaseLocation f;
        f.path = dir.filePath(QStringLiteral("floor.db"));
        schema.open(f);
        schema.close();
        ClientFloor floor(QStringLiteral("sqlite3"), {f.path},
                          QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\nPRAGMA "
                                         "foreign_keys=ON;\nPRAGMA busy_timeout=10000;\n"),
                          QStringLiteral(".print MARK"), true);
        const Latencies times = interleaved(store, floor, n);
        report(QStringLiteral("sqlite"), times.app, times.floor);
        report(QStringLiteral("sqlite"), times.worker, times.floor, "worker");
        for (const int total : inboxSizes)
            inbox(QStringLiteral("sqlite"), store, total, true);
    }

    if (args.size() > 2) {
        QString error;
        const auto pg = DatabaseLocation::parse(args.at(2), &error);
        RequestStore store;
        if (!pg || !store.open(*pg)) {
            out << "postgresql: " << (pg ? store.lastError().message : error) << '\n';
            return 1;
        }
        ClientFloor floor(QStringLiteral("psql"),
                          {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), pg->host,
                           QStringLiteral("-p"), QString::number(pg->port), QStringLiteral("-U"), pg->user,
                           pg->database},
                          QString(), QStringLiteral("\\echo MARK"), false);
        const Latencies times = interleaved(store, floor, n);
        report(QStringLiteral("postgresql"), times.app, times.floor);
        report(QStringLiteral("postgresql"), times.worker, times.floor, "worker");
        for (const int total : inboxSizes)
            inbox(QStringLiteral("postgresql"), store, total, false);
    }
    return 0;
}
