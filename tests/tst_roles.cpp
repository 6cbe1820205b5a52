// Least privilege on PostgreSQL, against the real server: the group roles a clinic's IT makes (README), a login
// role in each, and what each may and may not do through the program and by hand with its own sign-in.

#include "Content.h"
#include "Dialogs.h"
#include "InboxWindow.h"
#include "RequestStore.h"
#include "SampleRequest.h"
#include "StaffAuth.h"
#include "StaffGate.h"

#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace als;

namespace {

const QString kDatabase = QStringLiteral("als_roles");

}  // namespace

class TestRoles : public QObject
{
    Q_OBJECT

    // The fixture's address: its superuser, its own database.
    DatabaseLocation superuser() const
    {
        QString error;
        const auto l = DatabaseLocation::parse(qEnvironmentVariable("ALS_TEST_POSTGRES_URL"), &error);
        return l ? *l : DatabaseLocation{};
    }

    // The same server as another login role, in the database of these tests.
    DatabaseLocation as(const QString &user) const
    {
        DatabaseLocation l = superuser();
        l.user = user;
        l.database = kDatabase;
        return l;
    }

    // The superuser's own connection to a database (by hand, as IT would at psql).
    QSqlDatabase admin(const QString &name, const QString &database)
    {
        QSqlDatabase db = connection(name, superuser().user, database);
        if (!db.isOpen() && !db.open())
            qWarning().noquote() << db.lastError().text();
        return db;
    }

    QSqlDatabase connection(const QString &name, const QString &user, const QString &database = kDatabase)
    {
        const DatabaseLocation l = superuser();
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(l.host);
        db.setPort(l.port);
        db.setUserName(user);
        db.setDatabaseName(database);
        db.setConnectOptions(QStringLiteral("options='-c client_min_messages=warning'"));
        return db;
    }

    static bool run(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qWarning().noquote() << sql << "->" << q.lastError().text();
            return false;
        }
        return true;
    }

    // What the server answers a statement made by hand: empty if it ran, else its SQLSTATE.
    static QString refusal(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) ? QString() : q.lastError().nativeErrorCode();
    }

    // Opens a store as a login role, for a job.
    static bool open(RequestStore &store, const DatabaseLocation &location, RequestStore::Role role)
    {
        store.setRole(role);
        return store.open(location);
    }

    // The owner migrates a fresh database; a staff member sets the passphrase, as on a first start.
    void migrateAsOwner()
    {
        RequestStore owner;
        QVERIFY2(open(owner, as(QStringLiteral("roles_owner")), RequestStore::Role::Unknown),
                 qPrintable(owner.lastError().message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("ALS_TEST_POSTGRES_URL"), "the PostgreSQL fixture did not start");
        QSqlDatabase db = admin(QStringLiteral("setup"), superuser().database);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        // The README's lines, as a clinic's IT runs them (roles belong to the whole server: made once).
        QVERIFY(run(db,
                    QStringLiteral(
                        "DO $$ BEGIN "
                        "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'als_owner') THEN "
                        "CREATE ROLE als_owner NOLOGIN; CREATE ROLE als_desk NOLOGIN; CREATE ROLE als_staff NOLOGIN; "
                        "CREATE ROLE roles_owner LOGIN IN ROLE als_owner; "
                        "CREATE ROLE roles_desk LOGIN IN ROLE als_desk; "
                        "CREATE ROLE roles_staff LOGIN IN ROLE als_staff; "
                        "CREATE ROLE roles_nobody LOGIN; "
                        "END IF; END $$")));
    }

    void init()
    {
        {
            QSqlDatabase db = admin(QStringLiteral("setup"), superuser().database);
            QVERIFY(db.open());
            QSqlDatabase::database(QStringLiteral("work"), false).close();
            QVERIFY(run(db, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(kDatabase)));
            QVERIFY(run(db, QStringLiteral("CREATE DATABASE %1 OWNER als_owner").arg(kDatabase)));
        }
    }

    void ownerMigratesAFreshDatabaseForTheGroup()
    {
        RequestStore owner;
        QVERIFY2(open(owner, as(QStringLiteral("roles_owner")), RequestStore::Role::Desk),
                 qPrintable(owner.lastError().message));
        QCOMPARE(owner.schemaVersion(), RequestStore::currentSchemaVersion());
        QSqlDatabase db = admin(QStringLiteral("work"), kDatabase);
        QVERIFY(db.open());
        QSqlQuery q(db);
        // The group owns the tables, not the member who happened to start first.
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("als_owner"));
        QVERIFY(!q.next());
        // The owner at a desk is told so.
        QVERIFY(owner.privilegeReport().checked);
        QCOMPARE(owner.privilegeReport().tooMuch, QStringList{QStringLiteral("owner of the tables")});
    }

    void aDeskOnAnEmptyDatabaseLeavesItToTheOwner()
    {
        RequestStore desk;
        QVERIFY(!open(desk, as(QStringLiteral("roles_desk")), RequestStore::Role::Desk));
        QCOMPARE(desk.lastError().kind, RequestStore::ErrorKind::Refused);
        QVERIFY2(desk.lastError().message.contains(QLatin1String("no requests tables yet"))
                     && desk.lastError().message.contains(QLatin1String("--migrate-only")),
                 qPrintable(desk.lastError().message));
        migrateAsOwner();
        QVERIFY2(open(desk, as(QStringLiteral("roles_desk")), RequestStore::Role::Desk),
                 qPrintable(desk.lastError().message));
    }

    void deskSavesAndReadsBackOnlyItsOwnRequest()
    {
        migrateAsOwner();
        RequestStore staff;
        QVERIFY2(open(staff, as(QStringLiteral("roles_staff")), RequestStore::Role::Staff),
                 qPrintable(staff.lastError().message));
        const QString hash = StaffAuth::hash(QStringLiteral("correct horse battery staple"));
        QVERIFY2(staff.setPassphraseHash(hash), qPrintable(staff.lastError().message));

        RequestStore desk;
        QVERIFY2(open(desk, as(QStringLiteral("roles_desk")), RequestStore::Role::Desk),
                 qPrintable(desk.lastError().message));
        // Given exactly what a desk needs: nothing to say.
        QVERIFY(desk.privilegeReport().checked);
        QVERIFY2(desk.privilegeReport().ok(), qPrintable(desk.privilegeReport().message()));
        QVERIFY(desk.privilegeReport().message().isEmpty());

        ConsultationRequest r = sample();
        r.question = QChar(0xFEFF) + QStringLiteral("先頭に BOM のある質問");
        const auto stored = desk.submit(r);
        QVERIFY2(stored, qPrintable(desk.lastError().message));
        const auto back = desk.findByReference(stored->reference.toLower());
        QVERIFY2(back, qPrintable(desk.lastError().message));
        QCOMPARE(back->id, stored->id);
        QCOMPARE(back->request.question, r.question);
        // Send pressed again after a lost answer: the same request, not a second one.
        const auto again = desk.submit(r, stored->reference);
        QVERIFY(again);
        QCOMPARE(again->id, stored->id);
        QCOMPARE(staff.count({}), 1);

        // Not a way to list, count or search requests, through the program or by hand.
        QCOMPARE(desk.count({}), -1);
        QCOMPARE(desk.lastError().kind, RequestStore::ErrorKind::Refused);
        QVERIFY2(desk.lastError().message.contains(QLatin1String("permission denied for table requests")),
                 qPrintable(desk.lastError().message));
        QVERIFY(desk.list({}, 10).isEmpty());
        QVERIFY(desk.list({{}, {}, {}, QStringLiteral("リルゾール")}, 10).isEmpty());
        QVERIFY(!desk.find(stored->id));
        QSqlDatabase db = desk.database();
        QCOMPARE(refusal(db, QStringLiteral("SELECT * FROM requests")), QStringLiteral("42501"));
        QCOMPARE(refusal(db, QStringLiteral("SELECT count(*) FROM requests")), QStringLiteral("42501"));
        QCOMPARE(refusal(db, QStringLiteral("SELECT * FROM status_changes")), QStringLiteral("42501"));
        QCOMPARE(refusal(db, QStringLiteral("SELECT * FROM staff")), QStringLiteral("42501"));
        QCOMPARE(refusal(db,
                         QStringLiteral("INSERT INTO requests (reference, created_at, writer, name, question, "
                                        "consent) VALUES ('X', 'x', 'x', 'x', 'x', 1)")),
                 QStringLiteral("42501"));
        // The audit trail: neither read, nor changed, nor emptied.
        QCOMPARE(refusal(db, QStringLiteral("SELECT * FROM audit")), QStringLiteral("42501"));
        QCOMPARE(refusal(db, QStringLiteral("UPDATE audit SET detail = ''")), QStringLiteral("42501"));
        QCOMPARE(refusal(db, QStringLiteral("DELETE FROM audit")), QStringLiteral("42501"));
        QCOMPARE(refusal(db, QStringLiteral("SELECT als_delete_request(%1)").arg(stored->id)), QStringLiteral("42501"));
        QCOMPARE(refusal(db, QStringLiteral("SELECT als_purge_closed('9999', 0)")), QStringLiteral("42501"));
        QVERIFY(!desk.remove(stored->id));
        QCOMPARE(staff.count({}), 1);

        // The passphrase: checked, never set.
        QCOMPARE(desk.passphraseHash().value_or(QString()), hash);
        QVERIFY(!desk.setPassphraseHash(StaffAuth::hash(QStringLiteral("a passphrase of my own"))));
        QCOMPARE(desk.lastError().kind, RequestStore::ErrorKind::Refused);
        QCOMPARE(staff.passphraseHash().value_or(QString()), hash);
        QCOMPARE(refusal(db, QStringLiteral("UPDATE staff SET failed_attempts = 0")), QStringLiteral("42501"));
        // Attempts recorded through the function, by the server's clock.
        QVERIFY2(desk.recordAttempt(false), qPrintable(desk.lastError().message));
        QCOMPARE(desk.failedAttempts(), 1);
        QCOMPARE(staff.failedAttempts(), 1);
        QVERIFY(desk.secondsSinceLastFailure().has_value());
        QVERIFY(desk.recordAttempt(true));
        QCOMPARE(desk.failedAttempts(), 0);
        QVERIFY(!desk.secondsSinceLastFailure());

        // Only a request saved in the last day: a reference read off an old receipt opens nothing.
        QVERIFY(run(admin(QStringLiteral("work"), kDatabase),
                    QStringLiteral("UPDATE requests SET created_at = '2020-01-01T00:00:00.000Z'")));
        QVERIFY(!desk.findByReference(stored->reference));
        QVERIFY(staff.findByReference(stored->reference));
    }

    void staffWorksTheInboxAndDeletesOnlyThroughTheAuditTrail()
    {
        migrateAsOwner();
        RequestStore desk;
        QVERIFY(open(desk, as(QStringLiteral("roles_desk")), RequestStore::Role::Desk));
        const auto first = desk.submit(sample(QStringLiteral("最初の質問")));
        const auto second = desk.submit(sample(QStringLiteral("二つ目の質問")));
        QVERIFY(first && second);
        // The time is the server's to give: a desk's clock (or a hand-made call) set years ahead would otherwise keep
        // its request readable by reference, first in the inbox and out of the keeping period's reach.
        QSqlQuery forged(desk.database());
        QVERIFY2(forged.exec(QStringLiteral("SELECT als_submit_request('{\"reference\": \"FUTR-0001\", \"created_at\": "
                                            "\"2099-01-01T00:00:00.000Z\", "
                                            "\"writer\": \"patient\", \"name\": \"n\", \"sex\": \"\", \"prefecture\": "
                                            "\"\", \"medical_history\": \"\", "
                                            "\"current_problem\": \"\", \"problem_since\": \"\", \"treatments\": \"\", "
                                            "\"current_condition\": \"\", "
                                            "\"question\": \"q\", \"email\": \"\", \"phone\": \"0312345678\", "
                                            "\"consent\": 1, \"language\": \"ja\"}'::jsonb)")),
                 qPrintable(forged.lastError().text()));

        RequestStore staff;
        QVERIFY2(open(staff, as(QStringLiteral("roles_staff")), RequestStore::Role::Staff),
                 qPrintable(staff.lastError().message));
        QVERIFY2(staff.privilegeReport().ok(), qPrintable(staff.privilegeReport().message()));
        const auto future = staff.findByReference(QStringLiteral("FUTR-0001"));
        QVERIFY(future);
        QVERIFY2(future->createdAt <= QDateTime::currentDateTimeUtc().addSecs(60),
                 qPrintable(future->createdAt.toString(Qt::ISODate)));
        QVERIFY(
            run(admin(QStringLiteral("work"), kDatabase),
                QStringLiteral("DELETE FROM status_changes WHERE request_id = %1; DELETE FROM requests WHERE id = %1")
                    .arg(future->id)));
        QCOMPARE(staff.count({}), 2);
        QCOMPARE(staff.list({}, 10).size(), 2);
        QCOMPARE(staff.count({{}, {}, {}, QStringLiteral("二つ目")}), 1);
        QVERIFY2(staff.setStatus(first->id, QStringLiteral("closed"), QStringLiteral("電話で回答")),
                 qPrintable(staff.lastError().message));
        QCOMPARE(staff.find(first->id)->status, QStringLiteral("closed"));
        QCOMPARE(staff.history(first->id).size(), 2);

        QSqlDatabase db = staff.database();
        QCOMPARE(refusal(db, QStringLiteral("DELETE FROM requests WHERE id = %1").arg(second->id)),
                 QStringLiteral("42501"));
        QCOMPARE(refusal(db, QStringLiteral("UPDATE requests SET name = 'x'")), QStringLiteral("42501"));
        QVERIFY2(staff.remove(second->id), qPrintable(staff.lastError().message));
        QVERIFY(!staff.find(second->id));
        const QList<RequestStore::AuditEntry> trail = staff.auditTrail();
        QCOMPARE(trail.size(), 1);
        QCOMPARE(trail.first().action, QStringLiteral("deleted"));
        QCOMPARE(trail.first().reference, second->reference);
        QCOMPARE(trail.first().by, QStringLiteral("roles_staff"));
        QVERIFY(qAbs(trail.first().at.secsTo(QDateTime::currentDateTimeUtc())) < 300);

        // Retention, through its function, written to the same trail.
        QCOMPARE(staff.purgeClosed(1, QDateTime::currentDateTimeUtc().addMonths(2)), 1);
        QCOMPARE(staff.count({}), 0);
        QCOMPARE(staff.auditTrail().first().action, QStringLiteral("deleted-retention"));
        QCOMPARE(staff.auditTrail().first().by, QStringLiteral("roles_staff"));

        // Append-only by privilege, before any trigger is asked.
        QCOMPARE(refusal(db, QStringLiteral("UPDATE audit SET detail = ''")), QStringLiteral("42501"));
        QCOMPARE(refusal(db, QStringLiteral("DELETE FROM audit")), QStringLiteral("42501"));
        QCOMPARE(refusal(db, QStringLiteral("TRUNCATE audit")), QStringLiteral("42501"));
        // Nor can staff write a line of their own (a forged deletion in another login's name): only the deleting
        // functions write the trail.
        QCOMPARE(
            refusal(db,
                    QStringLiteral("INSERT INTO audit (at, action, reference, detail, by_role) "
                                   "VALUES ('2026-01-01T00:00:00.000Z', 'deleted', 'XXXX-XXXX', '', 'roles_desk')")),
            QStringLiteral("42501"));
        QCOMPARE(staff.auditTrail().size(), 2);
        // Staff set the passphrase.
        QVERIFY(staff.setPassphraseHash(StaffAuth::hash(QStringLiteral("correct horse battery staple"))));
    }

    void selfCheckSaysWhenARoleHasTooMuchOrTooLittle()
    {
        migrateAsOwner();
        // The fixture's superuser at a desk: said on stderr and in the report.
        RequestStore root;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("may do more than its work needs")));
        QVERIFY(open(
            root,
            [this] {
                DatabaseLocation l = superuser();
                l.database = kDatabase;
                return l;
            }(),
            RequestStore::Role::Desk));
        QCOMPARE(root.privilegeReport().tooMuch, QStringList{QStringLiteral("superuser")});
        QCOMPARE(root.privilegeReport().roleName, superuser().user);
        // Said without the address's user information.
        QVERIFY(root.privilegeReport().message().contains(QLatin1String("(superuser)")));
        QVERIFY(!root.privilegeReport().message().contains(
            QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(superuser().user)))));

        // A desk given table rights by hand, besides its group: each named.
        QVERIFY(run(admin(QStringLiteral("work"), kDatabase),
                    QStringLiteral("GRANT SELECT, DELETE, TRIGGER ON requests, audit TO roles_desk")));
        RequestStore loose;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("DELETE on audit")));
        QVERIFY(open(loose, as(QStringLiteral("roles_desk")), RequestStore::Role::Desk));
        // A trigger it could add would copy every visitor's request: named too.
        QCOMPARE(loose.privilegeReport().tooMuch,
                 (QStringList{QStringLiteral("SELECT on requests"), QStringLiteral("DELETE on requests"),
                              QStringLiteral("SELECT on audit"), QStringLiteral("DELETE on audit"),
                              QStringLiteral("TRIGGER on requests"), QStringLiteral("TRIGGER on audit")}));

        // A role in no group: a clear refusal naming what it may not read, not a raw SQL error.
        RequestStore nobody;
        QVERIFY(!open(nobody, as(QStringLiteral("roles_nobody")), RequestStore::Role::Desk));
        QCOMPARE(nobody.lastError().kind, RequestStore::ErrorKind::Refused);
        QVERIFY2(nobody.lastError().message.contains(QLatin1String("SELECT on schema_version"))
                     && nobody.lastError().message.contains(QLatin1String("als_desk")),
                 qPrintable(nobody.lastError().message));
        // Given only a look at the schema: the report names every function a desk lacks.
        QVERIFY(run(admin(QStringLiteral("work"), kDatabase),
                    QStringLiteral("GRANT SELECT ON schema_version TO roles_nobody")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("EXECUTE on als_submit_request")));
        QVERIFY(open(nobody, as(QStringLiteral("roles_nobody")), RequestStore::Role::Desk));
        QVERIFY(nobody.privilegeReport().tooMuch.isEmpty());
        QCOMPARE(nobody.privilegeReport().missing,
                 (QStringList{QStringLiteral("EXECUTE on als_submit_request"),
                              QStringLiteral("EXECUTE on als_request_by_reference"),
                              QStringLiteral("EXECUTE on als_sign_in_state"),
                              QStringLiteral("EXECUTE on als_record_attempt"),
                              QStringLiteral("EXECUTE on als_restart_failure_wait")}));
        QVERIFY(!nobody.submit(sample()));
        QCOMPARE(nobody.lastError().kind, RequestStore::ErrorKind::Refused);
        QVERIFY2(nobody.lastError().message.contains(QLatin1String("als_submit_request")),
                 qPrintable(nobody.lastError().message));
    }

    void ownerUpgradesASchema5Database()
    {
        migrateAsOwner();
        {
            RequestStore staff;
            QVERIFY(open(staff, as(QStringLiteral("roles_staff")), RequestStore::Role::Staff));
            QVERIFY(staff.submit(sample(QStringLiteral("前からある質問"))));
        }
        // Back to schema 5 as it was: no functions, no grants, no by_role; one request already there.
        {
            QSqlDatabase db = admin(QStringLiteral("work"), kDatabase);
            QVERIFY(db.open());
            QVERIFY(run(db,
                        QStringLiteral("DROP FUNCTION als_submit_request(jsonb), als_request_by_reference(text), "
                                       "als_sign_in_state(), als_record_attempt(boolean), als_restart_failure_wait(), "
                                       "als_delete_request(bigint), als_purge_closed(text, integer)")));
            QVERIFY(run(db, QStringLiteral("ALTER TABLE audit DROP COLUMN by_role")));
            QVERIFY(run(db,
                        QStringLiteral("REVOKE ALL ON schema_version, requests, status_changes, audit, staff "
                                       "FROM als_desk, als_staff")));
            QVERIFY(run(db, QStringLiteral("DELETE FROM schema_version WHERE version = 6")));
        }
        // A desk cannot upgrade it, and says who can.
        RequestStore desk;
        QVERIFY(!open(desk, as(QStringLiteral("roles_desk")), RequestStore::Role::Desk));
        QCOMPARE(desk.lastError().kind, RequestStore::ErrorKind::Refused);
        QVERIFY2(desk.lastError().message.contains(QLatin1String("--migrate-only")),
                 qPrintable(desk.lastError().message));

        migrateAsOwner();
        QVERIFY2(open(desk, as(QStringLiteral("roles_desk")), RequestStore::Role::Desk),
                 qPrintable(desk.lastError().message));
        QVERIFY2(desk.privilegeReport().ok(), qPrintable(desk.privilegeReport().message()));
        QVERIFY(desk.submit(sample()));
        RequestStore staff;
        QVERIFY(open(staff, as(QStringLiteral("roles_staff")), RequestStore::Role::Staff));
        QCOMPARE(staff.count({}), 2);
        QCOMPARE(staff.count({{}, {}, {}, QStringLiteral("前からある")}), 1);
    }

    // Today's installations: one login role owns everything and every desk signs in as it. It keeps working, is
    // warned, and moves over with the README's lines.
    void aSingleRoleInstallationKeepsWorkingAndMovesOver()
    {
        {
            QSqlDatabase db = admin(QStringLiteral("setup"), superuser().database);
            QVERIFY(run(db,
                        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                                       "'roles_clinic') THEN CREATE ROLE roles_clinic LOGIN; END IF; END $$")));
            QVERIFY(run(db, QStringLiteral("ALTER DATABASE %1 OWNER TO roles_clinic").arg(kDatabase)));
        }
        qint64 earlier = 0;
        {
            RequestStore clinic;
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("owner of the tables")));
            QVERIFY2(open(clinic, as(QStringLiteral("roles_clinic")), RequestStore::Role::Desk),
                     qPrintable(clinic.lastError().message));
            const auto stored = clinic.submit(sample(QStringLiteral("移行前の質問")));
            QVERIFY(stored);
            earlier = stored->id;
            QVERIFY(clinic.setPassphraseHash(StaffAuth::hash(QStringLiteral("correct horse battery staple"))));
        }
        QVERIFY(run(admin(QStringLiteral("work"), kDatabase),
                    QStringLiteral("REASSIGN OWNED BY roles_clinic TO als_owner")));
        migrateAsOwner();
        RequestStore desk;
        QVERIFY2(open(desk, as(QStringLiteral("roles_desk")), RequestStore::Role::Desk),
                 qPrintable(desk.lastError().message));
        QVERIFY2(desk.privilegeReport().ok(), qPrintable(desk.privilegeReport().message()));
        QVERIFY(desk.submit(sample()));
        QVERIFY(!desk.passphraseHash().value_or(QString()).isEmpty());
        RequestStore staff;
        QVERIFY(open(staff, as(QStringLiteral("roles_staff")), RequestStore::Role::Staff));
        QVERIFY2(staff.privilegeReport().ok(), qPrintable(staff.privilegeReport().message()));
        QCOMPARE(staff.count({}), 2);
        QVERIFY(staff.remove(earlier));
        QCOMPARE(staff.auditTrail().first().by, QStringLiteral("roles_staff"));
        // The old sign-in no longer owns anything.
        RequestStore clinic;
        QVERIFY(!open(clinic, as(QStringLiteral("roles_clinic")), RequestStore::Role::Desk));
        QCOMPARE(clinic.lastError().kind, RequestStore::ErrorKind::Refused);
    }

    // The owner's one command: upgraded and the groups given their rights, said in a line; a desk running it is told
    // that it owns nothing here.
    void migrateOnlyRunsAsTheOwner()
    {
        const auto migrate = [](const DatabaseLocation &location) {
            QProcess process;
            process.start(QStringLiteral(ALS_BINARY),
                          {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--migrate-only"),
                           QStringLiteral("--database"), location.toUrl()});
            process.waitForFinished(60000);
            return std::make_pair(process.exitCode(),
                                  QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()));
        };
        const auto [ownerExit, ownerSaid] = migrate(as(QStringLiteral("roles_owner")));
        QCOMPARE(ownerExit, 0);
        QVERIFY2(ownerSaid.contains(QStringLiteral("is at schema %1").arg(RequestStore::currentSchemaVersion()))
                     && ownerSaid.contains(QLatin1String("als_desk and als_staff have what")),
                 qPrintable(ownerSaid));
        RequestStore desk;
        QVERIFY(open(desk, as(QStringLiteral("roles_desk")), RequestStore::Role::Desk));
        QVERIFY(desk.privilegeReport().ok());
        const auto [deskExit, deskSaid] = migrate(as(QStringLiteral("roles_desk")));
        QCOMPARE(deskExit, 1);
        QVERIFY2(deskSaid.contains(QLatin1String("does not own the tables")), qPrintable(deskSaid));
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(QStringLiteral("work"), false).close();
        QSqlDatabase db = admin(QStringLiteral("setup"), superuser().database);
        if (db.open())
            run(db, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(kDatabase));
    }

    // Staff see it in the inbox, not only on stderr, when this program signs in with more than the inbox needs; a
    // staff role of the group sees nothing of the kind.
    void staffAreToldInTheInboxWhenTheirRoleMayDoTooMuch()
    {
        migrateAsOwner();
        Dialogs::setAutomatic(true);
        const QString passphrase = QStringLiteral("correct horse battery");
        const auto shown = [&](const DatabaseLocation &location) -> QString {
            RequestStore store;
            if (!open(store, location, RequestStore::Role::Staff)
                || !store.setPassphraseHash(StaffAuth::hash(passphrase)))
                return QStringLiteral("(could not open: %1)").arg(store.lastError().message);
            StaffGate gate;
            gate.setStore(&store);
            InboxWindow inbox(Content::builtIn(), &store);
            inbox.setGate(&gate);
            Dialogs::setNextTexts({passphrase});
            if (!inbox.unlock())
                return QStringLiteral("(not unlocked)");
            if (!QTest::qWaitFor([&] { return !inbox.isBusy(); }, 20000))
                return QStringLiteral("(still busy)");
            auto *banner = inbox.findChild<QLabel *>(QStringLiteral("inboxPrivileges"));
            return banner && !banner->isHidden() ? banner->accessibleDescription() : QString();
        };
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("may do more than its work needs")));
        DatabaseLocation root = superuser();
        root.database = kDatabase;
        const QString rootSees = shown(root);
        QVERIFY2(rootSees.contains(QLatin1String("(superuser)")), qPrintable(rootSees));
        QVERIFY(!rootSees.contains(
            QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(superuser().user)))));
        QCOMPARE(shown(as(QStringLiteral("roles_staff"))), QString());
        Dialogs::setNextTexts({});
    }
};

QTEST_MAIN(TestRoles)
#include "tst_roles.moc"
