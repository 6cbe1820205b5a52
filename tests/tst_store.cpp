// Storage, run against SQLite and against a real PostgreSQL server: hostile text byte for byte, migrations,
// two desks at once, a process killed mid-write, a read-only file, a full disk and a damaged file; the inbox's
// text search and its indexes, retention and the audit trail, backup and restore, and a lock-out no desk clock
// can shorten. Then the reliability review's storage findings, each named in its test: URL options honoured or
// refused (4), no password or user information in a message (5), time limits (7), a lost connection (8), desks
// creating a file together (9), "damaged" versus "not a requests database" (11), NUL and refusals by the server (12)
// and a leading BOM (13).

#include "Clock.h"
#include "RequestStore.h"
#include "SampleRequest.h"
#include "StaffAuth.h"
#include "StorageWorker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QVersionNumber>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <functional>
#include <tuple>
#include <vector>

using namespace als;

namespace {

} // namespace

// Every function the schema makes on PostgreSQL (the tables' CASCADE does not reach those that only use them).
const QString kDropFunctions = QStringLiteral(
    "DROP FUNCTION IF EXISTS audit_append_only(), request_text_grams(text), als_submit_request(jsonb), "
    "als_request_by_reference(text), als_sign_in_state(), als_record_attempt(boolean), als_restart_failure_wait(), "
    "als_delete_request(bigint), als_purge_closed(text, integer)");

class TestStore : public QObject
{
    Q_OBJECT

public:
    explicit TestStore(DatabaseLocation::Kind kind)
        : m_kind(kind)
    {
    }

private:
    DatabaseLocation::Kind m_kind;
    std::unique_ptr<QTemporaryDir> m_dir;

    bool sqlite() const { return m_kind == DatabaseLocation::Kind::Sqlite; }
    QString dbPath() const { return m_dir->filePath(QStringLiteral("desk/requests.db")); }

    DatabaseLocation location() const
    {
        QString error;
        if (sqlite()) {
            DatabaseLocation l;
            l.path = dbPath();
            return l;
        }
        return *DatabaseLocation::parse(qEnvironmentVariable("ALS_TEST_POSTGRES_URL"), &error);
    }

    // Back to an empty database whose schema_version table is still there, as a test that builds an old one needs.
    void dropAllButSchemaVersion(QSqlQuery &q) const
    {
        for (const char *table : {"requests_text_terms", "requests_text", "audit", "status_changes", "staff", "requests"})
            QVERIFY2(q.exec(QStringLiteral("DROP TABLE IF EXISTS %1%2").arg(QLatin1String(table), sqlite() ? QString() : QStringLiteral(" CASCADE"))),
                     qPrintable(q.lastError().text()));
        if (!sqlite())
            QVERIFY(q.exec(kDropFunctions));
    }

    // The tables of schema 3, the last before the search index and the audit trail, with schema_version saying so.
    void createVersion3(QSqlQuery &q) const
    {
        const QString id = sqlite() ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT") : QStringLiteral("BIGSERIAL PRIMARY KEY");
        for (const QString &sql : {
                 QStringLiteral("CREATE TABLE requests (id %1, reference TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, "
                                "status TEXT NOT NULL DEFAULT 'new', writer TEXT NOT NULL, name TEXT NOT NULL, age INTEGER, "
                                "sex TEXT, prefecture TEXT, medical_history TEXT, current_problem TEXT, problem_since TEXT, "
                                "treatments TEXT, current_condition TEXT, question TEXT NOT NULL, email TEXT, phone TEXT, "
                                "consent INTEGER NOT NULL, language TEXT)").arg(id),
                 QStringLiteral("CREATE TABLE status_changes (id %1, request_id BIGINT NOT NULL REFERENCES requests(id) "
                                "ON DELETE CASCADE, changed_at TEXT NOT NULL, status TEXT NOT NULL, note TEXT)").arg(id),
                 QStringLiteral("CREATE INDEX requests_by_time ON requests (created_at, id)"),
                 QStringLiteral("CREATE INDEX requests_by_status_time ON requests (status, created_at, id)"),
                 QStringLiteral("CREATE INDEX status_changes_by_request ON status_changes (request_id)"),
                 QStringLiteral("CREATE TABLE staff (id INTEGER PRIMARY KEY CHECK (id = 1), passphrase_hash TEXT NOT NULL, "
                                "failed_attempts INTEGER NOT NULL DEFAULT 0, last_failed_at TEXT)"),
                 QStringLiteral("INSERT INTO schema_version (version) VALUES (1), (2), (3)")})
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }

    // Every field of every request and every line of its history, for comparing a database before and after.
    static QStringList everything(RequestStore &store)
    {
        QStringList lines;
        const auto all = store.listRequests({}, 1000000);
        if (!all)
            return {QStringLiteral("unreadable")};
        for (const StoredRequest &s : *all) {
            const ConsultationRequest &r = s.request;
            lines << QStringList{QString::number(s.id), s.reference, s.createdAt.toString(Qt::ISODateWithMs), s.status,
                                 r.writer, r.name, r.age, r.sex, r.prefecture, r.medicalHistory, r.currentProblem,
                                 r.problemSince, r.treatments, r.currentCondition, r.question, r.email, r.phone,
                                 r.consent ? QStringLiteral("consent") : QStringLiteral("none"), r.language}
                         .join(QChar(0x1f));
            for (const StatusChange &c : store.history(s.id))
                lines << QStringLiteral("    %1 %2 %3").arg(c.changedAt.toString(Qt::ISODateWithMs), c.status, c.note);
        }
        return lines;
    }

    // A connection of its own, beside the store's: another desk, or someone at the server.
    QSqlDatabase bareConnection(const QString &name) const
    {
        if (sqlite()) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dbPath());
            return db;
        }
        const DatabaseLocation l = location();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(l.host);
        db.setPort(l.port);
        db.setUserName(l.user);
        db.setDatabaseName(l.database);
        db.setConnectOptions(
            QStringLiteral("options='-c client_min_messages=warning'"));  // DROP IF EXISTS says "skipping"
        return db;
    }

    // The test server's address with something changed: another user or database, or options.
    QString postgresUrl(const QString &user, const QString &database, const QString &query = QString()) const
    {
        const DatabaseLocation l = location();
        return QStringLiteral("postgresql://%1@%2:%3/%4%5").arg(user, l.host).arg(l.port).arg(database, query);
    }

    static std::unique_ptr<QProcess> startWriter(const QString &url, int count, const QString &tag)
    {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(ALS_STORE_WRITER), {url, QString::number(count), tag});
        return p;
    }

    QStringList runWriters(int writers, int each, QList<QProcess *> *keep = nullptr)
    {
        QList<QProcess *> processes;
        for (int w = 0; w < writers; ++w) {
            auto *p = new QProcess(this);
            p->start(QStringLiteral(ALS_STORE_WRITER),
                     {location().toUrl(), QString::number(each), QStringLiteral("desk%1").arg(w)});
            processes << p;
        }
        if (keep) {
            *keep = processes;
            return {};
        }
        QStringList acknowledged;
        for (QProcess *p : processes) {
            p->waitForFinished(240000);
            if (p->exitCode() != 0)
                qWarning() << p->readAllStandardError();
            for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
                if (!line.isEmpty())
                    acknowledged << QString::fromUtf8(line.split(' ').first());
            }
        }
        qDeleteAll(processes);
        return acknowledged;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        if (!sqlite()) {
            QVERIFY2(qEnvironmentVariableIsSet("ALS_TEST_POSTGRES_URL"), "the PostgreSQL fixture did not start");
            // A bare connection: the store itself would refuse a schema a previous test made "newer".
            {
                QSqlDatabase db = bareConnection(QStringLiteral("reset"));
                QVERIFY2(db.open(), qPrintable(db.lastError().text()));
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("DROP TABLE IF EXISTS status_changes, requests, staff, audit, schema_version CASCADE")));
                QVERIFY(q.exec(kDropFunctions));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("reset"));
        }
    }

    void hostileTextRoundTripsByteForByte_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes") << QStringLiteral("It's \"quoted\" and `back-ticked`");
        QTest::newRow("SQL fragment") << QStringLiteral("'); DROP TABLE requests; -- and \" OR 1=1 --");
        QTest::newRow("LIKE wildcards and backslashes") << QStringLiteral("100% of_people \\ C:\\path\\%_");
        QTest::newRow("emoji with joiners") << QStringLiteral("👩‍⚕️🧬🫶🏽 ありがとう");
        QTest::newRow("combining marks, not normalised") << QStringLiteral("e\u0301 vs é, ｶﾞ vs ガ, ＡＢＣ");
        QTest::newRow("right-to-left and mixed scripts") << QStringLiteral("مرحبا שלום Привет 你好 안녕");
        QTest::newRow("control characters and lines") << QStringLiteral("line1\nline2\r\n\ttabbed\u000b\u0007end");
        QTest::newRow("the longest allowed text") << QString(ConsultationRequest::kMaxTextLength, QChar(0x3042));
        QTest::newRow("surrogate pairs") << QStringLiteral("𠮷野家 𩸽");
    }
    void hostileTextRoundTripsByteForByte()
    {
        QFETCH(QString, text);
        RequestStore store;
        QVERIFY2(store.open(location()), qPrintable(store.lastError().message));
        ConsultationRequest r = sample(text);
        r.name = text.left(ConsultationRequest::kMaxNameLength);
        r.medicalHistory = text;
        r.currentProblem = text;
        r.problemSince = text;
        r.treatments = text;
        r.currentCondition = text;
        const auto stored = store.submit(r);
        QVERIFY2(stored, qPrintable(store.lastError().message));
        store.close();

        RequestStore again;
        QVERIFY(again.open(location()));
        const auto back = again.findByReference(stored->reference);
        QVERIFY(back);
        for (const QString *field : {&back->request.question, &back->request.medicalHistory, &back->request.currentProblem,
                                     &back->request.problemSince, &back->request.treatments, &back->request.currentCondition})
            QCOMPARE(field->toUtf8(), text.toUtf8());
        QCOMPARE(back->request.name, r.name);
        QCOMPARE(back->request.age, QStringLiteral("58"));
        QCOMPARE(back->request.language, QStringLiteral("ja"));
        QCOMPARE(back->status, QStringLiteral("new"));
        QVERIFY(qAbs(back->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void referencesAreShortAndReadable()
    {
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString ref = RequestStore::newReference();
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")).match(ref).hasMatch());
            seen.insert(ref);
        }
        QVERIFY(seen.size() > 1995);
    }

    void ownerOnlyFiles()
    {
        if (!sqlite())
            QSKIP("file permissions concern the SQLite file only");
        RequestStore store;
        QVERIFY(store.open(location()));
        QVERIFY(store.submit(sample()));
        QFileInfo file(dbPath());
        QCOMPARE(int(file.permissions() & 0x0fff & ~0x0f00), int(QFileDevice::ReadOwner | QFileDevice::WriteOwner) & 0x0fff);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(dbPath()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QCOMPARE(::stat(QFile::encodeName(QFileInfo(dbPath()).absolutePath()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0700));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);  // FULL
        for (const char *side : {"-wal", "-shm"}) {
            if (QFile::exists(dbPath() + QLatin1String(side))) {
                QCOMPARE(::stat(QFile::encodeName(dbPath() + QLatin1String(side)).constData(), &st), 0);
                QCOMPARE(st.st_mode & 0077, mode_t(0));
            }
        }
    }

    void olderSchemaIsUpgradedInPlace()
    {
        // A version-1 database as the first release wrote it, with one request in it.
        {
            RequestStore raw;
            QVERIFY(raw.open(location()));
            QSqlQuery q(raw.database());
            dropAllButSchemaVersion(q);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version")));
            QVERIFY(q.exec(sqlite() ? QStringLiteral("CREATE TABLE requests (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                                     "reference TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'new', "
                                                     "writer TEXT NOT NULL, name TEXT NOT NULL, age INTEGER, sex TEXT, prefecture TEXT, medical_history TEXT, "
                                                     "current_problem TEXT, problem_since TEXT, treatments TEXT, current_condition TEXT, question TEXT NOT NULL, "
                                                     "email TEXT, phone TEXT, consent INTEGER NOT NULL)")
                                    : QStringLiteral("CREATE TABLE requests (id BIGSERIAL PRIMARY KEY, "
                                                     "reference TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'new', "
                                                     "writer TEXT NOT NULL, name TEXT NOT NULL, age INTEGER, sex TEXT, prefecture TEXT, medical_history TEXT, "
                                                     "current_problem TEXT, problem_since TEXT, treatments TEXT, current_condition TEXT, question TEXT NOT NULL, "
                                                     "email TEXT, phone TEXT, consent INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO requests (reference, created_at, status, writer, name, age, question, email, consent) "
                                          "VALUES ('OLD0-0001', '2026-01-05T09:00:00.000Z', 'answered', 'family', 'Old', 70, 'Old question', 'o@example.jp', 1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (1)")));
        }
        RequestStore store;
        QVERIFY2(store.open(location()), qPrintable(store.lastError().message));
        QCOMPARE(store.schemaVersion(), RequestStore::currentSchemaVersion());
        const auto old = store.findByReference(QStringLiteral("OLD0-0001"));
        QVERIFY(old);
        QCOMPARE(old->request.question, QStringLiteral("Old question"));
        QCOMPARE(old->status, QStringLiteral("answered"));
        const QList<StatusChange> history = store.history(old->id);
        QCOMPARE(history.size(), 1);  // the trail starts from the status it had
        QCOMPARE(history.first().status, QStringLiteral("answered"));
        QVERIFY(store.submit(sample()));
        QCOMPARE(store.count({}), 2);
    }

    void newerSchemaIsRefused()
    {
        {
            RequestStore store;
            QVERIFY(store.open(location()));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (99)")));
        }
        RequestStore store;
        QVERIFY(!store.open(location()));
        QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::NewerSchema);
        QVERIFY(store.lastError().message.contains(QLatin1String("99")));
    }

    void statusChangesAreAnAuditTrail()
    {
        RequestStore store;
        QVERIFY(store.open(location()));
        const auto stored = store.submit(sample());
        QVERIFY(stored);
        QVERIFY(store.setStatus(stored->id, QStringLiteral("in-progress"), QStringLiteral("Dr Sato is reading it")));
        QVERIFY(store.setStatus(stored->id, QStringLiteral("answered"), QStringLiteral("Replied by email")));
        QVERIFY(!store.setStatus(stored->id, QStringLiteral("lost"), QString()));
        QVERIFY(!store.setStatus(stored->id + 1000, QStringLiteral("closed"), QString()));
        const QList<StatusChange> history = store.history(stored->id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).status, QStringLiteral("new"));
        QCOMPARE(history.at(1).note, QStringLiteral("Dr Sato is reading it"));
        QCOMPARE(history.at(2).status, QStringLiteral("answered"));
        QCOMPARE(store.find(stored->id)->status, QStringLiteral("answered"));
        QVERIFY(store.remove(stored->id));
        QVERIFY(!store.find(stored->id));
        QVERIFY(store.history(stored->id).isEmpty());
    }

    void listFiltersAndPages()
    {
        RequestStore store;
        QVERIFY(store.open(location()));
        QList<qint64> ids;
        for (int i = 0; i < 25; ++i) {
            auto r = sample(QStringLiteral("question %1 %2").arg(i).arg(i % 5 == 0 ? QStringLiteral("幹細胞") : QStringLiteral("riluzole")));
            const auto s = store.submit(r);
            QVERIFY(s);
            ids << s->id;
        }
        QVERIFY(store.setStatus(ids.at(3), QStringLiteral("closed"), QString()));
        QCOMPARE(store.count({}), 25);
        QCOMPARE(store.count({QStringLiteral("closed"), {}, {}, {}}), 1);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("幹細胞")}), 5);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("RILUZOLE")}), 20);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("%")}), 0);  // wildcards are text, not patterns
        const QDate today = QDate::currentDate();
        QCOMPARE(store.count({{}, today.addDays(-1), today.addDays(1), {}}), 25);
        QCOMPARE(store.count({{}, today.addDays(1), {}, {}}), 0);

        // Newest first, in pages that neither skip nor repeat.
        QList<qint64> seen;
        RequestStore::ListRow last;
        const RequestStore::ListRow *after = nullptr;
        for (;;) {
            const auto page = store.list({}, 7, after);
            if (page.isEmpty())
                break;
            for (const auto &row : page)
                seen << row.id;
            last = page.last();
            after = &last;
        }
        QList<qint64> expected = ids;
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(seen, expected);
    }

    void passphraseHashAndAttempts()
    {
        RequestStore store;
        QVERIFY(store.open(location()));
        QCOMPARE(store.passphraseHash().value_or(QStringLiteral("error")), QString());
        QVERIFY(store.setPassphraseHash(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA")));
        QCOMPARE(store.passphraseHash().value_or(QString()), QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"));
        QVERIFY(store.recordAttempt(false));
        QVERIFY(store.recordAttempt(false));
        QCOMPARE(store.failedAttempts(), 2);
        QVERIFY(store.lastFailedAttempt().isValid());
        QVERIFY(store.recordAttempt(true));
        QCOMPARE(store.failedAttempts(), 0);
        QVERIFY(!store.lastFailedAttempt().isValid());
    }

    void searchIndexesAreThere()
    {
        // The driver must load an SQLite with FTS5 and the trigram tokenizer (3.34 or later); backupTo() checks that
        // it is the very library this program links. On a server, the upgrade must have made both search indexes.
        RequestStore store;
        QVERIFY(store.open(location()));
        QSqlQuery q(store.database());
        if (sqlite()) {
            QVERIFY(q.exec(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5'), sqlite_version()")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY2(QVersionNumber::fromString(q.value(1).toString()) >= QVersionNumber(3, 34), qPrintable(q.value(1).toString()));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('requests_text', 'requests_text_terms')")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        } else {
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname IN ('requests_text_trgm', 'requests_text_grams')")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
    }

    void textSearchIsTheSubstringSearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");  // the names of the requests found
        QTest::newRow("Japanese, three characters") << QStringLiteral("幹細胞") << QStringList{QStringLiteral("田中 太郎")};
        QTest::newRow("Japanese, a two-character name") << QStringLiteral("田中")
                                                        << QStringList{QStringLiteral("田中 太郎"), QStringLiteral("田中")};
        QTest::newRow("Japanese, one character") << QStringLiteral("田")
                                                 << QStringList{QStringLiteral("田中 太郎"), QStringLiteral("山田 花子"),
                                                                QStringLiteral("田中"), QStringLiteral("森")};
        QTest::newRow("one character at the very end of a text") << QStringLiteral("森") << QStringList{QStringLiteral("森")};
        QTest::newRow("a whole one-character text") << QStringLiteral("栞") << QStringList{QStringLiteral("森")};
        QTest::newRow("two characters beyond the BMP") << QStringLiteral("𠮷野") << QStringList{QStringLiteral("山田 花子")};
        QTest::newRow("Latin, any case") << QStringLiteral("RILUZOLE") << QStringList{QStringLiteral("山田 花子"), QStringLiteral("Smith")};
        QTest::newRow("Latin, mixed case, inside a word") << QStringLiteral("iLuZ") << QStringList{QStringLiteral("山田 花子"), QStringLiteral("Smith")};
        QTest::newRow("Latin, two characters") << QStringLiteral("Zo") << QStringList{QStringLiteral("山田 花子"), QStringLiteral("Smith")};
        QTest::newRow("percent is text") << QStringLiteral("100%") << QStringList{QStringLiteral("Smith")};
        QTest::newRow("a lone percent") << QStringLiteral("%") << QStringList{QStringLiteral("Smith")};
        QTest::newRow("underscore is text") << QStringLiteral("a_b") << QStringList{QStringLiteral("中村")};
        QTest::newRow("a lone underscore") << QStringLiteral("_") << QStringList{QStringLiteral("中村")};
        QTest::newRow("quotes") << QStringLiteral("\"x\"") << QStringList{QStringLiteral("中村")};
        QTest::newRow("the e-mail address") << QStringLiteral("@clinic.example") << QStringList{QStringLiteral("Smith")};
        QTest::newRow("the phone number") << QStringLiteral("090-12") << QStringList{QStringLiteral("中村")};
        QTest::newRow("across two fields: not a match") << QStringLiteral("太郎幹") << QStringList{};
        QTest::newRow("across two fields by a line feed: not a match") << QStringLiteral("太郎\n幹") << QStringList{};
        QTest::newRow("a line feed inside one field") << QStringLiteral("量\nです") << QStringList{QStringLiteral("Brown")};
        QTest::newRow("nowhere") << QStringLiteral("ナノ粒子") << QStringList{};
    }
    void textSearchIsTheSubstringSearch()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        RequestStore store;
        QVERIFY(store.open(location()));
        struct Row { const char16_t *name, *question, *treatments, *email, *phone; };
        const Row rows[] = {
            {u"田中 太郎", u"幹細胞の治療について", u"", u"", u""},
            {u"山田 花子", u"Riluzole の量", u"𠮷野家の近く", u"", u""},
            {u"Smith", u"Is riluzole 100% safe?", u"", u"a.smith@clinic.example", u""},
            {u"中村", u"a_b and \"x\"", u"", u"", u"090-1234-5678"},
            {u"田中", u"", u"", u"", u""},
            {u"森", u"田", u"栞", u"", u""},
            {u"Brown", u"abc の量\nです", u"", u"", u""},
        };
        for (const Row &row : rows) {
            ConsultationRequest r = sample(QString::fromUtf16(row.question));
            r.name = QString::fromUtf16(row.name);
            r.treatments = QString::fromUtf16(row.treatments);
            r.email = QString::fromUtf16(row.email);
            r.phone = QString::fromUtf16(row.phone);
            QVERIFY2(store.submit(r), qPrintable(store.lastError().message));
        }
        const auto found = store.listRequests({{}, {}, {}, text}, 100);
        QVERIFY2(found, qPrintable(store.lastError().message));
        QStringList names;
        for (const StoredRequest &s : *found)
            names << s.request.name;
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);
        QCOMPARE(store.count({{}, {}, {}, text}), expected.size());

        // Exactly what the plain LIKE scan over the same texts returns, as the search did before it had an index.
        QSqlQuery q(store.database());
        QStringList any;
        for (const char *column : {"reference", "name", "question", "medical_history", "current_problem", "treatments",
                                   "current_condition", "email", "phone"})
            any << QStringLiteral("lower(%1) LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
        q.prepare(QStringLiteral("SELECT name FROM requests WHERE ") + any.join(QLatin1String(" OR ")));
        QString pattern = text.toLower();
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
        for (int i = 0; i < any.size(); ++i)
            q.addBindValue(QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
        QVERIFY(q.exec());
        QStringList scanned;
        while (q.next())
            scanned << q.value(0).toString();
        scanned.sort();
        QCOMPARE(names, scanned);
    }

    void textSearchWorksWithoutAnIndex()
    {
        if (sqlite())
            QSKIP("SQLite always has its index; a PostgreSQL server may refuse pg_trgm");
        {
            RequestStore store;
            QVERIFY(store.open(location()));
            for (const QString &name : {QStringLiteral("田中 太郎"), QStringLiteral("山田 花子"), QStringLiteral("Riluzole Smith")}) {
                ConsultationRequest r = sample(QStringLiteral("質問"));
                r.name = name;
                QVERIFY(store.submit(r));
            }
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("DROP INDEX requests_text_trgm, requests_text_grams")));
        }
        RequestStore store;
        QVERIFY(store.open(location()));
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("田中 太")}), 1);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("田")}), 2);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("RILUZOLE")}), 1);
        QCOMPARE(store.list({{}, {}, {}, QStringLiteral("田中")}, 10).size(), 1);
    }

    void textSearchPagesLikeTheInbox()
    {
        RequestStore store;
        QVERIFY(store.open(location()));
        QList<std::pair<qint64, QString>> stored;  // oldest first
        for (int i = 0; i < 90; ++i) {
            ConsultationRequest r = sample(QStringLiteral("質問 %1").arg(i));
            r.name = i % 3 == 0 ? QStringLiteral("田中 %1").arg(i) : QStringLiteral("佐藤 %1").arg(i);
            const auto s = store.submit(r);
            QVERIFY(s);
            stored.append({s->id, r.name});
        }
        // Pages of two: a third of the requests hold "田中", enough for the store to read them newest first;
        // "田中 3" is in five, which it looks up through the index and sorts. Both page alike.
        for (const QString &text : {QStringLiteral("田中"), QStringLiteral("田"), QStringLiteral("田中 "), QStringLiteral("田中 3")}) {
            QList<qint64> expected;
            for (const auto &[id, name] : std::as_const(stored)) {
                if (name.contains(text.trimmed()))
                    expected.prepend(id);
            }
            QCOMPARE(store.count({{}, {}, {}, text}), expected.size());
            QList<qint64> seen;
            RequestStore::ListRow last;
            const RequestStore::ListRow *after = nullptr;
            for (;;) {
                const auto page = store.list({{}, {}, {}, text}, 2, after);
                if (page.isEmpty())
                    break;
                for (const auto &row : page)
                    seen << row.id;
                last = page.last();
                after = &last;
            }
            QCOMPARE(seen, expected);
            QCOMPARE(store.listRequests({{}, {}, {}, text}, 2)->size(), std::min<qsizetype>(2, expected.size()));
        }
        QCOMPARE(store.count({QStringLiteral("closed"), {}, {}, QStringLiteral("田中")}), 0);
        QVERIFY(store.setStatus(stored.first().first, QStringLiteral("closed"), QString()));
        QCOMPARE(store.count({QStringLiteral("closed"), {}, {}, QStringLiteral("田中")}), 1);
        QCOMPARE(store.list({QStringLiteral("closed"), {}, {}, QStringLiteral("田中")}, 2).size(), 1);
    }

    void searchIndexFollowsChangesAndDeletions()
    {
        RequestStore store;
        QVERIFY(store.open(location()));
        ConsultationRequest r = sample(QStringLiteral("幹細胞について"));
        r.name = QStringLiteral("田中 一郎");
        const auto first = store.submit(r);
        QVERIFY(first);
        r.name = QStringLiteral("田中 二郎");
        const auto second = store.submit(r);
        QVERIFY(second);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("田中")}), 2);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("一郎")}), 1);

        // The program never edits a request's texts, but a database tool may: the index follows that too.
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("UPDATE requests SET name = ?, question = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("佐藤 一郎"));
        q.addBindValue(QStringLiteral("リハビリについて"));
        q.addBindValue(first->id);
        QVERIFY(q.exec());
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("田中")}), 1);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("佐藤 一")}), 1);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("佐")}), 1);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("幹細胞")}), 1);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("リハビリ")}), 1);

        QVERIFY(store.remove(second->id));
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("田中")}), 0);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("田")}), 0);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("幹細胞")}), 0);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("一郎")}), 1);
        if (sqlite()) {
            // A contentless index told the wrong old values would drift from the requests; this would show it.
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO requests_text (requests_text) VALUES ('integrity-check')")),
                     qPrintable(q.lastError().text()));
            // One request left: no term may be counted in two.
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(doc) FROM requests_text_terms")) && q.next());
            QVERIFY(q.value(0).toInt() > 10);
            QCOMPARE(q.value(1).toInt(), 1);
        }
    }

    void searchIndexIsBuiltForAnOlderDatabase()
    {
        // A version-3 database with requests in it, as the previous release left it.
        {
            RequestStore raw;
            QVERIFY(raw.open(location()));
            QSqlQuery q(raw.database());
            dropAllButSchemaVersion(q);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version")));
            createVersion3(q);
            for (int i = 0; i < 50; ++i) {
                q.prepare(QStringLiteral("INSERT INTO requests (reference, created_at, status, writer, name, question, "
                                         "consent, language) VALUES (?, ?, 'new', 'family', ?, ?, 1, 'ja')"));
                q.addBindValue(QStringLiteral("OLD0-%1").arg(i, 4, 10, QLatin1Char('0')));
                q.addBindValue(QStringLiteral("2026-01-05T09:%1:00.000Z").arg(i, 2, 10, QLatin1Char('0')));
                q.addBindValue(i == 7 ? QStringLiteral("田中 七子") : QStringLiteral("来訪者 %1").arg(i));
                q.addBindValue(i == 7 ? QStringLiteral("Edaravone の点滴") : QStringLiteral("質問"));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        RequestStore store;
        QVERIFY2(store.open(location()), qPrintable(store.lastError().message));
        QCOMPARE(store.schemaVersion(), RequestStore::currentSchemaVersion());
        QCOMPARE(store.count({}), 50);
        for (const QString &text : {QStringLiteral("EDARAVONE"), QStringLiteral("田中 七"), QStringLiteral("田中"),
                                    QStringLiteral("七"), QStringLiteral("old0-0007")})
            QVERIFY2(store.count({{}, {}, {}, text}) == 1, qPrintable(text));
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("来訪者")}), 49);
        QVERIFY(store.auditTrail().isEmpty());
        QVERIFY(store.submit(sample()));
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("山田")}), 1);
    }

    void retentionDeletesOnlyClosedRequestsPastTheirTime()
    {
        RequestStore store;
        QVERIFY(store.open(location()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QHash<QString, qint64> ids;
        // name -> status and when it last changed (the request was created a year ago)
        const QList<std::tuple<QString, QString, QDateTime>> requests{
            {QStringLiteral("closed long ago"), QStringLiteral("closed"), now.addMonths(-8)},
            {QStringLiteral("closed just past six months"), QStringLiteral("closed"), now.addMonths(-6).addSecs(-60)},
            {QStringLiteral("closed just inside six months"), QStringLiteral("closed"), now.addMonths(-6).addSecs(60)},
            {QStringLiteral("closed yesterday"), QStringLiteral("closed"), now.addDays(-1)},
            {QStringLiteral("new and old"), QStringLiteral("new"), now.addMonths(-12)},
            {QStringLiteral("in progress and old"), QStringLiteral("in-progress"), now.addMonths(-10)},
            {QStringLiteral("answered and old"), QStringLiteral("answered"), now.addMonths(-10)},
            {QStringLiteral("closed, reopened, closed again"), QStringLiteral("closed"), now.addMonths(-1)},
        };
        QSqlQuery q(store.database());
        for (const auto &[name, status, when] : requests) {
            ConsultationRequest r = sample();
            r.name = name;
            const auto s = store.submit(r);
            QVERIFY(s);
            ids.insert(name, s->id);
            q.prepare(QStringLiteral("UPDATE requests SET created_at = ? WHERE id = ?"));
            q.addBindValue(now.addMonths(-12).toString(Qt::ISODateWithMs));
            q.addBindValue(s->id);
            QVERIFY(q.exec());
            if (name.startsWith(QLatin1String("closed, reopened"))) {
                QVERIFY(store.setStatus(s->id, QStringLiteral("closed"), QString()));
                QVERIFY(store.setStatus(s->id, QStringLiteral("in-progress"), QStringLiteral("asked again")));
                q.prepare(QStringLiteral("UPDATE status_changes SET changed_at = ? WHERE request_id = ?"));
                q.addBindValue(now.addMonths(-9).toString(Qt::ISODateWithMs));
                q.addBindValue(s->id);
                QVERIFY(q.exec());
            }
            if (status != QLatin1String("new"))
                QVERIFY(store.setStatus(s->id, status, QString()));
            q.prepare(QStringLiteral("UPDATE status_changes SET changed_at = ? WHERE request_id = ? AND status = ? "
                                     "AND id = (SELECT MAX(id) FROM status_changes WHERE request_id = ?)"));
            q.addBindValue(when.toString(Qt::ISODateWithMs));
            q.addBindValue(s->id);
            q.addBindValue(status);
            q.addBindValue(s->id);
            QVERIFY(q.exec());
        }

        QCOMPARE(store.purgeClosed(0, now), 0);
        QCOMPARE(store.purgeClosed(-3, now), 0);
        QCOMPARE(store.count({}), requests.size());

        QCOMPARE(store.purgeClosed(6, now), 2);
        QStringList left;
        const auto remaining = store.listRequests({}, 100);
        QVERIFY(remaining);
        for (const StoredRequest &s : *remaining)
            left << s.request.name;
        left.sort();
        QCOMPARE(left, (QStringList{QStringLiteral("answered and old"), QStringLiteral("closed just inside six months"),
                                    QStringLiteral("closed yesterday"), QStringLiteral("closed, reopened, closed again"),
                                    QStringLiteral("in progress and old"), QStringLiteral("new and old")}));
        QVERIFY(store.history(ids.value(QStringLiteral("closed long ago"))).isEmpty());

        const QList<RequestStore::AuditEntry> trail = store.auditTrail();
        QCOMPARE(trail.size(), 2);
        QSet<QString> gone;
        for (const RequestStore::AuditEntry &e : trail) {
            QCOMPARE(e.action, QStringLiteral("deleted-retention"));
            QVERIFY(qAbs(e.at.secsTo(now)) < 60);
            QVERIFY2(e.detail.contains(QLatin1String("months=6")), qPrintable(e.detail));
            gone << e.reference;
        }
        QCOMPARE(gone.size(), 2);
        QCOMPARE(store.purgeClosed(6, now), 0);  // nothing more is due
        // Kept one month, two days from now: only the one closed yesterday stays.
        QCOMPARE(store.purgeClosed(1, now.addDays(2)), 2);
        QCOMPARE(store.count({QStringLiteral("closed"), {}, {}, {}}), 1);
        QCOMPARE(store.listRequests({QStringLiteral("closed"), {}, {}, {}}, 10)->first().request.name, QStringLiteral("closed yesterday"));
    }

    void deletionsAreInAnAppendOnlyAuditTrail()
    {
        RequestStore store;
        QVERIFY(store.open(location()));
        const auto first = store.submit(sample());
        const auto second = store.submit(sample());
        QVERIFY(first && second);
        QVERIFY(store.setStatus(second->id, QStringLiteral("answered"), QString()));
        QVERIFY(store.remove(first->id));
        QVERIFY(store.remove(second->id));
        const QList<RequestStore::AuditEntry> trail = store.auditTrail();
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail.at(0).reference, second->reference);  // newest first
        QCOMPARE(trail.at(0).action, QStringLiteral("deleted"));
        QCOMPARE(trail.at(0).detail, QStringLiteral("status=answered"));
        QCOMPARE(trail.at(1).reference, first->reference);
        QCOMPARE(store.auditTrail(1).size(), 1);
        // Nothing in it mentions what the request said.
        for (const RequestStore::AuditEntry &e : trail)
            QVERIFY(!e.detail.contains(QLatin1String("山田")) && !e.detail.contains(QLatin1String("リルゾール")));

        QSqlQuery q(store.database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET action = 'nothing'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit")));
        QCOMPARE(store.auditTrail().size(), 2);
    }

    // The inbox counts a common word among a million requests only as far as it needs to say "more than".
    void countStopsWhereAsked()
    {
        RequestStore store;
        QVERIFY(store.open(location()));
        for (int i = 0; i < 7; ++i)
            QVERIFY(store.submit(sample()));
        RequestStore::Filter all;
        QCOMPARE(store.count(all), 7);
        QCOMPARE(store.count(all, 10), 7);
        QCOMPARE(store.count(all, 5), 6);  // past the limit: the limit and one
        RequestStore::Filter text;
        text.text = QStringLiteral("リルゾール");
        QCOMPARE(store.count(text, 3), 4);
        QCOMPARE(store.count(text, 100), 7);
        text.text = QStringLiteral("リ");  // a single character, through the short-text path
        QCOMPARE(store.count(text, 3), 4);
    }

    // A short search most requests hold is read newest first by date (on PostgreSQL with the text's index left out
    // of the query): the pages are still exactly the holders, newest first, and nothing else.
    void shortSearchManyHoldPagesNewestFirst()
    {
        RequestStore store;
        QVERIFY(store.open(location()));
        QList<qint64> holders;
        for (int i = 0; i < 30; ++i) {
            const auto stored = store.submit(
                sample(i % 3 == 2 ? QStringLiteral("呼吸のこと %1").arg(i) : QStringLiteral("嚥下のこと %1").arg(i)));
            QVERIFY(stored);
            if (i % 3 != 2)
                holders.prepend(stored->id);  // newest first
        }
        RequestStore::Filter filter;
        filter.text = QStringLiteral("嚥");
        QList<qint64> seen;
        RequestStore::ListRow last;
        const RequestStore::ListRow *after = nullptr;
        for (int page = 0; page < 30; ++page) {
            const QList<RequestStore::ListRow> rows = store.list(filter, 2, after);
            QVERIFY(rows.size() <= 2);
            for (const RequestStore::ListRow &row : rows)
                seen << row.id;
            if (rows.size() < 2)
                break;
            last = rows.last();
            after = &last;
        }
        QCOMPARE(seen, holders);
        QCOMPARE(store.count(filter), int(holders.size()));
        QCOMPARE(store.count(filter, 5), 6);
    }

    // At home the list of one's own questions never shows a visitor's request kept on the same computer.
    void ownQuestionsAreTheirOwn()
    {
        RequestStore store;
        QVERIFY(store.open(location()));
        const auto visitor = store.submit(sample());
        ConsultationRequest mine;  // as the form keeps one: no writer, no name (empty, not null)
        mine.writer = QStringLiteral("");
        mine.name = QStringLiteral("");
        mine.question = QStringLiteral("リルゾールの副作用は？");
        mine.language = QStringLiteral("ja");
        const auto own = store.submit(mine);
        QVERIFY(visitor && own);
        RequestStore::Filter filter;
        filter.ownQuestionsOnly = true;
        const QList<RequestStore::ListRow> rows = store.list(filter, 50);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, own->id);
        QCOMPARE(store.count(filter), 1);
        filter.text = QStringLiteral("リルゾール");  // both hold it; still only the reader's own
        QCOMPARE(store.list(filter, 50).size(), 1);
        QCOMPARE(store.count(filter), 1);
    }

    void backupAndRestoreRoundTrip()
    {
        RequestStore store;
        QVERIFY(store.open(location()));
        if (!sqlite()) {
            QVERIFY(!store.backupTo(m_dir->filePath(QStringLiteral("backup.db"))));
            QVERIFY2(store.lastError().message.contains(QLatin1String("pg_dump")), qPrintable(store.lastError().message));
            QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("backup.db"))));
            QVERIFY(!store.restoreFrom(m_dir->filePath(QStringLiteral("backup.db"))));
            QVERIFY2(store.lastError().message.contains(QLatin1String("pg_dump")), qPrintable(store.lastError().message));
            return;
        }
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            ConsultationRequest r = sample(QStringLiteral("\ufeff質問 %1 \u0007 with a bell").arg(i));
            r.name = QStringLiteral("田中 %1").arg(i);
            r.medicalHistory = QStringLiteral("line1\r\nline2 😀");
            const auto s = store.submit(r);
            QVERIFY(s);
            ids << s->id;
        }
        QVERIFY(store.setStatus(ids.at(1), QStringLiteral("in-progress"), QStringLiteral("Dr Sato")));
        QVERIFY(store.setStatus(ids.at(1), QStringLiteral("answered"), QStringLiteral("by phone")));
        QVERIFY(store.remove(ids.at(4)));
        const QStringList before = everything(store);

        const QString backup = m_dir->filePath(QStringLiteral("backup.db"));
        QVERIFY2(store.backupTo(backup), qPrintable(store.lastError().message));
        struct stat st {};
        QCOMPARE(::lstat(QFile::encodeName(backup).constData(), &st), 0);
        QVERIFY(S_ISREG(st.st_mode));
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("backup.db*")}, QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("backup.db")});  // no temporary file or journal left beside it
        QVERIFY2(store.backupTo(backup), qPrintable(store.lastError().message));  // a regular file is replaced

        // Life goes on after the backup: a new request, a deletion, a change of status.
        QVERIFY(store.submit(sample(QStringLiteral("after the backup"))));
        QVERIFY(store.remove(ids.at(0)));
        QVERIFY(store.setStatus(ids.at(2), QStringLiteral("closed"), QString()));
        QVERIFY(everything(store) != before);

        QVERIFY2(store.restoreFrom(backup), qPrintable(store.lastError().message));
        QCOMPARE(everything(store), before);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("田中")}), 4);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("after the")}), 0);
        QCOMPARE(store.auditTrail().first().action, QStringLiteral("restored"));
        // The deletion made after the backup stays in the trail: it happened.
        int deleted = 0;
        for (const RequestStore::AuditEntry &e : store.auditTrail())
            deleted += e.action == QLatin1String("deleted") ? 1 : 0;
        QCOMPARE(deleted, 2);
        QCOMPARE(::stat(QFile::encodeName(dbPath()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        q.finish();
        QVERIFY2(store.submit(sample()), qPrintable(store.lastError().message));

        // Another program on the same file sees the restored requests.
        RequestStore other;
        QVERIFY(other.open(location()));
        QCOMPARE(other.count({}), 5);
    }

    void backupRefusesWhatIsNotAFile()
    {
        if (!sqlite())
            QSKIP("PostgreSQL is backed up with pg_dump");
        RequestStore store;
        QVERIFY(store.open(location()));
        QVERIFY(store.submit(sample()));
        const QString folder = m_dir->filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(folder));
        const QString fifo = m_dir->filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString kept = m_dir->filePath(QStringLiteral("kept.txt"));
        QFile keptFile(kept);
        QVERIFY(keptFile.open(QIODevice::WriteOnly));
        keptFile.write("keep me");
        keptFile.close();
        const QString link = m_dir->filePath(QStringLiteral("link.db"));
        QVERIFY(QFile::link(kept, link));
        for (const QString &target : {folder, fifo, link}) {
            QVERIFY2(!store.backupTo(target), qPrintable(target));
            QVERIFY2(store.lastError().message.contains(QDir::toNativeSeparators(target)), qPrintable(store.lastError().message));
        }
        struct stat st {};
        QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
        QCOMPARE(::lstat(QFile::encodeName(link).constData(), &st), 0);
        QVERIFY(S_ISLNK(st.st_mode));
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), QByteArray("keep me"));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 3);  // fifo, kept.txt, link.db
        QVERIFY(!store.backupTo(m_dir->filePath(QStringLiteral("no/such/folder/backup.db"))));
    }

    void restoreRefusesWhatIsNotARequestsDatabase()
    {
        if (!sqlite())
            QSKIP("PostgreSQL is restored with pg_restore or psql");
        RequestStore store;
        QVERIFY(store.open(location()));
        const auto kept = store.submit(sample());
        QVERIFY(kept);
        const QStringList before = everything(store);

        const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Not a database at all. ").repeated(300));
        file.close();
        QVERIFY(!store.restoreFrom(text));
        QVERIFY2(store.lastError().message.contains(QLatin1String("not a requests database")), qPrintable(store.lastError().message));
        QVERIFY(!store.restoreFrom(m_dir->path()));
        QVERIFY(store.lastError().message.contains(QLatin1String("not a requests database")));

        // An SQLite file of something else.
        const QString otherDb = m_dir->filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(otherDb);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(!store.restoreFrom(otherDb));
        QVERIFY(store.lastError().message.contains(QLatin1String("not a requests database")));

        // A backup a newer program made.
        const QString newer = m_dir->filePath(QStringLiteral("newer.db"));
        QVERIFY(store.backupTo(newer));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (99)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QVERIFY(!store.restoreFrom(newer));
        QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::NewerSchema);
        QVERIFY2(store.lastError().message.contains(QLatin1String("newer version")), qPrintable(store.lastError().message));

        // A damaged one: garbage behind a real header.
        const QString damaged = m_dir->filePath(QStringLiteral("damaged.db"));
        QVERIFY(store.backupTo(damaged));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096);
            f.write(QByteArray(8192, 'x'));
        }
        QVERIFY(!store.restoreFrom(damaged));
        QVERIFY(store.lastError().kind == RequestStore::ErrorKind::Corrupt
                || store.lastError().message.contains(QLatin1String("not a requests database")));

        QCOMPARE(everything(store), before);  // nothing was touched
        QVERIFY(store.auditTrail().isEmpty());
    }

    void restoreUpgradesAnOlderBackup()
    {
        if (!sqlite())
            QSKIP("PostgreSQL is restored with pg_restore or psql");
        const QString old = m_dir->filePath(QStringLiteral("old.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
            createVersion3(q);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO requests (reference, created_at, status, writer, name, question, consent, language) "
                                          "VALUES ('OLD0-0001', '2026-01-05T09:00:00.000Z', 'answered', 'family', '田中 昔', 'Old question', 1, 'ja')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO status_changes (request_id, changed_at, status, note) "
                                          "VALUES (1, '2026-01-05T09:00:00.000Z', 'answered', 'by post')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        RequestStore store;
        QVERIFY(store.open(location()));
        QVERIFY(store.submit(sample()));
        QVERIFY2(store.restoreFrom(old), qPrintable(store.lastError().message));
        QCOMPARE(store.schemaVersion(), RequestStore::currentSchemaVersion());
        QCOMPARE(store.count({}), 1);
        QCOMPARE(store.count({{}, {}, {}, QStringLiteral("田中")}), 1);
        QCOMPARE(store.history(store.findByReference(QStringLiteral("OLD0-0001"))->id).first().note, QStringLiteral("by post"));
        QCOMPARE(store.auditTrail().first().action, QStringLiteral("restored"));
    }

    void lockOutTrustsNoDeskClock()
    {
        RequestStore store;
        QVERIFY(store.open(location()));
        QVERIFY(store.setPassphraseHash(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA")));
        QVERIFY(!store.secondsSinceLastFailure());
        const auto resetClock = qScopeGuard([] { Clock::setUtcOffset(0); });

        // The desk's clock is an hour ahead of the truth when the wrong passphrases are typed, and still when the
        // desk asks how long ago that was.
        Clock::setUtcOffset(3600);
        for (int i = 0; i < 3; ++i)
            QVERIFY(store.recordAttempt(false));
        const int delay = StaffAuth::delaySeconds(store.failedAttempts());
        QCOMPARE(delay, 4);
        auto elapsed = store.secondsSinceLastFailure();
        QVERIFY(elapsed);
        QVERIFY2(*elapsed >= 0 && *elapsed < delay, qPrintable(QString::number(*elapsed)));  // the wait holds
        if (!sqlite()) {
            // Stamped by the server: a desk whose clock runs ahead (or behind) moves nothing.
            QVERIFY(qAbs(store.lastFailedAttempt().secsTo(QDateTime::currentDateTimeUtc())) < 60);
            Clock::setUtcOffset(-3600);
            elapsed = store.secondsSinceLastFailure();
            QVERIFY(elapsed && *elapsed < delay);
        }

        // A stamp in the future (the clock was set back after the failure): the wait starts again, it is not
        // stretched until the clock catches up.
        Clock::setUtcOffset(0);
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("UPDATE staff SET last_failed_at = ? WHERE id = 1"));
        q.addBindValue(QDateTime::currentDateTimeUtc().addSecs(7200).toString(Qt::ISODateWithMs));
        QVERIFY(q.exec());
        QCOMPARE(store.secondsSinceLastFailure().value_or(-1), 0);
        QVERIFY(qAbs(store.lastFailedAttempt().secsTo(QDateTime::currentDateTimeUtc())) < 60);
        if (sqlite()) {
            // One desk's clock is the clock on SQLite: when it has moved on by the delay, so has the wait.
            Clock::setUtcOffset(delay + 1);
            QVERIFY(store.secondsSinceLastFailure().value_or(0) >= delay);
        }
        QVERIFY(store.recordAttempt(true));
        QVERIFY(!store.secondsSinceLastFailure());
    }

    void twoDesksAtOnceLoseNothing()
    {
        {
            RequestStore store;  // create the schema first, as the desks' program would have
            QVERIFY(store.open(location()));
        }
        const QStringList acknowledged = runWriters(2, 150);
        QCOMPARE(acknowledged.size(), 300);
        QCOMPARE(QSet<QString>(acknowledged.begin(), acknowledged.end()).size(), 300);
        RequestStore store;
        QVERIFY(store.open(location()));
        QCOMPARE(store.count({}), 300);
        for (const QString &ref : acknowledged)
            QVERIFY2(store.findByReference(ref), qPrintable(ref));
    }

    void killedMidWriteLosesNothingAcknowledged()
    {
        {
            RequestStore store;
            QVERIFY(store.open(location()));
        }
        QList<QProcess *> processes;
        runWriters(1, 100000, &processes);
        QProcess *writer = processes.first();
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (out.count('\n') < 60 && clock.elapsed() < 60000) {
            writer->waitForReadyRead(1000);
            out += writer->readAllStandardOutput();
        }
        ::kill(pid_t(writer->processId()), SIGKILL);
        writer->waitForFinished(10000);
        out += writer->readAllStandardOutput();
        delete writer;
        QStringList acknowledged;
        QList<QByteArray> lines = out.split('\n');
        lines.removeLast();  // empty, or a line the kill cut short: not acknowledged
        for (const QByteArray &line : std::as_const(lines))
            acknowledged << QString::fromUtf8(line.split(' ').first());
        QVERIFY(acknowledged.size() >= 60);

        RequestStore store;
        QVERIFY2(store.open(location()), qPrintable(store.lastError().message));
        for (const QString &ref : acknowledged)
            QVERIFY2(store.findByReference(ref), qPrintable(ref + QStringLiteral(" was acknowledged and is gone")));
        QVERIFY(store.count({}) >= acknowledged.size());
        if (sqlite()) {
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
    }

    void readOnlyDatabaseGivesAClearError()
    {
        if (!sqlite())
            QSKIP("a read-only server is a server setting; the SQLite file is what a desk can lose");
        {
            RequestStore store;
            QVERIFY(store.open(location()));
            QVERIFY(store.submit(sample()));
        }
        const QByteArray file = QFile::encodeName(dbPath());
        const QByteArray dir = QFile::encodeName(QFileInfo(dbPath()).absolutePath());
        bool immutable = false;
        if (::geteuid() == 0) {
            // root writes through permissions; the immutable attribute stops even root.
            immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), QString::fromLocal8Bit(file)}) == 0
                && QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), QString::fromLocal8Bit(dir)}) == 0;
            if (!immutable)
                QSKIP("running as root on a file system without chattr +i: cannot make the file read-only");
        } else {
            QVERIFY(::chmod(file.constData(), 0400) == 0);
            QVERIFY(::chmod(dir.constData(), 0500) == 0);
        }
        RequestStore store;
        const bool opened = store.open(location());
        std::optional<StoredRequest> saved;
        if (opened)
            saved = store.submit(sample());
        const RequestStore::Error error = store.lastError();
        store.close();
        if (immutable) {
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), QString::fromLocal8Bit(dir)});
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), QString::fromLocal8Bit(file)});
        } else {
            ::chmod(dir.constData(), 0700);
            ::chmod(file.constData(), 0600);
        }
        QVERIFY(!saved);
        QCOMPARE(error.kind, RequestStore::ErrorKind::ReadOnly);
        QVERIFY2(error.message.contains(QDir::toNativeSeparators(dbPath())), qPrintable(error.message));
        RequestStore after;
        QVERIFY(after.open(location()));
        QCOMPARE(after.count({}), 1);
    }

    void fullDiskGivesAClearError()
    {
        if (!sqlite())
            QSKIP("the disk filling up is simulated on the SQLite file");
        RequestStore store;
        QVERIFY(store.open(location()));
        QVERIFY(store.submit(sample()));
        // SQLite's page limit behaves exactly like a full disk: SQLITE_FULL on the next write.
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        std::optional<StoredRequest> saved;
        for (int i = 0; i < 20 && (saved = store.submit(sample(QString(4000, QChar(0x3042))))); ++i) {
        }
        QVERIFY(!saved);
        QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::DiskFull);
        QVERIFY(store.lastError().message.contains(QLatin1String("full")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        QVERIFY(store.submit(sample()));  // space again: saving works again
    }

    // Finding 11: "damaged" only for a file with SQLite's header that fails its check; only such a file is moved.
    void damagedFileIsKeptAside_data()
    {
        QTest::addColumn<bool>("wholeHeader");
        QTest::newRow("pages overwritten") << false;
        QTest::newRow("garbage behind the header") << true;
    }
    void damagedFileIsKeptAside()
    {
        if (!sqlite())
            QSKIP("a damaged file concerns SQLite only");
        QFETCH(bool, wholeHeader);
        {
            RequestStore store;
            QVERIFY(store.open(location()));
            for (int i = 0; i < 50; ++i)
                QVERIFY(store.submit(sample(QString(2000, QChar(0x3042 + i % 50)))));
        }
        // SQLite's header, then junk: the pages after the first, or everything after the 16-byte header.
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray damaged = file.readAll();
        QVERIFY(damaged.size() > 8192 && damaged.startsWith("SQLite format 3"));
        for (qsizetype i = wholeHeader ? 16 : 4096; i < damaged.size(); ++i)
            damaged[i] = char(i * 7);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(damaged), damaged.size());
        file.close();

        RequestStore store;
        QVERIFY(!store.open(location()));
        QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::Corrupt);
        QVERIFY(store.lastError().message.contains(QDir::toNativeSeparators(dbPath())));
        QFile unchanged(dbPath());
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QCOMPARE(unchanged.readAll(), damaged);
        unchanged.close();

        QString movedTo;
        QString error;
        QVERIFY2(RequestStore::moveAside(dbPath(), &movedTo, &error), qPrintable(error));
        QVERIFY(QFile::exists(movedTo));
        QVERIFY(!QFile::exists(dbPath()));
        QFile kept(movedTo);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), damaged);
        QVERIFY(store.open(location()));
        QCOMPARE(store.count({}), 0);
    }

    // Finding 11: any other file, or another program's SQLite database, is "not a requests database", unchanged
    // and never moved; a dangling link says so instead of "File exists".
    void notADatabaseIsNeverCalledDamaged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("a text file") << QByteArray("date,amount\n2026-11-25,120\n").repeated(200);
        QTest::newRow("a few bytes") << QByteArray("x");
        QTest::newRow("a header cut short") << QByteArray("SQLite form");
        QTest::newRow("another program's SQLite database") << QByteArray();
    }
    void notADatabaseIsNeverCalledDamaged()
    {
        if (!sqlite())
            QSKIP("a file concerns SQLite only");
        QFETCH(QByteArray, content);
        QDir().mkpath(QFileInfo(dbPath()).absolutePath());
        if (content.isEmpty()) {
            {
                QSqlDatabase other = bareConnection(QStringLiteral("other program"));
                QVERIFY(other.open());
                QSqlQuery q(other);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE budget (month TEXT, amount INTEGER)")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO budget VALUES ('2026-11', 120)")));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other program"));
            QFile written(dbPath());
            QVERIFY(written.open(QIODevice::ReadOnly));
            content = written.readAll();
        } else {
            QFile written(dbPath());
            QVERIFY(written.open(QIODevice::WriteOnly));
            written.write(content);
        }
        RequestStore store;
        QVERIFY(!store.open(location()));
        QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::NotADatabase);
        QVERIFY2(store.lastError().message.contains(QLatin1String("not a requests database")),
                 qPrintable(store.lastError().message));
        QVERIFY(!store.lastError().message.contains(QLatin1String("damaged")));
        QVERIFY(store.lastError().message.contains(QDir::toNativeSeparators(dbPath())));
        QString movedTo;
        QString error;
        QVERIFY(!RequestStore::moveAside(dbPath(), &movedTo, &error));
        QVERIFY2(error.contains(QLatin1String("not moved")), qPrintable(error));
        QFile unchanged(dbPath());
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QCOMPARE(unchanged.readAll(), content);
        QCOMPARE(QDir(QFileInfo(dbPath()).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void emptyFileAndOddPathsAsTheDatabase()
    {
        if (!sqlite())
            QSKIP("a file concerns SQLite only");
        // An empty file is a new database (another desk has only just created it).
        QDir().mkpath(QFileInfo(dbPath()).absolutePath());
        {
            QFile empty(dbPath());
            QVERIFY(empty.open(QIODevice::WriteOnly));
        }
        {
            RequestStore store;
            QVERIFY2(store.open(location()), qPrintable(store.lastError().message));
            QVERIFY(store.submit(sample()));
        }
        // A dangling link: said plainly, and nothing created where it points.
        const QString link = m_dir->filePath(QStringLiteral("dangling.db"));
        const QString nowhere = m_dir->filePath(QStringLiteral("unmounted/requests.db"));
        QVERIFY(QFile::link(nowhere, link));
        DatabaseLocation l;
        l.path = link;
        RequestStore store;
        QVERIFY(!store.open(l));
        QVERIFY2(!store.lastError().message.contains(QLatin1String("File exists")),
                 qPrintable(store.lastError().message));
        QVERIFY2(store.lastError().message.contains(QLatin1String("does not exist")),
                 qPrintable(store.lastError().message));
        QVERIFY(!QFileInfo::exists(nowhere));
        // A folder or a pipe cannot hold the requests; neither hangs nor is replaced.
        const QString fifo = m_dir->filePath(QStringLiteral("fifo.db"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString &path : {QString(m_dir->path() + QStringLiteral("/desk")), fifo}) {
            l.path = path;
            QVERIFY(!store.open(l));
            QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::NotADatabase);
        }
        struct stat st
        {
        };
        QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
    }

    void networkFileSystemsAreRecognised_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<bool>("network");
        QTest::newRow("ext4") << QByteArray("ext4") << false;
        QTest::newRow("btrfs") << QByteArray("btrfs") << false;
        QTest::newRow("tmpfs") << QByteArray("tmpfs") << false;
        QTest::newRow("nfs4") << QByteArray("nfs4") << true;
        QTest::newRow("cifs") << QByteArray("cifs") << true;
        QTest::newRow("smb3") << QByteArray("smb3") << true;
        QTest::newRow("sshfs") << QByteArray("fuse.sshfs") << true;
        QTest::newRow("9p") << QByteArray("9p") << true;
    }
    void networkFileSystemsAreRecognised()
    {
        QFETCH(QByteArray, type);
        QFETCH(bool, network);
        QCOMPARE(RequestStore::isNetworkFileSystem(type), network);
    }

    void locationsParse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("sqlite file") << QStringLiteral("sqlite:///var/lib/desk/requests.db") << true;
        QTest::newRow("sqlite relative") << QStringLiteral("sqlite://requests.db") << false;
        QTest::newRow("sqlite folder") << QStringLiteral("sqlite:///") << false;
        QTest::newRow("sqlite with an option") << QStringLiteral("sqlite:///var/lib/desk/requests.db?mode=ro") << false;
        QTest::newRow("postgres") << QStringLiteral("postgresql://desk@db.clinic.local:5433/requests") << true;
        QTest::newRow("postgres default port") << QStringLiteral("postgres://desk@db/requests") << true;
        QTest::newRow("postgres IPv6") << QStringLiteral("postgresql://desk@[::1]:5433/requests") << true;
        QTest::newRow("postgres without a user") << QStringLiteral("postgresql://db.clinic.local/requests") << true;
        QTest::newRow("password in the URL") << QStringLiteral("postgresql://desk:secret@db/requests") << false;
        QTest::newRow("no database name") << QStringLiteral("postgresql://desk@db/") << false;
        QTest::newRow("other scheme") << QStringLiteral("mysql://desk@db/requests") << false;
        QTest::newRow("a '#' part") << QStringLiteral("postgresql://desk@db/requests#x") << false;
    }
    void locationsParse()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QString error;
        const auto location = DatabaseLocation::parse(url, &error);
        QCOMPARE(bool(location), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (!location)
            return;
        QVERIFY(!location->toUrl().contains(QLatin1String("secret")));
        const auto again = DatabaseLocation::parse(location->toUrl(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toUrl(), location->toUrl());
        QCOMPARE(again->host, location->host);
        QCOMPARE(again->user, location->user);
        QCOMPARE(again->path, location->path);
    }

    // Finding 4: every option of a PostgreSQL URL is honoured or refused by name, never dropped.
    void urlOptionsAreHonouredOrRefusedByName_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("refusal");  // empty: accepted, and kept by toUrl() and displayName()
        QTest::newRow("sslmode=require") << QStringLiteral("sslmode=require") << QString();
        QTest::newRow("verify-full with its files") << QStringLiteral(
            "sslmode=verify-full&sslrootcert=/etc/als/root.crt&sslcert=/etc/als/desk.crt&sslkey=/etc/als/desk.key")
                                                    << QString();
        QTest::newRow("every mode") << QStringLiteral("sslmode=verify-ca") << QString();
        QTest::newRow("connect_timeout") << QStringLiteral("connect_timeout=5") << QString();
        QTest::newRow("application_name with a space") << QStringLiteral("application_name=desk%201") << QString();
        QTest::newRow("an unknown option") << QStringLiteral("sslmode=require&target_session_attrs=any")
                                           << QStringLiteral("unknown option 'target_session_attrs'");
        QTest::newRow("a misspelt option")
            << QStringLiteral("ssl_mode=require") << QStringLiteral("unknown option 'ssl_mode'");
        QTest::newRow("an option in capitals")
            << QStringLiteral("SSLMODE=require") << QStringLiteral("unknown option 'SSLMODE'");
        QTest::newRow("a mode that is not one") << QStringLiteral("sslmode=always") << QStringLiteral("sslmode");
        QTest::newRow("a timeout that is not a number")
            << QStringLiteral("connect_timeout=soon") << QStringLiteral("connect_timeout");
        QTest::newRow("an option twice") << QStringLiteral("sslmode=require&sslmode=disable")
                                         << QStringLiteral("twice");
        QTest::newRow("a value with ';'")
            << QStringLiteral("application_name=a;sslmode=disable") << QStringLiteral("';'");
    }
    void urlOptionsAreHonouredOrRefusedByName()
    {
        QFETCH(QString, query);
        QFETCH(QString, refusal);
        QString error;
        const auto location = DatabaseLocation::parse(
            QStringLiteral("postgresql://desk@db.clinic.local:5433/requests?") + query, &error);
        if (!refusal.isEmpty()) {
            QVERIFY(!location);
            QVERIFY2(error.contains(refusal), qPrintable(error));
            return;
        }
        QVERIFY2(location, qPrintable(error));
        const auto again = DatabaseLocation::parse(location->toUrl(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->options, location->options);
        for (const auto &[key, value] : location->options) {
            QVERIFY(location->displayName().contains(key + QLatin1Char('=') + value));
            QVERIFY(location->libpqOptions().contains(key + QStringLiteral("='") + value + QLatin1Char('\'')));
        }
        QVERIFY(!location->displayName().contains(QLatin1String("desk@")));
    }

    // Finding 4: sslmode=require against a server without SSL fails, saying so; it is never quietly dropped.
    void sslRequiredIsNeverDropped()
    {
        if (sqlite())
            QSKIP("TLS concerns PostgreSQL");
        QString error;
        const auto required = DatabaseLocation::parse(
            postgresUrl(location().user, location().database, QStringLiteral("?sslmode=require")), &error);
        QVERIFY2(required, qPrintable(error));
        RequestStore store;
        QVERIFY(!store.open(*required));
        QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::Refused);
        QVERIFY2(store.lastError().message.contains(QLatin1String("SSL")), qPrintable(store.lastError().message));
        QVERIFY2(store.lastError().message.contains(QLatin1String("sslmode=require")),
                 qPrintable(store.lastError().message));
        // The options that allow a plain connection do connect, and application_name reaches the server.
        const auto plain = DatabaseLocation::parse(
            postgresUrl(location().user, location().database,
                        QStringLiteral("?sslmode=prefer&application_name=desk%201")),
            &error);
        QVERIFY2(plain, qPrintable(error));
        QVERIFY2(store.open(*plain), qPrintable(store.lastError().message));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SHOW application_name")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("desk 1"));
    }

    // Finding 4 and 7: connect_timeout in the URL is honoured; a server that accepts and never answers is given up.
    void connectTimeoutIsHonoured()
    {
        if (sqlite())
            QSKIP("connecting concerns PostgreSQL");
        // A tarpit: the kernel accepts the connection, nobody ever answers it.
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(listener >= 0);
        const auto closeListener = qScopeGuard([listener] { ::close(listener); });
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(listener, 8), 0);
        socklen_t length = sizeof address;
        QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
        QString error;
        const auto tarpit = DatabaseLocation::parse(
            QStringLiteral("postgresql://als@127.0.0.1:%1/als_test?connect_timeout=2").arg(ntohs(address.sin_port)),
            &error);
        QVERIFY2(tarpit, qPrintable(error));
        RequestStore store;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!store.open(*tarpit));
        QVERIFY2(clock.elapsed() >= 1500 && clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::Unreachable);
    }

    // Finding 5: a password anywhere in a URL is refused without being printed; no message shows user information.
    void urlMessagesNeverShowUserInformation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("mistyped scheme") << QStringLiteral("postgresq://desk:S3cret-pw@db.example/requests");
        QTest::newRow("no slashes") << QStringLiteral("postgresql:desk:S3cret-pw@db.example/requests");
        QTest::newRow("one slash") << QStringLiteral("postgres:/desk:S3cret-pw@db.example/requests");
        QTest::newRow("known scheme") << QStringLiteral("postgresql://desk:S3cret-pw@db.example/requests");
        QTest::newRow("sqlite") << QStringLiteral("sqlite://desk:S3cret-pw@/var/lib/requests.db");
        QTest::newRow("other database") << QStringLiteral("mysql://desk:S3cret-pw@db/requests");
        QTest::newRow("bad port") << QStringLiteral("postgresql://desk:S3cret-pw@db:port/requests");
        QTest::newRow("password option") << QStringLiteral("postgresql://desk@db/requests?password=S3cret-pw");
        QTest::newRow("an '@' in the password") << QStringLiteral("postgresq://desk:S3cret-pw@x@db/requests");
        QTest::newRow("leading space") << QStringLiteral(" postgresql://desk:S3cret-pw@db/requests");
        QTest::newRow("user only, mistyped") << QStringLiteral("postgresq://desk-S3cret-pw@db.example/requests");
        QTest::newRow("a line feed") << QStringLiteral("postgresq://desk-S3cret-pw@db/\nforged line");
    }
    void urlMessagesNeverShowUserInformation()
    {
        QFETCH(QString, url);
        QString error;
        QVERIFY(!DatabaseLocation::parse(url, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(QLatin1String("S3cret")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("desk")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        QVERIFY(!DatabaseLocation::masked(url).contains(QLatin1String("S3cret")));
        if (url.contains(QLatin1String("S3cret-pw@")) && url.contains(QLatin1String("desk:")))
            QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
    }

    // Finding 7: a table another session keeps locked (or an SQLite write that does not end) makes a save fail
    // within the configured time, saying the database is busy; the request can then be sent again.
    void lockedTableFailsWithinTheTimeout()
    {
        RequestStore store;
        RequestStore::Timeouts timeouts;
        timeouts.statementMs = 3000;
        timeouts.lockMs = 1000;
        timeouts.busyMs = 1000;
        store.setTimeouts(timeouts);
        QVERIFY2(store.open(location()), qPrintable(store.lastError().message));
        QVERIFY(store.submit(sample()));
        {
            QSqlDatabase holder = bareConnection(QStringLiteral("holder"));
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            if (sqlite()) {
                QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            } else {
                // Without a limit of its own the store would wait for this lock; it goes after 8 s in any case.
                QVERIFY(q.exec(QStringLiteral("SET idle_in_transaction_session_timeout = '8s'")));
                QVERIFY(q.exec(QStringLiteral("BEGIN")));
                QVERIFY(q.exec(QStringLiteral("LOCK TABLE requests IN ACCESS EXCLUSIVE MODE")));
            }
            QElapsedTimer clock;
            clock.start();
            const ConsultationRequest kept = sample(QStringLiteral("待たされた質問"));
            QVERIFY(!store.submit(kept));
            QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
            QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::Busy);
            QVERIFY2(store.lastError().message.contains(QLatin1String("busy")), qPrintable(store.lastError().message));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            const auto stored = store.submit(kept);
            QVERIFY2(stored, qPrintable(store.lastError().message));
            QCOMPARE(store.findByReference(stored->reference)->request.question, kept.question);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QCOMPARE(store.count({}), 2);
    }

    // Finding 8: after the server dropped the connection, the next save connects again and is stored once.
    void lostConnectionIsReopenedAndSavedOnce()
    {
        if (sqlite())
            QSKIP("a connection to lose is PostgreSQL's");
        RequestStore store;
        QVERIFY(store.open(location()));
        QVERIFY(store.submit(sample()));
        qint64 pid = 0;
        {
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
            pid = q.value(0).toLongLong();
        }
        {
            QSqlDatabase admin = bareConnection(QStringLiteral("admin"));
            QVERIFY(admin.open());
            QSqlQuery q(admin);
            QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)) && q.next());
            QVERIFY(q.value(0).toBool());
            QTRY_VERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = %1").arg(pid))
                        && q.next() && q.value(0).toInt() == 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        const auto stored = store.submit(sample(QStringLiteral("after the restart")));
        QVERIFY2(stored, qPrintable(store.lastError().message));
        QCOMPARE(store.count({}), 2);
        QCOMPARE(store.findByReference(stored->reference)->request.question, QStringLiteral("after the restart"));
        QCOMPARE(store.history(stored->id).size(), 1);
    }

    // Finding 8: a save whose answer was lost (it committed, the acknowledgement did not arrive) and is sent again
    // under the same reference is found, not stored twice; another request is never taken for it.
    void sendingAgainUnderTheSameReferenceStoresOnce()
    {
        RequestStore store;
        QVERIFY(store.open(location()));
        const QString reference = RequestStore::newReference();
        const ConsultationRequest r = sample(QStringLiteral("\ufeff一度だけ保存される質問"));
        const auto first = store.submit(r, reference);
        QVERIFY2(first, qPrintable(store.lastError().message));
        QCOMPARE(first->reference, reference);
        const auto again = store.submit(r, reference.toLower());
        QVERIFY2(again, qPrintable(store.lastError().message));
        QCOMPARE(again->reference, reference);
        QCOMPARE(again->id, first->id);
        QCOMPARE(store.count({}), 1);
        QCOMPARE(store.history(first->id).size(), 1);
        const auto other = store.submit(sample(QStringLiteral("a different question")), reference);
        QVERIFY2(other, qPrintable(store.lastError().message));
        QVERIFY(other->reference != reference);
        QCOMPARE(store.count({}), 2);
        QCOMPARE(store.findByReference(reference)->request.question, r.question);
    }

    // Finding 9: desks creating a new SQLite file at the same moment all succeed.
    void writersCreatingANewFileTogetherAllSucceed()
    {
        if (!sqlite())
            QSKIP("creating a file concerns SQLite");
        // Before the fix about one round in thirty failed on a two-core machine ("File exists", or "busy" while
        // preparing the schema); the review measured 24 in 100 with three writers.
        int failures = 0;
        for (int round = 0; round < 50; ++round) {
            const QString folder = m_dir->filePath(QStringLiteral("round%1").arg(round));
            if (round % 2)
                QVERIFY(QDir().mkpath(folder));  // the data folder is there already, only the file is new
            const QString url = QStringLiteral("sqlite://") + folder + QStringLiteral("/requests.db");
            std::vector<std::unique_ptr<QProcess>> writers;
            for (int w = 0; w < 4; ++w)
                writers.push_back(startWriter(url, 2, QStringLiteral("desk%1").arg(w)));
            for (const auto &p : writers) {
                QVERIFY(p->waitForFinished(60000));
                if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0) {
                    ++failures;
                    qWarning("round %d: %s", round, p->readAllStandardError().constData());
                }
            }
        }
        QCOMPARE(failures, 0);
    }

    // The server's notices ("relation schema_version already exists") are not printed at every start.
    void noServerNoticesOnStart()
    {
        if (sqlite())
            QSKIP("notices are PostgreSQL's");
        for (int start = 0; start < 2; ++start) {
            auto writer = startWriter(location().toUrl(), 1, QStringLiteral("desk"));
            QVERIFY(writer->waitForFinished(60000));
            QCOMPARE(writer->exitCode(), 0);
            const QByteArray errors = writer->readAllStandardError();
            QVERIFY2(!errors.contains("NOTICE"), errors.constData());
        }
    }

    // Finding 12: a NUL is refused by the store with a clear message, never sent as a broken statement.
    void nulIsRefusedWithAClearMessage()
    {
        RequestStore store;
        QVERIFY(store.open(location()));
        ConsultationRequest r = sample(QStringLiteral("before") + QChar(0) + QStringLiteral("=1+1"));
        QVERIFY(!store.submit(r));
        QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::InvalidText);
        QVERIFY2(store.lastError().message.contains(QLatin1String("NUL")), qPrintable(store.lastError().message));
        QVERIFY(!store.lastError().message.contains(QLatin1String("SQL")));
        r = sample();
        r.name = QChar(0) + QStringLiteral("name");
        QVERIFY(!store.submit(r));
        QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::InvalidText);
        const auto stored = store.submit(sample());
        QVERIFY(stored);
        QVERIFY(!store.setStatus(stored->id, QStringLiteral("answered"), QStringLiteral("note") + QChar(0)));
        QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::InvalidText);
        QCOMPARE(store.count({}), 1);
        // Lone surrogates are refused by the form; the store does not crash on them.
        QString lone = QStringLiteral("a");
        lone += QChar(0xd800);
        lone += QStringLiteral("b");
        store.submit(sample(lone));
        QVERIFY(store.submit(sample()));
    }

    // Finding 12: a server that answers but has no such role or database says so, not "cannot be reached".
    void missingRoleOrDatabaseIsNamed()
    {
        if (sqlite())
            QSKIP("roles and databases are PostgreSQL's");
        QString error;
        const auto noDatabase = DatabaseLocation::parse(postgresUrl(location().user, QStringLiteral("no_such_db")),
                                                        &error);
        QVERIFY2(noDatabase, qPrintable(error));
        RequestStore store;
        QVERIFY(!store.open(*noDatabase));
        QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::Refused);
        QVERIFY2(store.lastError().message.contains(QLatin1String("no database named no_such_db")),
                 qPrintable(store.lastError().message));
        QVERIFY(!store.lastError().message.contains(QLatin1String("cannot be reached")));
        const auto noRole = DatabaseLocation::parse(postgresUrl(QStringLiteral("nobody_here"), location().database),
                                                    &error);
        QVERIFY2(noRole, qPrintable(error));
        QVERIFY(!store.open(*noRole));
        QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::Refused);
        QVERIFY2(store.lastError().message.contains(QLatin1String("not a role")),
                 qPrintable(store.lastError().message));
        QVERIFY2(!store.lastError().message.contains(QLatin1String("nobody_here")),
                 qPrintable(store.lastError().message));
    }

    // Finding 13: a leading U+FEFF is kept byte for byte, and such text is still found.
    void leadingBomRoundTripsAndIsFound()
    {
        RequestStore store;
        QVERIFY(store.open(location()));
        ConsultationRequest r = sample(QStringLiteral("\ufeffリルゾールは効きますか"));
        r.name = QStringLiteral("\ufeff山田 花子");
        r.medicalHistory = QStringLiteral("\ufeff");
        r.treatments = QStringLiteral("\ufeff\ufefftwo marks");
        const auto stored = store.submit(r);
        QVERIFY2(stored, qPrintable(store.lastError().message));
        store.close();
        RequestStore again;
        QVERIFY(again.open(location()));
        const auto back = again.findByReference(stored->reference);
        QVERIFY(back);
        QCOMPARE(back->request.question.toUtf8(), r.question.toUtf8());
        QCOMPARE(back->request.name.toUtf8(), r.name.toUtf8());
        QCOMPARE(back->request.medicalHistory.toUtf8(), r.medicalHistory.toUtf8());
        QCOMPARE(back->request.treatments.toUtf8(), r.treatments.toUtf8());
        const QList<RequestStore::ListRow> rows = again.list({{}, {}, {}, QStringLiteral("リルゾール")}, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().name.toUtf8(), r.name.toUtf8());
        QCOMPARE(rows.first().question.toUtf8(), r.question.toUtf8());
        QCOMPARE(again.count({{}, {}, {}, QStringLiteral("山田")}), 1);
        const auto all = again.listRequests({}, 10);
        QVERIFY(all && all->size() == 1);
        QCOMPARE(all->first().request.question.toUtf8(), r.question.toUtf8());
    }

    // The storage worker: jobs run on its own thread with its own connection, one at a time in order; each result
    // comes back on this thread's event loop with that job's error; a context destroyed meanwhile gets nothing,
    // while its job still runs (the request is stored).
    void storageWorkerRunsJobsInOrderOffTheCallersThread()
    {
        RequestStore like;
        like.setLocation(location());
        QStringList delivered;
        QList<QThread *> threads;
        auto context = std::make_unique<QObject>();
        auto gone = std::make_unique<QObject>();
        StorageWorker worker(like);  // after what its jobs use, so that it ends first
        QCOMPARE(worker.location().displayName(), location().displayName());
        for (int i = 0; i < 3; ++i) {
            worker.run(
                context.get(),
                [i, &threads](RequestStore &store) {
                    threads << QThread::currentThread();
                    if (!store.ensureOpen())
                        return std::optional<StoredRequest>();
                    return store.submit(sample(QStringLiteral("question %1").arg(i)));
                },
                [&delivered](std::optional<StoredRequest> stored, const RequestStore::Error &error) {
                    QVERIFY(QThread::currentThread() == QCoreApplication::instance()->thread());
                    delivered << (stored ? stored->request.question : error.message);
                });
            if (i == 1) {
                worker.run(
                    gone.get(),
                    [](RequestStore &store) { return store.submit(sample(QStringLiteral("sent, then gone"))); },
                    [&delivered](std::optional<StoredRequest>, const RequestStore::Error &) {
                        delivered << QStringLiteral("gone");
                    });
                gone.reset();
            }
        }
        // A job whose store reports an error hands it back; the next job starts with none.
        worker.run(
            context.get(),
            [](RequestStore &store) {
                return store.find(-1).has_value() || store.setStatus(1, QStringLiteral("nonsense"), {});
            },
            [&delivered](bool done, const RequestStore::Error &error) {
                delivered << QStringLiteral("%1 %2").arg(done).arg(int(error.kind));
            });
        worker.run(
            context.get(), [](RequestStore &) {},
            [&delivered](const RequestStore::Error &error) {
                delivered << QStringLiteral("void %1").arg(int(error.kind));
            });
        QCOMPARE(worker.pending(), 6);
        QTRY_COMPARE(worker.pending(), 0);
        QCOMPARE(
            delivered,
            (QStringList{QStringLiteral("question 0"), QStringLiteral("question 1"), QStringLiteral("question 2"),
                         QStringLiteral("0 %1").arg(int(RequestStore::ErrorKind::Other)), QStringLiteral("void 0")}));
        QCOMPARE(threads.size(), 3);
        for (QThread *thread : std::as_const(threads))
            QVERIFY(thread != QThread::currentThread() && thread == threads.first());
        RequestStore reader;
        QVERIFY(reader.open(location()));
        QCOMPARE(reader.count({}), 4);
        QCOMPARE(reader.count({{}, {}, {}, QStringLiteral("sent, then gone")}), 1);

        // Destroyed with a job still queued: that job runs before the worker ends.
        {
            StorageWorker closing(like);
            closing.run(
                context.get(),
                [](RequestStore &store) {
                    return store.ensureOpen() && store.submit(sample(QStringLiteral("last one")));
                },
                [](bool, const RequestStore::Error &) {});
        }
        QCOMPARE(reader.count({{}, {}, {}, QStringLiteral("last one")}), 1);
    }

    // The server process behind a store's own connection (PostgreSQL).
    static qint64 backendPid(RequestStore &store)
    {
        QSqlQuery q(store.database());
        return q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() ? q.value(0).toLongLong() : 0;
    }

    // Someone at the server ends a store's connection, as a restart of the server does.
    void terminateBackend(qint64 pid)
    {
        {
            QSqlDatabase admin = bareConnection(QStringLiteral("admin"));
            QVERIFY(admin.open());
            QSqlQuery q(admin);
            QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)) && q.next());
            QVERIFY(q.value(0).toBool());
            QTRY_VERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = %1").arg(pid))
                        && q.next() && q.value(0).toInt() == 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    }

    // Finding 8: after the server dropped the connection, the first read connects again and succeeds: the inbox's
    // list, its count, opening a request and its history, and the audit trail.
    void finding8_firstReadAfterLostConnectionSucceeds()
    {
        if (sqlite())
            QSKIP("a connection to lose is PostgreSQL's");
        RequestStore store;
        QVERIFY(store.open(location()));
        const auto stored = store.submit(sample(QStringLiteral("読み直される質問")));
        QVERIFY(stored);
        QVERIFY(store.remove(store.submit(sample(QStringLiteral("消される質問")))->id));
        QVERIFY(store.setPassphraseHash(QStringLiteral("$argon2id$stand-in")));
        const QList<std::pair<const char *, std::function<bool()>>> reads{
            {"list", [&] { return store.list({}, 10).size() == 1; }},
            {"count",
             [&] {
                 return store.count({{}, {}, {}, QStringLiteral("読み直される")}) == 1;
             }},
            {"find", [&] { return store.find(stored->id).has_value(); }},
            {"findByReference", [&] { return store.findByReference(stored->reference).has_value(); }},
            {"history", [&] { return store.history(stored->id).size() == 1; }},
            {"listRequests", [&] { return store.listRequests({}, 10).value_or(QList<StoredRequest>()).size() == 1; }},
            {"auditTrail", [&] { return store.auditTrail().size() == 1; }},
            // The staff sign-in reads its record after a restart as the inbox does.
            {"passphraseHash", [&] { return store.passphraseHash() == QStringLiteral("$argon2id$stand-in"); }},
            {"failedAttempts",
             [&] { return store.failedAttempts() == 0 && store.lastError().kind == RequestStore::ErrorKind::None; }},
            {"secondsSinceLastFailure",
             [&] {
                 return !store.secondsSinceLastFailure() && store.lastError().kind == RequestStore::ErrorKind::None;
             }},
            {"recordAttempt(true)", [&] { return store.recordAttempt(true); }},
        };
        for (const auto &[name, read] : reads) {
            const qint64 pid = backendPid(store);
            QVERIFY2(pid > 0, name);
            terminateBackend(pid);
            QVERIFY2(read(), qPrintable(QLatin1String(name) + QStringLiteral(": ") + store.lastError().message));
            QVERIFY2(store.lastError().kind == RequestStore::ErrorKind::None, name);
            QVERIFY2(backendPid(store) != pid, name);  // a new connection
        }
        // Deleting is as safe to repeat: the first try after the loss deletes, once.
        const qint64 pid = backendPid(store);
        terminateBackend(pid);
        QVERIFY2(store.remove(stored->id), qPrintable(store.lastError().message));
        QCOMPARE(store.count({}), 0);
        QCOMPARE(store.auditTrail().size(), 2);
        // So is letting go of closed requests past their keeping time.
        terminateBackend(backendPid(store));
        QCOMPARE(store.purgeClosed(12, QDateTime::currentDateTimeUtc()), 0);
        QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::None);
    }

    // Finding 7: a server that stops answering while the connection stays open (its process stopped, as a hung
    // server or a silent network looks): statement_timeout cannot help, the server enforces it. Through the storage
    // worker the save fails as "not answering" within the statement timeout plus the watchdog's margin; the next
    // save connects again and succeeds, and Send pressed again for the same request stores it once.
    // The watchdog gives each operation of a job its own time: a long job of many short operations (an export of
    // many pages, a reconnection after a restart) on a server that answers is never broken.
    void finding7_aLongJobOfShortOperationsIsNotBrokenByTheWatchdog()
    {
        if (sqlite())
            QSKIP("the watchdog watches PostgreSQL connections");
        RequestStore like;
        like.setLocation(location());
        RequestStore::Timeouts timeouts;
        timeouts.statementMs = 800;  // each operation may take 800 ms + 1 s of margin
        timeouts.lockMs = 400;
        like.setTimeouts(timeouts);
        StorageWorker worker(like);
        // Opened by a job of its own: a job that opens is given the time to connect as well.
        std::optional<bool> opened;
        worker.run(
            this, [](RequestStore &store) { return store.open(store.location()); },
            [&opened](bool ok, const RequestStore::Error &) { opened = ok; });
        QTRY_VERIFY(opened.has_value());
        QVERIFY(*opened);
        std::optional<int> answered;
        RequestStore::Error error;
        worker.run(
            this,
            [](RequestStore &store) {
                if (!store.isOpen())
                    return -1;
                int counted = 0;
                // Four operations of 0.7 s each: 2.8 s in all, past one operation's 1.8 s.
                for (int i = 0; i < 4; ++i) {
                    if (store.count({}) < 0)
                        return -1;
                    QSqlQuery wait(store.database());
                    if (!wait.exec(QStringLiteral("SELECT pg_sleep(0.7)")))
                        return -1;
                    ++counted;
                }
                return counted;
            },
            [&](int n, const RequestStore::Error &e) {
                answered = n;
                error = e;
            });
        QTRY_VERIFY_WITH_TIMEOUT(answered.has_value(), 15000);
        QVERIFY2(*answered == 4, qPrintable(error.message));
    }

    void finding7_silentServerFailsWithinTheWatchdog()
    {
        if (sqlite())
            QSKIP("SQLite's busy wait is bounded by busy_timeout; only a server can go silent");
        RequestStore like;
        like.setLocation(location());
        RequestStore::Timeouts timeouts;
        timeouts.connectSeconds = 3;
        timeouts.statementMs = 800;
        timeouts.lockMs = 400;
        like.setTimeouts(timeouts);
        qint64 pid = 0;
        std::optional<StoredRequest> result;
        RequestStore::Error error;
        bool done = false;
        StorageWorker worker(like);
        const auto submit = [&](const ConsultationRequest &r, const QString &reference) {
            done = false;
            worker.run(
                this,
                [r, reference](RequestStore &store) -> std::optional<StoredRequest> {
                    if (!store.ensureOpen())
                        return std::nullopt;
                    return store.submit(r, reference);
                },
                [&](std::optional<StoredRequest> stored, const RequestStore::Error &e) {
                    result = stored;
                    error = e;
                    done = true;
                });
        };
        worker.run(
            this, [](RequestStore &store) { return store.open(store.location()) ? backendPid(store) : 0; },
            [&pid](qint64 p, const RequestStore::Error &) { pid = p; });
        QTRY_VERIFY(pid > 0);
        QVERIFY2(::kill(pid_t(pid), 0) == 0, "this user may not signal the test server's processes");
        QVERIFY(::kill(pid_t(pid), SIGSTOP) == 0);
        // Whatever happens below, the server's process goes on again.
        auto resume = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });

        const QString reference = RequestStore::newReference();
        const ConsultationRequest typed = sample(QStringLiteral("黙ったサーバーへの質問"));
        QElapsedTimer waited;
        waited.start();
        submit(typed, reference);
        QTRY_VERIFY_WITH_TIMEOUT(done, worker.watchdogMs(false) + 2000);
        QVERIFY(!result);
        QCOMPARE(error.kind, RequestStore::ErrorKind::NotAnswering);
        QVERIFY2(error.message.contains(QLatin1String("not answering")), qPrintable(error.message));
        QVERIFY(!error.message.contains(QLatin1String("als@")));
        QVERIFY(waited.elapsed() >= timeouts.statementMs);  // the watchdog waited for the server's own limit first
        QCOMPARE(typed.question, QStringLiteral("黙ったサーバーへの質問"));

        ::kill(pid_t(pid), SIGCONT);
        resume.dismiss();
        submit(sample(QStringLiteral("再開後の質問")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(result, qPrintable(error.message));
        // The stopped process may still have saved the first request once it ran again: sent again under its
        // reference, it is found rather than stored twice.
        submit(typed, reference);
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(result, qPrintable(error.message));
        QCOMPARE(result->reference, reference);
        RequestStore reader;
        QVERIFY(reader.open(location()));
        QCOMPARE(reader.count({{}, {}, {}, QStringLiteral("黙ったサーバー")}), 1);
        QCOMPARE(reader.count({}), 2);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestStore sqlite(DatabaseLocation::Kind::Sqlite);
    int failures = QTest::qExec(&sqlite, argc, argv);
    TestStore postgres(DatabaseLocation::Kind::Postgres);
    failures += QTest::qExec(&postgres, argc, argv);
    return failures;
}

#include "tst_store.moc"
