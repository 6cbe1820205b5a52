<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ClinicProfile</name>
    <message>
        <source>Your request goes to %1.</source>
        <translation>Your request goes to %1.</translation>
    </message>
    <message>
        <source>They answer %1 %2.</source>
        <translation>They answer %1 %2.</translation>
    </message>
    <message>
        <source>They answer %1.</source>
        <translation>They answer %1.</translation>
    </message>
    <message>
        <source>They usually answer %1.</source>
        <translation>They usually answer %1.</translation>
    </message>
    <message>
        <source>Telephone: %1</source>
        <translation>Telephone: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Opening hours: %1</translation>
    </message>
    <message>
        <source>Questions about your personal data: %1</source>
        <translation>Questions about your personal data: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>ALS Evidence Guide: an honest, offline guide to ALS treatments and the evidence behind them.</source>
        <translation>ALS Evidence Guide: an honest, offline guide to ALS treatments and the evidence behind them.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Language of the interface and the content: ja (Japanese) or en (English).</source>
        <translation>Language of the interface and the content: ja (Japanese) or en (English).</translation>
    </message>
    <message>
        <source>Print one line per section, its id then its title, and exit.</source>
        <translation>Print one line per section, its id then its title, and exit.</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Try --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--lang must be ja or en, not &apos;%1&apos;.</source>
        <translation>--lang must be ja or en, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Where consultation requests are kept: sqlite:///path/file.db or postgresql://user@host:port/dbname.</source>
        <translation>Where consultation requests are kept: sqlite:///path/file.db or postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Desk mode: full screen, the reading views and the request form only, cleared after each visitor.</source>
        <translation>Desk mode: full screen, the reading views and the request form only, cleared after each visitor.</translation>
    </message>
    <message>
        <source>Write a handout as PDF to this file, without opening a window, and exit.</source>
        <translation>Write a handout as PDF to this file, without opening a window, and exit.</translation>
    </message>
    <message>
        <source>With --export-pdf: the sections to include, as ids separated by commas (see --list-sections). Default: all.</source>
        <translation>With --export-pdf: the sections to include, as ids separated by commas (see --list-sections). Default: all.</translation>
    </message>
    <message>
        <source>With --export-pdf: large print (16 pt text, wider spacing).</source>
        <translation>With --export-pdf: large print (16 pt text, wider spacing).</translation>
    </message>
    <message>
        <source>With --export-pdf: the paper size, a4 (default) or letter.</source>
        <translation>With --export-pdf: the paper size, a4 (default) or letter.</translation>
    </message>
    <message>
        <source>--%1 goes with --export-pdf.</source>
        <translation>--%1 goes with --export-pdf.</translation>
    </message>
    <message>
        <source>--export-pdf needs a file name.</source>
        <translation>--export-pdf needs a file name.</translation>
    </message>
    <message>
        <source>--sections needs at least one section id.</source>
        <translation>--sections needs at least one section id.</translation>
    </message>
    <message>
        <source>Unknown section &apos;%1&apos;: --list-sections shows the ids.</source>
        <translation>Unknown section &apos;%1&apos;: --list-sections shows the ids.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not &apos;%1&apos;.</source>
        <translation>--paper must be a4 or letter, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid text (UTF-8), so it cannot be used as it is; rename the file or choose another name.</source>
        <translation>&apos;%1&apos; is not valid text (UTF-8), so it cannot be used as it is; rename the file or choose another name.</translation>
    </message>
    <message>
        <source>--export-pdf does not write to standard output (&apos;-&apos;); give a file name (./- for a file named -).</source>
        <translation>--export-pdf does not write to standard output (&apos;-&apos;); give a file name (./- for a file named -).</translation>
    </message>
    <message>
        <source>Upgrade the requests database (--database, or the one in the settings) to this version and give the roles als_desk and als_staff their rights, then exit. Run once as the owner of the database after installing or updating.</source>
        <translation>Upgrade the requests database (--database, or the one in the settings) to this version and give the roles als_desk and als_staff their rights, then exit. Run once as the owner of the database after installing or updating.</translation>
    </message>
    <message>
        <source>--migrate-only opens no window: it does not go with --kiosk.</source>
        <translation>--migrate-only opens no window: it does not go with --kiosk.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>no file name was given</source>
        <translation>no file name was given</translation>
    </message>
    <message>
        <source>it is a link to another file, not a file itself; choose the file it points to or a new name</source>
        <translation>it is a link to another file, not a file itself; choose the file it points to or a new name</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>it is a device or a pipe, not a file</source>
        <translation>it is a device or a pipe, not a file</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Questions about this handout? Ask us:</source>
        <translation>Questions about this handout? Ask us:</translation>
    </message>
    <message>
        <source>Ask us: %1</source>
        <translation>Ask us: %1</translation>
    </message>
    <message>
        <source>Ask us: %1, telephone %2</source>
        <translation>Ask us: %1, telephone %2</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>ALS Evidence Guide: your request was received</source>
        <translation>ALS Evidence Guide: your request was received</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation>Your reference number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <source>Our staff read your request and answer by the email address or phone number you gave, usually within a few days.</source>
        <translation>Our staff read your request and answer by the email address or phone number you gave, usually within a few days.</translation>
    </message>
    <message>
        <source>If you contact us about it, give this reference number.</source>
        <translation>If you contact us about it, give this reference number.</translation>
    </message>
    <message>
        <source>If your health changes suddenly, contact your hospital or clinic straight away: do not wait for our answer.</source>
        <translation>If your health changes suddenly, contact your hospital or clinic straight away: do not wait for our answer.</translation>
    </message>
    <message>
        <source>Our answer is information, not a diagnosis. We cannot arrange referrals to clinical trials.</source>
        <translation>Our answer is information, not a diagnosis. We cannot arrange referrals to clinical trials.</translation>
    </message>
    <message>
        <source>Please write this number down, or print this receipt.</source>
        <translation>Please write this number down, or print this receipt.</translation>
    </message>
    <message>
        <source>They answer by the email address or phone number you gave.</source>
        <translation>They answer by the email address or phone number you gave.</translation>
    </message>
    <message>
        <source>How to reach us</source>
        <translation>How to reach us</translation>
    </message>
    <message>
        <source>My questions for the doctor</source>
        <translation>My questions for the doctor</translation>
    </message>
    <message>
        <source>Written on %1</source>
        <translation>Written on %1</translation>
    </message>
    <message>
        <source>My question</source>
        <translation>My question</translation>
    </message>
    <message>
        <source>The current problem</source>
        <translation>The current problem</translation>
    </message>
    <message>
        <source>Since when</source>
        <translation>Since when</translation>
    </message>
    <message>
        <source>Treatments so far, and what they did</source>
        <translation>Treatments so far, and what they did</translation>
    </message>
    <message>
        <source>Current condition</source>
        <translation>Current condition</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Medical history</translation>
    </message>
    <message>
        <source>Written with the ALS Evidence Guide and kept only on this computer. Nobody else has received it.</source>
        <translation>Written with the ALS Evidence Guide and kept only on this computer. Nobody else has received it.</translation>
    </message>
</context>
<context>
    <name>RequestColumns</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who wrote</source>
        <translation>Who wrote</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Medical history</translation>
    </message>
    <message>
        <source>Current problem</source>
        <translation>Current problem</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Treatments so far</source>
        <translation>Treatments so far</translation>
    </message>
    <message>
        <source>Current condition</source>
        <translation>Current condition</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Person with ALS</source>
        <translation>Person with ALS</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefer not to say</translation>
    </message>
</context>
<context>
    <name>RequestExport</name>
    <message>
        <source>the requests changed while exporting; try again</source>
        <translation>the requests changed while exporting; try again</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
</context>
<context>
    <name>RequestStore</name>
    <message>
        <source>A SQLite database is written sqlite:///absolute/path/file.db (three slashes).</source>
        <translation>A SQLite database is written sqlite:///absolute/path/file.db (three slashes).</translation>
    </message>
    <message>
        <source>Do not put a password in the database address: keep it in ~/.pgpass, which only you can read.</source>
        <translation>Do not put a password in the database address: keep it in ~/.pgpass, which only you can read.</translation>
    </message>
    <message>
        <source>A PostgreSQL database is written postgresql://user@host:port/dbname.</source>
        <translation>A PostgreSQL database is written postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The database address must start with sqlite:// or postgresql://, not &apos;%1&apos;.</source>
        <translation>The database address must start with sqlite:// or postgresql://, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 failed: the database %2 cannot be written to (it is read-only).</source>
        <translation>%1 failed: the database %2 cannot be written to (it is read-only).</translation>
    </message>
    <message>
        <source>%1 failed: the disk that holds the database %2 is full.</source>
        <translation>%1 failed: the disk that holds the database %2 is full.</translation>
    </message>
    <message>
        <source>%1 failed: the database %2 stayed busy with another desk for too long.</source>
        <translation>%1 failed: the database %2 stayed busy with another desk for too long.</translation>
    </message>
    <message>
        <source>%1 failed: the database file %2 is damaged.</source>
        <translation>%1 failed: the database file %2 is damaged.</translation>
    </message>
    <message>
        <source>%1 failed: the database server %2 cannot be reached (%3).</source>
        <translation>%1 failed: the database server %2 cannot be reached (%3).</translation>
    </message>
    <message>
        <source>%1 failed: the database %2 reported: %3</source>
        <translation>%1 failed: the database %2 reported: %3</translation>
    </message>
    <message>
        <source>Preparing the database</source>
        <translation>Preparing the database</translation>
    </message>
    <message>
        <source>Starting to save</source>
        <translation>Starting to save</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>The folder %1 for the database cannot be created.</source>
        <translation>The folder %1 for the database cannot be created.</translation>
    </message>
    <message>
        <source>The database %1 is on a network file system (%2), where SQLite can lose or damage data. Choose a folder on this computer, or use a PostgreSQL server for several desks.</source>
        <translation>The database %1 is on a network file system (%2), where SQLite can lose or damage data. Choose a folder on this computer, or use a PostgreSQL server for several desks.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created: %2</source>
        <translation>The database file %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <source>The database file %1 is damaged and cannot be used. It has not been changed.</source>
        <translation>The database file %1 is damaged and cannot be used. It has not been changed.</translation>
    </message>
    <message>
        <source>Upgrading the database</source>
        <translation>Upgrading the database</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of this program (schema %2). Update the program on this desk.</source>
        <translation>The database %1 was made by a newer version of this program (schema %2). Update the program on this desk.</translation>
    </message>
    <message>
        <source>Saving the request</source>
        <translation>Saving the request</translation>
    </message>
    <message>
        <source>%1 failed: no free reference number was found. Please try again.</source>
        <translation>%1 failed: no free reference number was found. Please try again.</translation>
    </message>
    <message>
        <source>Reading a request</source>
        <translation>Reading a request</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status a request can have.</source>
        <translation>&apos;%1&apos; is not a status a request can have.</translation>
    </message>
    <message>
        <source>Changing the status</source>
        <translation>Changing the status</translation>
    </message>
    <message>
        <source>%1 failed: the request no longer exists.</source>
        <translation>%1 failed: the request no longer exists.</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Reading the history</translation>
    </message>
    <message>
        <source>Deleting the request</source>
        <translation>Deleting the request</translation>
    </message>
    <message>
        <source>Counting requests</source>
        <translation>Counting requests</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Listing requests</translation>
    </message>
    <message>
        <source>Saving the staff passphrase</source>
        <translation>Saving the staff passphrase</translation>
    </message>
    <message>
        <source>Recording a sign-in attempt</source>
        <translation>Recording a sign-in attempt</translation>
    </message>
    <message>
        <source>The damaged database %1 could not be moved aside to %2.</source>
        <translation>The damaged database %1 could not be moved aside to %2.</translation>
    </message>
    <message>
        <source>Searching the requests</source>
        <translation>Searching the requests</translation>
    </message>
    <message>
        <source>Deleting closed requests past their keeping time</source>
        <translation>Deleting closed requests past their keeping time</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Reading the audit trail</translation>
    </message>
    <message>
        <source>Backing up the requests</source>
        <translation>Backing up the requests</translation>
    </message>
    <message>
        <source>The requests are kept on a PostgreSQL server: back them up on the server with pg_dump. This program backs up only its own SQLite file.</source>
        <translation>The requests are kept on a PostgreSQL server: back them up on the server with pg_dump. This program backs up only its own SQLite file.</translation>
    </message>
    <message>
        <source>%1 failed: the SQLite library of this program does not match the one the database driver uses.</source>
        <translation>%1 failed: the SQLite library of this program does not match the one the database driver uses.</translation>
    </message>
    <message>
        <source>%1 failed: %2 cannot be written: %3</source>
        <translation>%1 failed: %2 cannot be written: %3</translation>
    </message>
    <message>
        <source>%1 failed: %2 could not be written (%3).</source>
        <translation>%1 failed: %2 could not be written (%3).</translation>
    </message>
    <message>
        <source>Restoring the requests</source>
        <translation>Restoring the requests</translation>
    </message>
    <message>
        <source>The requests are kept on a PostgreSQL server: restore them on the server from a pg_dump file. This program restores only its own SQLite file.</source>
        <translation>The requests are kept on a PostgreSQL server: restore them on the server from a pg_dump file. This program restores only its own SQLite file.</translation>
    </message>
    <message>
        <source>%1 is not a requests database of this program. Nothing was restored.</source>
        <translation>%1 is not a requests database of this program. Nothing was restored.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged. Nothing was restored.</source>
        <translation>The backup %1 is damaged. Nothing was restored.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of this program (schema %2). Update the program on this desk first. Nothing was restored.</source>
        <translation>The backup %1 was made by a newer version of this program (schema %2). Update the program on this desk first. Nothing was restored.</translation>
    </message>
    <message>
        <source>The option &apos;%1&apos; in the database address cannot contain &apos;;&apos; or control characters.</source>
        <translation>The option &apos;%1&apos; in the database address cannot contain &apos;;&apos; or control characters.</translation>
    </message>
    <message>
        <source>The option sslmode in the database address must be one of %1.</source>
        <translation>The option sslmode in the database address must be one of %1.</translation>
    </message>
    <message>
        <source>The option connect_timeout in the database address must be a number of seconds from 1 to 3600.</source>
        <translation>The option connect_timeout in the database address must be a number of seconds from 1 to 3600.</translation>
    </message>
    <message>
        <source>The option &apos;%1&apos; in the database address needs a file name.</source>
        <translation>The option &apos;%1&apos; in the database address needs a file name.</translation>
    </message>
    <message>
        <source>The option application_name in the database address can have at most 63 characters.</source>
        <translation>The option application_name in the database address can have at most 63 characters.</translation>
    </message>
    <message>
        <source>A database address cannot contain &apos;#&apos;.</source>
        <translation>A database address cannot contain &apos;#&apos;.</translation>
    </message>
    <message>
        <source>A SQLite database address takes no options, and &apos;%1&apos; is unknown.</source>
        <translation>A SQLite database address takes no options, and &apos;%1&apos; is unknown.</translation>
    </message>
    <message>
        <source>The database address has an unknown option &apos;%1&apos;. The options it can have are %2.</source>
        <translation>The database address has an unknown option &apos;%1&apos;. The options it can have are %2.</translation>
    </message>
    <message>
        <source>The option &apos;%1&apos; is given twice in the database address.</source>
        <translation>The option &apos;%1&apos; is given twice in the database address.</translation>
    </message>
    <message>
        <source>%1 failed: the database server %2 does not offer an encrypted connection (SSL), but the address requires one (sslmode=%3).</source>
        <translation>%1 failed: the database server %2 does not offer an encrypted connection (SSL), but the address requires one (sslmode=%3).</translation>
    </message>
    <message>
        <source>%1 failed: the encrypted connection to the database server %2 could not be checked (%3).</source>
        <translation>%1 failed: the encrypted connection to the database server %2 could not be checked (%3).</translation>
    </message>
    <message>
        <source>%1 failed: the database server %2 answered, but it has no database named %3.</source>
        <translation>%1 failed: the database server %2 answered, but it has no database named %3.</translation>
    </message>
    <message>
        <source>%1 failed: the database server %2 answered, but the user name in the address is not a role on it.</source>
        <translation>%1 failed: the database server %2 answered, but the user name in the address is not a role on it.</translation>
    </message>
    <message>
        <source>%1 failed: the database server %2 answered, but did not let this desk sign in (%3).</source>
        <translation>%1 failed: the database server %2 answered, but did not let this desk sign in (%3).</translation>
    </message>
    <message>
        <source>The database %1 is a link to %2, which does not exist. Correct the link or the database setting.</source>
        <translation>The database %1 is a link to %2, which does not exist. Correct the link or the database setting.</translation>
    </message>
    <message>
        <source>%1 is a folder or a device, not a file: it cannot hold the requests. Choose a file name.</source>
        <translation>%1 is a folder or a device, not a file: it cannot hold the requests. Choose a file name.</translation>
    </message>
    <message>
        <source>%1 is not a requests database: it is not a database file at all. It has not been changed; choose another file.</source>
        <translation>%1 is not a requests database: it is not a database file at all. It has not been changed; choose another file.</translation>
    </message>
    <message>
        <source>%1 is not a requests database: it is another program&apos;s database. It has not been changed; choose another file.</source>
        <translation>%1 is not a requests database: it is another program&apos;s database. It has not been changed; choose another file.</translation>
    </message>
    <message>
        <source>%1 failed: the text contains a NUL character (U+0000), which cannot be stored. Remove it and send again.</source>
        <translation>%1 failed: the text contains a NUL character (U+0000), which cannot be stored. Remove it and send again.</translation>
    </message>
    <message>
        <source>%1 is not a requests database, so it was not moved. It has not been changed.</source>
        <translation>%1 is not a requests database, so it was not moved. It has not been changed.</translation>
    </message>
    <message>
        <source>%1 failed: %2: %3</source>
        <translation>%1 failed: %2: %3</translation>
    </message>
    <message>
        <source>The database role this program signs in as may not use the database %1 (it lacks SELECT on schema_version). Ask the clinic&apos;s IT to grant it the role als_desk (a desk) or als_staff (the staff inbox). After an update of this program, the owner must first upgrade the database once with --migrate-only.</source>
        <translation>The database role this program signs in as may not use the database %1 (it lacks SELECT on schema_version). Ask the clinic&apos;s IT to grant it the role als_desk (a desk) or als_staff (the staff inbox). After an update of this program, the owner must first upgrade the database once with --migrate-only.</translation>
    </message>
    <message>
        <source>The database %1 has schema %2 and must be upgraded to schema %3 by the role that owns its tables. Ask the clinic&apos;s IT to run this program once as that role with --migrate-only.</source>
        <translation>The database %1 has schema %2 and must be upgraded to schema %3 by the role that owns its tables. Ask the clinic&apos;s IT to run this program once as that role with --migrate-only.</translation>
    </message>
    <message>
        <source>The database %1 has no requests tables yet, and the role this program signs in as may not make them. Ask the clinic&apos;s IT to run this program once as the owner with --migrate-only.</source>
        <translation>The database %1 has no requests tables yet, and the role this program signs in as may not make them. Ask the clinic&apos;s IT to run this program once as the owner with --migrate-only.</translation>
    </message>
    <message>
        <source>The database %1 is at schema %2, the one this version uses.</source>
        <translation>The database %1 is at schema %2, the one this version uses.</translation>
    </message>
    <message>
        <source>The role signed in as does not own the tables, so no rights were given: run this as a member of als_owner.</source>
        <translation>The role signed in as does not own the tables, so no rights were given: run this as a member of als_owner.</translation>
    </message>
    <message>
        <source>The roles als_desk and als_staff have what a desk and the staff inbox need, and no more.</source>
        <translation>The roles als_desk and als_staff have what a desk and the staff inbox need, and no more.</translation>
    </message>
    <message>
        <source>The roles %1 do not exist on this server, so every desk signs in with more than it needs. The README shows the lines that make them.</source>
        <translation>The roles %1 do not exist on this server, so every desk signs in with more than it needs. The README shows the lines that make them.</translation>
    </message>
    <message>
        <source>%1 failed: the database role this program signs in as is not allowed to do this (%2). Ask the clinic&apos;s IT to grant it the role als_desk (a desk) or als_staff (the staff inbox).</source>
        <translation>%1 failed: the database role this program signs in as is not allowed to do this (%2). Ask the clinic&apos;s IT to grant it the role als_desk (a desk) or als_staff (the staff inbox).</translation>
    </message>
    <message>
        <source>%1 failed: the database server %2 is not answering (the connection is open, but no reply came). Please try again in a moment.</source>
        <translation>%1 failed: the database server %2 is not answering (the connection is open, but no reply came). Please try again in a moment.</translation>
    </message>
    <message>
        <source>The database role that this program signs in as may do more than its work needs (%1). Whoever can read this computer&apos;s database settings could do the same. Ask the clinic&apos;s IT to give it only the role als_desk (a desk) or als_staff (the staff inbox).</source>
        <translation>The database role that this program signs in as may do more than its work needs (%1). Whoever can read this computer&apos;s database settings could do the same. Ask the clinic&apos;s IT to give it only the role als_desk (a desk) or als_staff (the staff inbox).</translation>
    </message>
    <message>
        <source>The database role that this program signs in as lacks what its work needs (%1). Ask the clinic&apos;s IT to grant it the role als_desk (a desk) or als_staff (the staff inbox), and to start the program once as the owner with --migrate-only.</source>
        <translation>The database role that this program signs in as lacks what its work needs (%1). Ask the clinic&apos;s IT to grant it the role als_desk (a desk) or als_staff (the staff inbox), and to start the program once as the owner with --migrate-only.</translation>
    </message>
    <message>
        <source>Reading the staff sign-in record</source>
        <translation>Reading the staff sign-in record</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose who is writing: the person with ALS, a family member, or someone else.</source>
        <translation>Choose who is writing: the person with ALS, a family member, or someone else.</translation>
    </message>
    <message>
        <source>Enter a name, so that we know how to address our answer.</source>
        <translation>Enter a name, so that we know how to address our answer.</translation>
    </message>
    <message>
        <source>The name is too long: use at most %1 characters.</source>
        <translation>The name is too long: use at most %1 characters.</translation>
    </message>
    <message>
        <source>Enter an age between 0 and 120, in whole years (for example 58).</source>
        <translation>Enter an age between 0 and 120, in whole years (for example 58).</translation>
    </message>
    <message>
        <source>Choose one of the answers for sex, or &quot;Prefer not to say&quot;.</source>
        <translation>Choose one of the answers for sex, or &quot;Prefer not to say&quot;.</translation>
    </message>
    <message>
        <source>This text is too long: use at most %1 characters (it now has %2).</source>
        <translation>This text is too long: use at most %1 characters (it now has %2).</translation>
    </message>
    <message>
        <source>Write your question, so that we know what you would like us to answer.</source>
        <translation>Write your question, so that we know what you would like us to answer.</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.jp or a phone number, so that we can reply.</source>
        <translation>Enter an email address like name@example.jp or a phone number, so that we can reply.</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.jp (it needs one @ and a domain).</source>
        <translation>Enter an email address like name@example.jp (it needs one @ and a domain).</translation>
    </message>
    <message>
        <source>Enter a phone number like 03-1234-5678 or 090-1234-5678 (10 to 15 digits).</source>
        <translation>Enter a phone number like 03-1234-5678 or 090-1234-5678 (10 to 15 digits).</translation>
    </message>
    <message>
        <source>Tick the box to agree that we keep this information to answer you. Without it we cannot store your request.</source>
        <translation>Tick the box to agree that we keep this information to answer you. Without it we cannot store your request.</translation>
    </message>
    <message>
        <source>Write your question for the doctor, so that there is something to keep.</source>
        <translation>Write your question for the doctor, so that there is something to keep.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>The age</source>
        <translation>The age</translation>
    </message>
    <message>
        <source>The prefecture</source>
        <translation>The prefecture</translation>
    </message>
    <message>
        <source>The medical history</source>
        <translation>The medical history</translation>
    </message>
    <message>
        <source>The current problem</source>
        <translation>The current problem</translation>
    </message>
    <message>
        <source>The answer to &quot;Since when?&quot;</source>
        <translation>The answer to &quot;Since when?&quot;</translation>
    </message>
    <message>
        <source>The treatments so far</source>
        <translation>The treatments so far</translation>
    </message>
    <message>
        <source>The current condition</source>
        <translation>The current condition</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>The question</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>The email address</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>%1 contains a broken character (%2, half of a pair that belongs together). Remove it and try again.</source>
        <translation>%1 contains a broken character (%2, half of a pair that belongs together). Remove it and try again.</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2) that cannot be kept. Remove it and try again.</source>
        <translation>%1 contains a control character (%2) that cannot be kept. Remove it and try again.</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>the list has more requests than one worksheet holds (%1); narrow it with the filters</source>
        <translation>the list has more requests than one worksheet holds (%1); narrow it with the filters</translation>
    </message>
    <message>
        <source>the spreadsheet file could not be started</source>
        <translation>the spreadsheet file could not be started</translation>
    </message>
    <message>
        <source>the spreadsheet file could not be written (%1)</source>
        <translation>the spreadsheet file could not be written (%1)</translation>
    </message>
</context>
<context>
    <name>als::CanSayView</name>
    <message>
        <source>Selected study or source (choose a link above)</source>
        <translation>Selected study or source (choose a link above)</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Selected study or source</source>
        <translation>Selected study or source</translation>
    </message>
    <message>
        <source>Choose a study or source link in either panel to see here what it is and what it found.</source>
        <translation>Choose a study or source link in either panel to see here what it is and what it found.</translation>
    </message>
</context>
<context>
    <name>als::ClinicProfileDialog</name>
    <message>
        <source>Enter the clinic&apos;s name: visitors read it as who receives their request.</source>
        <translation>Enter the clinic&apos;s name: visitors read it as who receives their request.</translation>
    </message>
    <message>
        <source>Enter an email address like soudan@example.jp (one @ and a domain).</source>
        <translation>Enter an email address like soudan@example.jp (one @ and a domain).</translation>
    </message>
    <message>
        <source>Enter a telephone number like 03-1234-5678 (digits, spaces and - only).</source>
        <translation>Enter a telephone number like 03-1234-5678 (digits, spaces and - only).</translation>
    </message>
    <message>
        <source>(No clinic: on this computer the form keeps the reader&apos;s own questions, and nobody receives them.)</source>
        <translation>(No clinic: on this computer the form keeps the reader&apos;s own questions, and nobody receives them.)</translation>
    </message>
    <message>
        <source>Clinic profile</source>
        <translation>Clinic profile</translation>
    </message>
    <message>
        <source>Visitors read these details above the form, on their receipt and on handouts. Leave the name empty on a home computer: then nobody receives what is typed.</source>
        <translation>Visitors read these details above the form, on their receipt and on handouts. Leave the name empty on a home computer: then nobody receives what is typed.</translation>
    </message>
    <message>
        <source>Some of these details are set by your clinic&apos;s IT for every account of this computer. What you save here applies to this account only.</source>
        <translation>Some of these details are set by your clinic&apos;s IT for every account of this computer. What you save here applies to this account only.</translation>
    </message>
    <message>
        <source>Clinic or service &amp;name</source>
        <translation>Clinic or service &amp;name</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>Opening &amp;hours</translation>
    </message>
    <message>
        <source>How requests are ans&amp;wered (for example: by phone or email)</source>
        <translation>How requests are ans&amp;wered (for example: by phone or email)</translation>
    </message>
    <message>
        <source>Within how &amp;long (for example: within 3 working days)</source>
        <translation>Within how &amp;long (for example: within 3 working days)</translation>
    </message>
    <message>
        <source>&amp;Privacy contact: who to ask about the personal data kept</source>
        <translation>&amp;Privacy contact: who to ask about the personal data kept</translation>
    </message>
    <message>
        <source>Visitors will read:</source>
        <translation>Visitors will read:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>als::ConsultationView</name>
    <message>
        <source>Clear the form</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <source>Remove everything typed in this form?</source>
        <translation>Remove everything typed in this form?</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(required)</translation>
    </message>
    <message>
        <source>Fields marked %1 must be filled in. Everything else is optional.</source>
        <translation>Fields marked %1 must be filled in. Everything else is optional.</translation>
    </message>
    <message>
        <source>The person with ALS</source>
        <translation>The person with ALS</translation>
    </message>
    <message>
        <source>A family member</source>
        <translation>A family member</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>Who is writing</translation>
    </message>
    <message>
        <source>&amp;Name %1</source>
        <translation>&amp;Name %1</translation>
    </message>
    <message>
        <source>&amp;Age of the person with ALS %1</source>
        <translation>&amp;Age of the person with ALS %1</translation>
    </message>
    <message>
        <source>Se&amp;x of the person with ALS</source>
        <translation>Se&amp;x of the person with ALS</translation>
    </message>
    <message>
        <source>&amp;Place of residence (prefecture)</source>
        <translation>&amp;Place of residence (prefecture)</translation>
    </message>
    <message>
        <source>Current &amp;condition (walking, eating, breathing, speaking)</source>
        <translation>Current &amp;condition (walking, eating, breathing, speaking)</translation>
    </message>
    <message>
        <source>Your &amp;question %1</source>
        <translation>Your &amp;question %1</translation>
    </message>
    <message>
        <source>&amp;Email address (email or phone is required)</source>
        <translation>&amp;Email address (email or phone is required)</translation>
    </message>
    <message>
        <source>We keep this health information only to answer you, on this clinic&apos;s computer, where only our staff can read it. You can ask us to delete it at any time.</source>
        <translation>We keep this health information only to answer you, on this clinic&apos;s computer, where only our staff can read it. You can ask us to delete it at any time.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>C&amp;lear the form</source>
        <translation>C&amp;lear the form</translation>
    </message>
    <message>
        <source>Keep the damaged file aside and start a new database (staff)</source>
        <translation>Keep the damaged file aside and start a new database (staff)</translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation>&amp;Print the receipt</translation>
    </message>
    <message>
        <source>&amp;Done: clear the screen</source>
        <translation>&amp;Done: clear the screen</translation>
    </message>
    <message>
        <source>About this form</source>
        <translation>About this form</translation>
    </message>
    <message>
        <source>Problem saving the request</source>
        <translation>Problem saving the request</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Nothing you typed has been lost: it is still in the form. Please tell a member of staff.</source>
        <translation>Nothing you typed has been lost: it is still in the form. Please tell a member of staff.</translation>
    </message>
    <message>
        <source>No database is set up for requests on this desk.</source>
        <translation>No database is set up for requests on this desk.</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>Start a new database</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. It will be renamed and kept next to itself, never overwritten, and a new, empty database will be started. Continue?</source>
        <translation>The database file %1 is damaged. It will be renamed and kept next to itself, never overwritten, and a new, empty database will be started. Continue?</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1. A new database is ready: please send the request again.</source>
        <translation>The damaged file was kept as %1. A new database is ready: please send the request again.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Consultation request form</source>
        <translation>Consultation request form</translation>
    </message>
    <message>
        <source>The request could not be saved because of a problem with this desk&apos;s database.</source>
        <translation>The request could not be saved because of a problem with this desk&apos;s database.</translation>
    </message>
    <message>
        <source>I agree that my request, including the health information in it, is stored to answer me.</source>
        <translation>I agree that my request, including the health information in it, is stored to answer me.</translation>
    </message>
    <message>
        <source>Receipt: your reference number is %1</source>
        <translation>Receipt: your reference number is %1</translation>
    </message>
    <message>
        <source>Questions about your personal data: %1</source>
        <translation>Questions about your personal data: %1</translation>
    </message>
    <message>
        <source>Your request goes to the staff at this desk.</source>
        <translation>Your request goes to the staff at this desk.</translation>
    </message>
    <message>
        <source>What you type here is kept only on this computer.</source>
        <translation>What you type here is kept only on this computer.</translation>
    </message>
    <message>
        <source>It is not sent to anyone, and nobody will answer it. Print it, or save it as a PDF, and take it to your doctor.</source>
        <translation>It is not sent to anyone, and nobody will answer it. Print it, or save it as a PDF, and take it to your doctor.</translation>
    </message>
    <message>
        <source>Who receives this</source>
        <translation>Who receives this</translation>
    </message>
    <message>
        <source>My questions for the doctor</source>
        <translation>My questions for the doctor</translation>
    </message>
    <message>
        <source>Write down what you want to ask your doctor, so that nothing is forgotten at the next visit.</source>
        <translation>Write down what you want to ask your doctor, so that nothing is forgotten at the next visit.</translation>
    </message>
    <message>
        <source>Only the question is needed. Add the rest if it helps your doctor.</source>
        <translation>Only the question is needed. Add the rest if it helps your doctor.</translation>
    </message>
    <message>
        <source>Your questions are listed below the form, newest first. You can print them, save them as a PDF or delete them.</source>
        <translation>Your questions are listed below the form, newest first. You can print them, save them as a PDF or delete them.</translation>
    </message>
    <message>
        <source>If your health changes suddenly, do not wait for your next visit: contact your hospital or clinic straight away.</source>
        <translation>If your health changes suddenly, do not wait for your next visit: contact your hospital or clinic straight away.</translation>
    </message>
    <message>
        <source>&amp;Who is writing? %1</source>
        <translation>&amp;Who is writing? %1</translation>
    </message>
    <message>
        <source>&amp;Medical history (illnesses, when ALS was diagnosed)</source>
        <translation>&amp;Medical history (illnesses, when ALS was diagnosed)</translation>
    </message>
    <message>
        <source>The current p&amp;roblem</source>
        <translation>The current p&amp;roblem</translation>
    </message>
    <message>
        <source>S&amp;ince when?</source>
        <translation>S&amp;ince when?</translation>
    </message>
    <message>
        <source>Treatments s&amp;o far, and what they did</source>
        <translation>Treatments s&amp;o far, and what they did</translation>
    </message>
    <message>
        <source>My &amp;question for the doctor %1</source>
        <translation>My &amp;question for the doctor %1</translation>
    </message>
    <message>
        <source>Phone n&amp;umber (email or phone is required)</source>
        <translation>Phone n&amp;umber (email or phone is required)</translation>
    </message>
    <message>
        <source>%1 keeps this health information only to answer you, where only their staff can read it. You can ask them to delete it at any time.</source>
        <translation>%1 keeps this health information only to answer you, where only their staff can read it. You can ask them to delete it at any time.</translation>
    </message>
    <message>
        <source>&amp;Yes, I agree %1</source>
        <translation>&amp;Yes, I agree %1</translation>
    </message>
    <message>
        <source>&amp;Keep this question</source>
        <translation>&amp;Keep this question</translation>
    </message>
    <message>
        <source>Sen&amp;d the request</source>
        <translation>Sen&amp;d the request</translation>
    </message>
    <message>
        <source>Your saved q&amp;uestions, newest first</source>
        <translation>Your saved q&amp;uestions, newest first</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation>D&amp;elete…</translation>
    </message>
    <message>
        <source>Your saved questions</source>
        <translation>Your saved questions</translation>
    </message>
    <message>
        <source>Print the chosen question</source>
        <translation>Print the chosen question</translation>
    </message>
    <message>
        <source>Save the chosen question as a PDF</source>
        <translation>Save the chosen question as a PDF</translation>
    </message>
    <message>
        <source>Delete the chosen question</source>
        <translation>Delete the chosen question</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix:</source>
        <translation>
            <numerusform>%n thing to fix:</numerusform>
            <numerusform>%n things to fix:</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>Go to the field</translation>
    </message>
    <message>
        <source>Kept on this computer: %1. It is at the top of the list below.</source>
        <translation>Kept on this computer: %1. It is at the top of the list below.</translation>
    </message>
    <message>
        <source>No questions kept yet.</source>
        <translation>No questions kept yet.</translation>
    </message>
    <message>
        <source>my-question</source>
        <translation>my-question</translation>
    </message>
    <message>
        <source>Save the question as a PDF</source>
        <translation>Save the question as a PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>The question could not be saved to %1: %2</source>
        <translation>The question could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Delete the question</source>
        <translation>Delete the question</translation>
    </message>
    <message>
        <source>Delete this question from this computer? It cannot be brought back.

%1</source>
        <translation>Delete this question from this computer? It cannot be brought back.

%1</translation>
    </message>
    <message>
        <source>The question was deleted.</source>
        <translation>The question was deleted.</translation>
    </message>
    <message>
        <source>Keeping the question…</source>
        <translation>Keeping the question…</translation>
    </message>
    <message>
        <source>Saving the request…</source>
        <translation>Saving the request…</translation>
    </message>
</context>
<context>
    <name>als::ContentsPanel</name>
    <message>
        <source>You are here</source>
        <translation>You are here</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>The sections of the guide and their headings. Enter opens the place; Right and Left open and close a section.</source>
        <translation>The sections of the guide and their headings. Enter opens the place; Right and Left open and close a section.</translation>
    </message>
</context>
<context>
    <name>als::DeskMode</name>
    <message>
        <source>Continue: I am still here</source>
        <translation>Continue: I am still here</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? To protect your privacy, this screen will be cleared in %n second(s), including anything typed in the form.</source>
        <translation>
            <numerusform>Are you still there? To protect your privacy, this screen will be cleared in %n second, including anything typed in the form.</numerusform>
            <numerusform>Are you still there? To protect your privacy, this screen will be cleared in %n seconds, including anything typed in the form.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>als::DocumentView</name>
    <message>
        <source>%1: text</source>
        <translation>%1: text</translation>
    </message>
</context>
<context>
    <name>als::EvidenceLadderWidget</name>
    <message>
        <source>Evidence ladder: how far each treatment has climbed</source>
        <translation>Evidence ladder: how far each treatment has climbed</translation>
    </message>
</context>
<context>
    <name>als::EvidenceView</name>
    <message>
        <source>Hide the evidence ladder</source>
        <translation>Hide the evidence ladder</translation>
    </message>
    <message>
        <source>Show the evidence ladder</source>
        <translation>Show the evidence ladder</translation>
    </message>
</context>
<context>
    <name>als::HandoutDialog</name>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Save the handout as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The handout could not be saved to %1: %2</source>
        <translation>The handout could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Print or save a handout</source>
        <translation>Print or save a handout</translation>
    </message>
    <message>
        <source>Sections to include, in the guide&apos;s order:</source>
        <translation>Sections to include, in the guide&apos;s order:</translation>
    </message>
    <message>
        <source>&amp;Language of the handout:</source>
        <translation>&amp;Language of the handout:</translation>
    </message>
    <message>
        <source>L&amp;arge print</source>
        <translation>L&amp;arge print</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pape&amp;r:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Every page names %1 as the place to ask.</source>
        <translation>Every page names %1 as the place to ask.</translation>
    </message>
</context>
<context>
    <name>als::InboxWindow</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests — staff inbox</source>
        <translation>Requests — staff inbox</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Show requests with status</source>
        <translation>Show requests with status</translation>
    </message>
    <message>
        <source>Received from this date</source>
        <translation>Received from this date</translation>
    </message>
    <message>
        <source>Received up to this date</source>
        <translation>Received up to this date</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Search the requests</source>
        <translation>Search the requests</translation>
    </message>
    <message>
        <source>Requests, newest first</source>
        <translation>Requests, newest first</translation>
    </message>
    <message>
        <source>The selected request</source>
        <translation>The selected request</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Record the status</source>
        <translation>&amp;Record the status</translation>
    </message>
    <message>
        <source>&amp;Print this request</source>
        <translation>&amp;Print this request</translation>
    </message>
    <message>
        <source>&amp;Delete this request…</source>
        <translation>&amp;Delete this request…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Choose a request in the list to read it here.</source>
        <translation>Choose a request in the list to read it here.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who wrote</source>
        <translation>Who wrote</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Medical history</translation>
    </message>
    <message>
        <source>Current problem</source>
        <translation>Current problem</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Treatments so far</source>
        <translation>Treatments so far</translation>
    </message>
    <message>
        <source>Current condition</source>
        <translation>Current condition</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Delete the request</source>
        <translation>Delete the request</translation>
    </message>
    <message>
        <source>Delete request %1 and its history for good? This cannot be undone.</source>
        <translation>Delete request %1 and its history for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>The list could not be saved to %1: %2</source>
        <translation>The list could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Set stat&amp;us:</source>
        <translation>Set stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>&amp;Export the list…</translation>
    </message>
    <message>
        <source>As an Excel workbook (.xlsx), which a spreadsheet opens exactly as stored, or as CSV</source>
        <translation>As an Excel workbook (.xlsx), which a spreadsheet opens exactly as stored, or as CSV</translation>
    </message>
    <message>
        <source>Keeping and &amp;backup…</source>
        <translation>Keeping and &amp;backup…</translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation>Loc&amp;k now</translation>
    </message>
    <message>
        <source>Hide the requests until the staff passphrase is given again</source>
        <translation>Hide the requests until the staff passphrase is given again</translation>
    </message>
    <message>
        <source>The inbox is locked</source>
        <translation>The inbox is locked</translation>
    </message>
    <message>
        <source>It locks itself when it is closed or left without use for a while, so that nobody passing by sees the requests. Unlock it with the staff passphrase.</source>
        <translation>It locks itself when it is closed or left without use for a while, so that nobody passing by sees the requests. Unlock it with the staff passphrase.</translation>
    </message>
    <message>
        <source>Un&amp;lock…</source>
        <translation>Un&amp;lock…</translation>
    </message>
    <message>
        <source>Closed requests past the keeping period could not be deleted: %1</source>
        <translation>Closed requests past the keeping period could not be deleted: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n closed request(s) deleted after the keeping period.</source>
        <translation>
            <numerusform>%n closed request deleted after the keeping period.</numerusform>
            <numerusform>%n closed requests deleted after the keeping period.</numerusform>
        </translation>
    </message>
    <message>
        <source>the inbox is locked</source>
        <translation>the inbox is locked</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>Keeping and backup</source>
        <translation>Keeping and backup</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>&amp;Lock the inbox after (minutes without use):</source>
        <translation>&amp;Lock the inbox after (minutes without use):</translation>
    </message>
    <message>
        <source>&amp;Keep closed requests for (months):</source>
        <translation>&amp;Keep closed requests for (months):</translation>
    </message>
    <message>
        <source>Closed requests older than this are deleted when the inbox is unlocked; each deletion is written to the audit trail. &quot;No limit&quot; keeps them all.</source>
        <translation>Closed requests older than this are deleted when the inbox is unlocked; each deletion is written to the audit trail. &quot;No limit&quot; keeps them all.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Use pg_dump on the server (see README).</source>
        <translation>Use pg_dump on the server (see README).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Audit trail, newest first:</source>
        <translation>&amp;Audit trail, newest first:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Deleted by staff</source>
        <translation>Deleted by staff</translation>
    </message>
    <message>
        <source>Deleted after the keeping period</source>
        <translation>Deleted after the keeping period</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <source>Back up the requests</source>
        <translation>Back up the requests</translation>
    </message>
    <message>
        <source>Request backups (*.db)</source>
        <translation>Request backups (*.db)</translation>
    </message>
    <message>
        <source>The requests could not be backed up to %1: %2</source>
        <translation>The requests could not be backed up to %1: %2</translation>
    </message>
    <message>
        <source>The requests were backed up to %1. Keep that file where only staff can reach it: it holds health information.</source>
        <translation>The requests were backed up to %1. Keep that file where only staff can reach it: it holds health information.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Request backups (*.db);;All files (*)</source>
        <translation>Request backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Replace every request in the inbox with the requests in %1? The requests here now, including any received since that backup was made, will be gone.</source>
        <translation>Replace every request in the inbox with the requests in %1? The requests here now, including any received since that backup was made, will be gone.</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored: %2</source>
        <translation>The backup %1 could not be restored: %2</translation>
    </message>
    <message>
        <source>The requests were restored from %1.</source>
        <translation>The requests were restored from %1.</translation>
    </message>
    <message>
        <source>More than %1 requests</source>
        <translation>More than %1 requests</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2</source>
        <translation>Exporting… %1 of %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Database rights</source>
        <translation>Database rights</translation>
    </message>
</context>
<context>
    <name>als::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Search the guide</source>
        <translation>&amp;Search the guide</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Next section</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>&amp;Previous section</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About this guide</source>
        <translation>&amp;About this guide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Sections of the guide</source>
        <translation>Sections of the guide</translation>
    </message>
    <message>
        <source>ALS Evidence Guide</source>
        <translation>ALS Evidence Guide</translation>
    </message>
    <message>
        <source>Desk mode</source>
        <translation>Desk mode</translation>
    </message>
    <message>
        <source>Minutes without input before the screen is cleared (0 turns the clearing off):</source>
        <translation>Minutes without input before the screen is cleared (0 turns the clearing off):</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>S&amp;taff</translation>
    </message>
    <message>
        <source>Open the &amp;inbox…</source>
        <translation>Open the &amp;inbox…</translation>
    </message>
    <message>
        <source>&amp;Time before the desk clears…</source>
        <translation>&amp;Time before the desk clears…</translation>
    </message>
    <message>
        <source>&amp;Print or save a handout…</source>
        <translation>&amp;Print or save a handout…</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>Go to the &amp;contents</source>
        <translation>Go to the &amp;contents</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Show or hide the contents (F6 goes there)</source>
        <translation>Show or hide the contents (F6 goes there)</translation>
    </message>
    <message>
        <source>A− Smaller</source>
        <translation>A− Smaller</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <source>A+ Larger</source>
        <translation>A+ Larger</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>Larger text (Ctrl++)</translation>
    </message>
    <message>
        <source>Show the guide in Japanese</source>
        <translation>Show the guide in Japanese</translation>
    </message>
    <message>
        <source>Show the guide in English</source>
        <translation>Show the guide in English</translation>
    </message>
    <message>
        <source>Desk mode has not started: a staff passphrase must be set first, so that only staff can leave it. The guide stays in normal use.</source>
        <translation>Desk mode has not started: a staff passphrase must be set first, so that only staff can leave it. The guide stays in normal use.</translation>
    </message>
    <message>
        <source>The address of this source: %1</source>
        <translation>The address of this source: %1</translation>
    </message>
    <message>
        <source>&amp;Clinic profile…</source>
        <translation>&amp;Clinic profile…</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>Staff…</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Back to the first screen. Anything typed in the form is cleared.</source>
        <translation>Back to the first screen. Anything typed in the form is cleared.</translation>
    </message>
    <message>
        <source>My questions for the doctor</source>
        <translation>My questions for the doctor</translation>
    </message>
    <message>
        <source>Going back to the first screen clears what you have typed in the form. Go back?</source>
        <translation>Going back to the first screen clears what you have typed in the form. Go back?</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>&amp;Leave desk mode</source>
        <translation>&amp;Leave desk mode</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Database rights</source>
        <translation>Database rights</translation>
    </message>
</context>
<context>
    <name>als::QtSpeechEngine</name>
    <message>
        <source>Reading aloud needs speech-dispatcher, which is not working on this computer. The clinic&apos;s IT can install the packages speech-dispatcher, speech-dispatcher-espeak-ng and qt6-speech-speechd-plugin.</source>
        <translation>Reading aloud needs speech-dispatcher, which is not working on this computer. The clinic&apos;s IT can install the packages speech-dispatcher, speech-dispatcher-espeak-ng and qt6-speech-speechd-plugin.</translation>
    </message>
    <message>
        <source>No Japanese voice is installed on this computer, so Japanese cannot be read aloud. The clinic&apos;s IT can install Open JTalk (the packages open-jtalk and open-jtalk-mecab-naist-jdic) and a Japanese voice file (hts-voice-nitech-jp-atr503-m001).</source>
        <translation>No Japanese voice is installed on this computer, so Japanese cannot be read aloud. The clinic&apos;s IT can install Open JTalk (the packages open-jtalk and open-jtalk-mecab-naist-jdic) and a Japanese voice file (hts-voice-nitech-jp-atr503-m001).</translation>
    </message>
    <message>
        <source>A Japanese voice file is installed, but Open JTalk is not set up for speech-dispatcher. The clinic&apos;s IT can install the packages open-jtalk and open-jtalk-mecab-naist-jdic and this guide&apos;s package, then restart speech-dispatcher.</source>
        <translation>A Japanese voice file is installed, but Open JTalk is not set up for speech-dispatcher. The clinic&apos;s IT can install the packages open-jtalk and open-jtalk-mecab-naist-jdic and this guide&apos;s package, then restart speech-dispatcher.</translation>
    </message>
    <message>
        <source>No English voice is installed on this computer. The clinic&apos;s IT can install the package speech-dispatcher-espeak-ng.</source>
        <translation>No English voice is installed on this computer. The clinic&apos;s IT can install the package speech-dispatcher-espeak-ng.</translation>
    </message>
    <message>
        <source>The voice stopped with an error.</source>
        <translation>The voice stopped with an error.</translation>
    </message>
</context>
<context>
    <name>als::ReadAloud</name>
    <message>
        <source>There is nothing to read aloud here.</source>
        <translation>There is nothing to read aloud here.</translation>
    </message>
    <message>
        <source>&amp;Read aloud / pause</source>
        <translation>&amp;Read aloud / pause</translation>
    </message>
</context>
<context>
    <name>als::ReadAloudBar</name>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Starting the voice…</source>
        <translation>Starting the voice…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Reads this page aloud from where you are (Ctrl+Shift+R)</source>
        <translation>Reads this page aloud from where you are (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Reading speed</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>Slowest</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Fastest</translation>
    </message>
</context>
<context>
    <name>als::RequestListModel</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who wrote</source>
        <translation>Who wrote</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>als::SearchPanel</name>
    <message>
        <source>No results</source>
        <translation>No results</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Search the whole guide (Ctrl+F)</source>
        <translation>Search the whole guide (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>Results appear below as you type. Press Down to move to them, Enter to open one.</source>
        <translation>Results appear below as you type. Press Down to move to them, Enter to open one.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
</context>
<context>
    <name>als::StaffGate</name>
    <message>
        <source>Staff only</source>
        <translation>Staff only</translation>
    </message>
    <message>
        <source>No database is set up on this desk.</source>
        <translation>No database is set up on this desk.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passphrases. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passphrases. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff passphrase:</source>
        <translation>Staff passphrase:</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not right. You can try again in %n second(s).</source>
        <translation>
            <numerusform>That passphrase is not right. You can try again in %n second.</numerusform>
            <numerusform>That passphrase is not right. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the staff passphrase</source>
        <translation>Set the staff passphrase</translation>
    </message>
    <message>
        <source>No staff passphrase is set yet. Choose one of at least %1 characters. Only staff should know it: it opens the requests, which hold health information.</source>
        <translation>No staff passphrase is set yet. Choose one of at least %1 characters. Only staff should know it: it opens the requests, which hold health information.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>The passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <source>Type the same passphrase again:</source>
        <translation>Type the same passphrase again:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was set: please start again.</source>
        <translation>The two passphrases differ. Nothing was set: please start again.</translation>
    </message>
    <message>
        <source>The passphrase could not be protected.</source>
        <translation>The passphrase could not be protected.</translation>
    </message>
    <message>
        <source>No staff passphrase is set yet, and it cannot be set at a desk in desk mode. Start the program without --kiosk and set it from Staff, Open the inbox.</source>
        <translation>No staff passphrase is set yet, and it cannot be set at a desk in desk mode. Start the program without --kiosk and set it from Staff, Open the inbox.</translation>
    </message>
    <message>
        <source>The staff passphrase is already being checked.</source>
        <translation>The staff passphrase is already being checked.</translation>
    </message>
    <message>
        <source>The staff passphrase could not be checked.</source>
        <translation>The staff passphrase could not be checked.</translation>
    </message>
</context>
<context>
    <name>als::StartScreen</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>ALS Evidence Guide</source>
        <translation>ALS Evidence Guide</translation>
    </message>
    <message>
        <source>Welcome. What would you like to do?</source>
        <translation>Welcome. What would you like to do?</translation>
    </message>
    <message>
        <source>Read the guide</source>
        <translation>Read the guide</translation>
    </message>
    <message>
        <source>What is known about ALS and its treatments, in plain words.</source>
        <translation>What is known about ALS and its treatments, in plain words.</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Ask a question</translation>
    </message>
    <message>
        <source>Write down your question for %1.</source>
        <translation>Write down your question for %1.</translation>
    </message>
    <message>
        <source>Write down your question.</source>
        <translation>Write down your question.</translation>
    </message>
    <message>
        <source>Language / 言語</source>
        <translation>Language / 言語</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Text size (now %1 %)</source>
        <translation>Text size (now %1 %)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Largest</translation>
    </message>
    <message>
        <source>Text size: %1</source>
        <translation>Text size: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the font %1 is not installed; Japanese text may not copy correctly from the PDF.</source>
        <translation>the font %1 is not installed; Japanese text may not copy correctly from the PDF.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the guide is already open; its window has been brought to the front.</source>
        <translation>the guide is already open; its window has been brought to the front.</translation>
    </message>
    <message>
        <source>the guide is already open.</source>
        <translation>the guide is already open.</translation>
    </message>
    <message>
        <source>cannot make sure the guide runs only once (%1).</source>
        <translation>cannot make sure the guide runs only once (%1).</translation>
    </message>
</context>
</TS>
