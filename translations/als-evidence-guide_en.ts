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
