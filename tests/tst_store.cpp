// Storage, run against SQLite and against a real PostgreSQL server: hostile text byte for byte, migrations,
// two desks at once, a process killed mid-write, a read-only file, a full disk and a damaged file.

#include "RequestStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace als;

namespace {

ConsultationRequest sample(const QString &question = QStringLiteral("リルゾールについて教えてください"))
{
    ConsultationRequest r;
    r.writer = QStringLiteral("patient");
    r.name = QStringLiteral("山田 花子");
    r.age = QStringLiteral("58");
    r.sex = QStringLiteral("female");
    r.prefecture = QStringLiteral("tokyo");
    r.question = question;
    r.email = QStringLiteral("hanako@example.jp");
    r.consent = true;
    r.language = QStringLiteral("ja");
    return r;
}

} // namespace

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
            const DatabaseLocation l = location();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("reset"));
                db.setHostName(l.host);
                db.setPort(l.port);
                db.setUserName(l.user);
                db.setDatabaseName(l.database);
                QVERIFY2(db.open(), qPrintable(db.lastError().text()));
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("DROP TABLE IF EXISTS status_changes, requests, staff, schema_version CASCADE")));
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
            QVERIFY(q.exec(QStringLiteral("DROP TABLE IF EXISTS status_changes")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE IF EXISTS staff")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE requests")));
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

    void damagedFileIsKeptAside()
    {
        if (!sqlite())
            QSKIP("a damaged file concerns SQLite only");
        QDir().mkpath(QFileInfo(dbPath()).absolutePath());
        QFile garbage(dbPath());
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        const QByteArray junk = QByteArray("This is not a database. ").repeated(400);
        garbage.write(junk);
        garbage.close();

        RequestStore store;
        QVERIFY(!store.open(location()));
        QCOMPARE(store.lastError().kind, RequestStore::ErrorKind::Corrupt);
        QVERIFY(store.lastError().message.contains(QDir::toNativeSeparators(dbPath())));
        QFile unchanged(dbPath());
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QCOMPARE(unchanged.readAll(), junk);
        unchanged.close();

        QString movedTo;
        QString error;
        QVERIFY2(RequestStore::moveAside(dbPath(), &movedTo, &error), qPrintable(error));
        QVERIFY(QFile::exists(movedTo));
        QVERIFY(!QFile::exists(dbPath()));
        QFile kept(movedTo);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), junk);
        QVERIFY(store.open(location()));
        QCOMPARE(store.count({}), 0);
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
        QTest::newRow("postgres") << QStringLiteral("postgresql://desk@db.clinic.local:5433/requests") << true;
        QTest::newRow("postgres default port") << QStringLiteral("postgres://desk@db/requests") << true;
        QTest::newRow("password in the URL") << QStringLiteral("postgresql://desk:secret@db/requests") << false;
        QTest::newRow("no database name") << QStringLiteral("postgresql://desk@db/") << false;
        QTest::newRow("other scheme") << QStringLiteral("mysql://desk@db/requests") << false;
    }
    void locationsParse()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QString error;
        const auto location = DatabaseLocation::parse(url, &error);
        QCOMPARE(bool(location), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (location)
            QVERIFY(!location->toUrl().contains(QLatin1String("secret")));
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
