<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
</context>
<context>
    <name>als::CanSayView</name>
    <message>
        <source>Selected study (choose a study link above)</source>
        <translation>Selected study (choose a study link above)</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Selected study</source>
        <translation>Selected study</translation>
    </message>
    <message>
        <source>Choose a study link in either panel to see here how it was done and what it found.</source>
        <translation>Choose a study link in either panel to see here how it was done and what it found.</translation>
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
</TS>
