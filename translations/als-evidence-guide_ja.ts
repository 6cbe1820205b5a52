<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>ALS Evidence Guide: an honest, offline guide to ALS treatments and the evidence behind them.</source>
        <translation>ALSエビデンスガイド：ALSの治療とその根拠を誠実に伝える、オフラインで使えるガイドです。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Language of the interface and the content: ja (Japanese) or en (English).</source>
        <translation>画面と内容の言語：ja（日本語）または en（英語）。</translation>
    </message>
    <message>
        <source>Print one line per section, its id then its title, and exit.</source>
        <translation>章ごとに1行ずつ、IDと見出しを表示して終了します。</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>--help で使い方を確認できます。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>想定していない引数「%1」があります。</translation>
    </message>
    <message>
        <source>--lang must be ja or en, not &apos;%1&apos;.</source>
        <translation>--lang には ja か en を指定してください（指定された値：「%1」）。</translation>
    </message>
</context>
<context>
    <name>als::CanSayView</name>
    <message>
        <source>Selected study (choose a study link above)</source>
        <translation>選んだ研究（上の研究のリンクを選んでください）</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Selected study</source>
        <translation>選んだ研究</translation>
    </message>
    <message>
        <source>Choose a study link in either panel to see here how it was done and what it found.</source>
        <translation>どちらかの欄で研究のリンクを選ぶと、その研究の方法と結果がここに表示されます。</translation>
    </message>
</context>
<context>
    <name>als::DocumentView</name>
    <message>
        <source>%1: text</source>
        <translation>%1：本文</translation>
    </message>
</context>
<context>
    <name>als::EvidenceLadderWidget</name>
    <message>
        <source>Evidence ladder: how far each treatment has climbed</source>
        <translation>エビデンスの階段：それぞれの治療がどこまで確かめられているか</translation>
    </message>
</context>
<context>
    <name>als::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>標準の文字の大きさ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語 / Language(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search the guide</source>
        <translation>ガイド内を検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>次の章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>前の章(&amp;P)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About this guide</source>
        <translation>このガイドについて(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qtについて(&amp;Q)</translation>
    </message>
    <message>
        <source>Sections of the guide</source>
        <translation>ガイドの章</translation>
    </message>
    <message>
        <source>ALS Evidence Guide</source>
        <translation>ALSエビデンスガイド</translation>
    </message>
</context>
<context>
    <name>als::SearchPanel</name>
    <message>
        <source>No results</source>
        <translation>見つかりませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 件見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
    <message>
        <source>Search the whole guide (Ctrl+F)</source>
        <translation>ガイド全体を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>ガイド内を検索</translation>
    </message>
    <message>
        <source>Results appear below as you type. Press Down to move to them, Enter to open one.</source>
        <translation>入力すると下に結果が表示されます。下矢印キーで結果へ移動し、Enterキーで開きます。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
</context>
</TS>
