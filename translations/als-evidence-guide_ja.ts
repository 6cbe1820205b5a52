<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>ClinicProfile</name>
    <message>
        <source>Your request goes to %1.</source>
        <translation>この相談は%1に届きます。</translation>
    </message>
    <message>
        <source>They answer %1 %2.</source>
        <translation>%2に%1でお返事します。</translation>
    </message>
    <message>
        <source>They answer %1.</source>
        <translation>%1でお返事します。</translation>
    </message>
    <message>
        <source>They usually answer %1.</source>
        <translation>ふつうは%1にお返事します。</translation>
    </message>
    <message>
        <source>Telephone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>メール：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>住所：%1</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>受付時間：%1</translation>
    </message>
    <message>
        <source>Questions about your personal data: %1</source>
        <translation>個人情報についてのお問い合わせ：%1</translation>
    </message>
</context>
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
    <message>
        <source>Where consultation requests are kept: sqlite:///path/file.db or postgresql://user@host:port/dbname.</source>
        <translation>ご相談の保存先：sqlite:///パス/ファイル.db または postgresql://ユーザー@ホスト:ポート/データベース名。</translation>
    </message>
    <message>
        <source>Desk mode: full screen, the reading views and the request form only, cleared after each visitor.</source>
        <translation>窓口モード：全画面で、読むための画面とご相談フォームだけを表示し、来訪者ごとに内容を消去します。</translation>
    </message>
    <message>
        <source>Write a handout as PDF to this file, without opening a window, and exit.</source>
        <translation>配布資料をPDFとしてこのファイルに書き出し、画面を開かずに終了します。</translation>
    </message>
    <message>
        <source>With --export-pdf: the sections to include, as ids separated by commas (see --list-sections). Default: all.</source>
        <translation>--export-pdf と一緒に使います：含める章のIDをカンマ区切りで指定します（--list-sections で確認できます）。省略時はすべての章です。</translation>
    </message>
    <message>
        <source>With --export-pdf: large print (16 pt text, wider spacing).</source>
        <translation>--export-pdf と一緒に使います：大きな文字（本文16ポイント、広い行間）。</translation>
    </message>
    <message>
        <source>With --export-pdf: the paper size, a4 (default) or letter.</source>
        <translation>--export-pdf と一緒に使います：用紙サイズ。a4（既定）または letter。</translation>
    </message>
    <message>
        <source>--%1 goes with --export-pdf.</source>
        <translation>--%1 は --export-pdf と一緒に使ってください。</translation>
    </message>
    <message>
        <source>--export-pdf needs a file name.</source>
        <translation>--export-pdf にはファイル名が必要です。</translation>
    </message>
    <message>
        <source>--sections needs at least one section id.</source>
        <translation>--sections には章のIDを1つ以上指定してください。</translation>
    </message>
    <message>
        <source>Unknown section &apos;%1&apos;: --list-sections shows the ids.</source>
        <translation>「%1」という章はありません。--list-sections でIDを確認できます。</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not &apos;%1&apos;.</source>
        <translation>--paper には a4 か letter を指定してください（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid text (UTF-8), so it cannot be used as it is; rename the file or choose another name.</source>
        <translation>「%1」は正しい文字列（UTF-8）ではないため、そのままでは使えません。ファイル名を変えるか、別の名前を指定してください。</translation>
    </message>
    <message>
        <source>--export-pdf does not write to standard output (&apos;-&apos;); give a file name (./- for a file named -).</source>
        <translation>--export-pdf は標準出力（「-」）には書き出せません。ファイル名を指定してください（「-」という名前のファイルには ./- と指定します）。</translation>
    </message>
    <message>
        <source>Upgrade the requests database (--database, or the one in the settings) to this version and give the roles als_desk and als_staff their rights, then exit. Run once as the owner of the database after installing or updating.</source>
        <translation>相談データベース（--database、または設定にあるもの）をこの版に合わせて更新し、ロール als_desk と als_staff に権限を与えて終了します。インストールや更新のあとに一度、データベースの所有者として実行してください。</translation>
    </message>
    <message>
        <source>--migrate-only opens no window: it does not go with --kiosk.</source>
        <translation>--migrate-only はウィンドウを開かないため、--kiosk と一緒には使えません。</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>no file name was given</source>
        <translation>ファイル名が指定されていません</translation>
    </message>
    <message>
        <source>it is a link to another file, not a file itself; choose the file it points to or a new name</source>
        <translation>保存先が別のファイルへのリンクです（リンク先のファイルか、新しいファイル名を指定してください）</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>保存先がフォルダーです（ファイル名を指定してください）</translation>
    </message>
    <message>
        <source>it is a device or a pipe, not a file</source>
        <translation>保存先がデバイスまたはパイプです（ファイル名を指定してください）</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Questions about this handout? Ask us:</source>
        <translation>この資料について聞きたいことは、こちらへどうぞ。</translation>
    </message>
    <message>
        <source>Ask us: %1</source>
        <translation>お問い合わせ：%1</translation>
    </message>
    <message>
        <source>Ask us: %1, telephone %2</source>
        <translation>お問い合わせ：%1&#x3000;電話 %2</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>ALS Evidence Guide: your request was received</source>
        <translation>ALSエビデンスガイド：ご相談を受け付けました</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>このあとの流れ</translation>
    </message>
    <message>
        <source>Our staff read your request and answer by the email address or phone number you gave, usually within a few days.</source>
        <translation>スタッフがご相談を読み、いただいたメールアドレスまたは電話番号に、通常数日以内にお返事します。</translation>
    </message>
    <message>
        <source>If you contact us about it, give this reference number.</source>
        <translation>このご相談についてお問い合わせいただくときは、この受付番号をお伝えください。</translation>
    </message>
    <message>
        <source>If your health changes suddenly, contact your hospital or clinic straight away: do not wait for our answer.</source>
        <translation>急に体調が変わったときは、お返事を待たずに、すぐに担当の医療機関へ連絡してください。</translation>
    </message>
    <message>
        <source>Our answer is information, not a diagnosis. We cannot arrange referrals to clinical trials.</source>
        <translation>お答えは情報の提供であり、診断ではありません。臨床試験（治験）へのご紹介はできません。</translation>
    </message>
    <message>
        <source>Please write this number down, or print this receipt.</source>
        <translation>この番号をメモするか、この受付票を印刷してください。</translation>
    </message>
    <message>
        <source>They answer by the email address or phone number you gave.</source>
        <translation>いただいたメールアドレスか電話番号にお返事します。</translation>
    </message>
    <message>
        <source>How to reach us</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>My questions for the doctor</source>
        <translation>医師に聞きたいこと</translation>
    </message>
    <message>
        <source>Written on %1</source>
        <translation>書いた日：%1</translation>
    </message>
    <message>
        <source>My question</source>
        <translation>聞きたいこと</translation>
    </message>
    <message>
        <source>The current problem</source>
        <translation>いま困っていること</translation>
    </message>
    <message>
        <source>Since when</source>
        <translation>いつごろから</translation>
    </message>
    <message>
        <source>Treatments so far, and what they did</source>
        <translation>これまでの治療とその効果</translation>
    </message>
    <message>
        <source>Current condition</source>
        <translation>いまの体の様子</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>これまでの病気</translation>
    </message>
    <message>
        <source>Written with the ALS Evidence Guide and kept only on this computer. Nobody else has received it.</source>
        <translation>ALSエビデンスガイドで書きました。このパソコンの中だけにあり、だれにも送っていません。</translation>
    </message>
</context>
<context>
    <name>RequestColumns</name>
    <message>
        <source>Reference</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Who wrote</source>
        <translation>記入者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>病歴</translation>
    </message>
    <message>
        <source>Current problem</source>
        <translation>いま困っていること</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>時期</translation>
    </message>
    <message>
        <source>Treatments so far</source>
        <translation>これまでの治療</translation>
    </message>
    <message>
        <source>Current condition</source>
        <translation>現在の状態</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>ご質問</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Person with ALS</source>
        <translation>ご本人</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>ご家族</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>回答しない</translation>
    </message>
</context>
<context>
    <name>RequestExport</name>
    <message>
        <source>the requests changed while exporting; try again</source>
        <translation>書き出しの途中でご相談が変わりました。もう一度お試しください</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>ご相談一覧</translation>
    </message>
</context>
<context>
    <name>RequestStore</name>
    <message>
        <source>A SQLite database is written sqlite:///absolute/path/file.db (three slashes).</source>
        <translation>SQLiteのデータベースは sqlite:///絶対パス/ファイル名.db の形で指定します（スラッシュは3つです）。</translation>
    </message>
    <message>
        <source>Do not put a password in the database address: keep it in ~/.pgpass, which only you can read.</source>
        <translation>データベースのアドレスにパスワードを書かないでください。パスワードは本人だけが読める ~/.pgpass に保存してください。</translation>
    </message>
    <message>
        <source>A PostgreSQL database is written postgresql://user@host:port/dbname.</source>
        <translation>PostgreSQLのデータベースは postgresql://ユーザー@ホスト:ポート/データベース名 の形で指定します。</translation>
    </message>
    <message>
        <source>The database address must start with sqlite:// or postgresql://, not &apos;%1&apos;.</source>
        <translation>データベースのアドレスは sqlite:// か postgresql:// で始めてください（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>%1 failed: the database %2 cannot be written to (it is read-only).</source>
        <translation>%1ができませんでした。データベース %2 に書き込めません（読み取り専用です）。</translation>
    </message>
    <message>
        <source>%1 failed: the disk that holds the database %2 is full.</source>
        <translation>%1ができませんでした。データベース %2 があるディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>%1 failed: the database %2 stayed busy with another desk for too long.</source>
        <translation>%1ができませんでした。データベース %2 がほかの窓口の処理で長く使用中でした。</translation>
    </message>
    <message>
        <source>%1 failed: the database file %2 is damaged.</source>
        <translation>%1ができませんでした。データベースのファイル %2 が壊れています。</translation>
    </message>
    <message>
        <source>%1 failed: the database server %2 cannot be reached (%3).</source>
        <translation>%1ができませんでした。データベースサーバー %2 に接続できません（%3）。</translation>
    </message>
    <message>
        <source>%1 failed: the database %2 reported: %3</source>
        <translation>%1ができませんでした。データベース %2 からの報告：%3</translation>
    </message>
    <message>
        <source>Preparing the database</source>
        <translation>データベースの準備</translation>
    </message>
    <message>
        <source>Starting to save</source>
        <translation>保存の開始</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The folder %1 for the database cannot be created.</source>
        <translation>データベース用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The database %1 is on a network file system (%2), where SQLite can lose or damage data. Choose a folder on this computer, or use a PostgreSQL server for several desks.</source>
        <translation>データベース %1 はネットワーク上のファイルシステム（%2）にあり、SQLiteではデータが失われたり壊れたりするおそれがあります。このコンピューター内のフォルダーを選ぶか、複数の窓口で使う場合はPostgreSQLサーバーを使ってください。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created: %2</source>
        <translation>データベースのファイル %1 を作成できません：%2</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>データベースを開くこと</translation>
    </message>
    <message>
        <source>The database file %1 is damaged and cannot be used. It has not been changed.</source>
        <translation>データベースのファイル %1 は壊れているため使えません。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <source>Upgrading the database</source>
        <translation>データベースの更新</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of this program (schema %2). Update the program on this desk.</source>
        <translation>データベース %1 は、このプログラムより新しい版で作られています（スキーマ %2）。この窓口のプログラムを更新してください。</translation>
    </message>
    <message>
        <source>Saving the request</source>
        <translation>ご相談の保存</translation>
    </message>
    <message>
        <source>%1 failed: no free reference number was found. Please try again.</source>
        <translation>%1ができませんでした。空いている受付番号が見つかりませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Reading a request</source>
        <translation>ご相談の読み込み</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status a request can have.</source>
        <translation>「%1」はご相談の状態として使えません。</translation>
    </message>
    <message>
        <source>Changing the status</source>
        <translation>状態の変更</translation>
    </message>
    <message>
        <source>%1 failed: the request no longer exists.</source>
        <translation>%1ができませんでした。このご相談はすでにありません。</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>履歴の読み込み</translation>
    </message>
    <message>
        <source>Deleting the request</source>
        <translation>ご相談の削除</translation>
    </message>
    <message>
        <source>Counting requests</source>
        <translation>ご相談の件数の集計</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>ご相談の一覧の読み込み</translation>
    </message>
    <message>
        <source>Saving the staff passphrase</source>
        <translation>スタッフ用パスフレーズの保存</translation>
    </message>
    <message>
        <source>Recording a sign-in attempt</source>
        <translation>ログインの試行の記録</translation>
    </message>
    <message>
        <source>The damaged database %1 could not be moved aside to %2.</source>
        <translation>壊れたデータベース %1 を %2 へ退避できませんでした。</translation>
    </message>
    <message>
        <source>Searching the requests</source>
        <translation>ご相談の検索</translation>
    </message>
    <message>
        <source>Deleting closed requests past their keeping time</source>
        <translation>保存期間を過ぎた完了済みのご相談の削除</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>監査記録の読み込み</translation>
    </message>
    <message>
        <source>Backing up the requests</source>
        <translation>ご相談のバックアップ</translation>
    </message>
    <message>
        <source>The requests are kept on a PostgreSQL server: back them up on the server with pg_dump. This program backs up only its own SQLite file.</source>
        <translation>ご相談はPostgreSQLサーバーに保存されています。バックアップはサーバー側で pg_dump を使って作成してください。このプログラムでバックアップできるのは、このプログラム用のSQLiteファイルだけです。</translation>
    </message>
    <message>
        <source>%1 failed: the SQLite library of this program does not match the one the database driver uses.</source>
        <translation>%1ができませんでした。このプログラムのSQLiteライブラリーが、データベースのドライバーが使っているものと一致しません。</translation>
    </message>
    <message>
        <source>%1 failed: %2 cannot be written: %3</source>
        <translation>%1ができませんでした。%2 に書き込めません：%3</translation>
    </message>
    <message>
        <source>%1 failed: %2 could not be written (%3).</source>
        <translation>%1ができませんでした。%2 を書き込めませんでした（%3）。</translation>
    </message>
    <message>
        <source>Restoring the requests</source>
        <translation>ご相談の復元</translation>
    </message>
    <message>
        <source>The requests are kept on a PostgreSQL server: restore them on the server from a pg_dump file. This program restores only its own SQLite file.</source>
        <translation>ご相談はPostgreSQLサーバーに保存されています。復元はサーバー側で pg_dump のファイルから行ってください。このプログラムで復元できるのは、このプログラム用のSQLiteファイルだけです。</translation>
    </message>
    <message>
        <source>%1 is not a requests database of this program. Nothing was restored.</source>
        <translation>%1 は、このプログラムのご相談のデータベースではありません。何も復元していません。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged. Nothing was restored.</source>
        <translation>バックアップ %1 は壊れています。何も復元していません。</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of this program (schema %2). Update the program on this desk first. Nothing was restored.</source>
        <translation>バックアップ %1 は、このプログラムより新しい版で作られています（スキーマ %2）。先にこの窓口のプログラムを更新してください。何も復元していません。</translation>
    </message>
    <message>
        <source>The option &apos;%1&apos; in the database address cannot contain &apos;;&apos; or control characters.</source>
        <translation>データベースのアドレスのオプション「%1」には「;」や制御文字を含められません。</translation>
    </message>
    <message>
        <source>The option sslmode in the database address must be one of %1.</source>
        <translation>データベースのアドレスの sslmode は %1 のいずれかにしてください。</translation>
    </message>
    <message>
        <source>The option connect_timeout in the database address must be a number of seconds from 1 to 3600.</source>
        <translation>データベースのアドレスの connect_timeout は 1 から 3600 までの秒数で指定してください。</translation>
    </message>
    <message>
        <source>The option &apos;%1&apos; in the database address needs a file name.</source>
        <translation>データベースのアドレスのオプション「%1」にはファイル名が必要です。</translation>
    </message>
    <message>
        <source>The option application_name in the database address can have at most 63 characters.</source>
        <translation>データベースのアドレスの application_name は 63 文字までです。</translation>
    </message>
    <message>
        <source>A database address cannot contain &apos;#&apos;.</source>
        <translation>データベースのアドレスに「#」は使えません。</translation>
    </message>
    <message>
        <source>A SQLite database address takes no options, and &apos;%1&apos; is unknown.</source>
        <translation>SQLite データベースのアドレスにはオプションを付けられません（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>The database address has an unknown option &apos;%1&apos;. The options it can have are %2.</source>
        <translation>データベースのアドレスに不明なオプション「%1」があります。使えるオプションは %2 です。</translation>
    </message>
    <message>
        <source>The option &apos;%1&apos; is given twice in the database address.</source>
        <translation>データベースのアドレスでオプション「%1」が2回指定されています。</translation>
    </message>
    <message>
        <source>%1 failed: the database server %2 does not offer an encrypted connection (SSL), but the address requires one (sslmode=%3).</source>
        <translation>%1ができませんでした。データベースサーバー %2 は暗号化された接続（SSL）に対応していませんが、アドレスでは暗号化が必須になっています（sslmode=%3）。</translation>
    </message>
    <message>
        <source>%1 failed: the encrypted connection to the database server %2 could not be checked (%3).</source>
        <translation>%1ができませんでした。データベースサーバー %2 との暗号化された接続を確認できませんでした（%3）。</translation>
    </message>
    <message>
        <source>%1 failed: the database server %2 answered, but it has no database named %3.</source>
        <translation>%1ができませんでした。データベースサーバー %2 は応答しましたが、%3 という名前のデータベースはありません。</translation>
    </message>
    <message>
        <source>%1 failed: the database server %2 answered, but the user name in the address is not a role on it.</source>
        <translation>%1ができませんでした。データベースサーバー %2 は応答しましたが、アドレスのユーザー名はこのサーバーのロールにありません。</translation>
    </message>
    <message>
        <source>%1 failed: the database server %2 answered, but did not let this desk sign in (%3).</source>
        <translation>%1ができませんでした。データベースサーバー %2 は応答しましたが、この窓口のログインを認めませんでした（%3）。</translation>
    </message>
    <message>
        <source>The database %1 is a link to %2, which does not exist. Correct the link or the database setting.</source>
        <translation>データベース %1 は %2 へのリンクですが、リンク先がありません。リンクかデータベースの設定を直してください。</translation>
    </message>
    <message>
        <source>%1 is a folder or a device, not a file: it cannot hold the requests. Choose a file name.</source>
        <translation>%1 はファイルではなくフォルダーまたはデバイスのため、ご相談を保存できません。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>%1 is not a requests database: it is not a database file at all. It has not been changed; choose another file.</source>
        <translation>%1 はご相談のデータベースではありません（データベースのファイルではありません）。ファイルには手を加えていません。別のファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1 is not a requests database: it is another program&apos;s database. It has not been changed; choose another file.</source>
        <translation>%1 はご相談のデータベースではありません（ほかのプログラムのデータベースです）。ファイルには手を加えていません。別のファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1 failed: the text contains a NUL character (U+0000), which cannot be stored. Remove it and send again.</source>
        <translation>%1ができませんでした。文章に保存できない NUL 文字（U+0000）が含まれています。取り除いてから、もう一度送ってください。</translation>
    </message>
    <message>
        <source>%1 is not a requests database, so it was not moved. It has not been changed.</source>
        <translation>%1 はご相談のデータベースではないため、移動しませんでした。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <source>%1 failed: %2: %3</source>
        <translation>%1に失敗しました：%2：%3</translation>
    </message>
    <message>
        <source>The database role this program signs in as may not use the database %1 (it lacks SELECT on schema_version). Ask the clinic&apos;s IT to grant it the role als_desk (a desk) or als_staff (the staff inbox). After an update of this program, the owner must first upgrade the database once with --migrate-only.</source>
        <translation>このプログラムが接続に使っているデータベースのロールは、データベース %1 を使えません（schema_version の SELECT 権限がありません）。医院の IT 担当者に、ロール als_desk（受付の端末）または als_staff（スタッフの受信箱）を付けてもらってください。プログラムを更新したあとは、先に所有者が --migrate-only 付きで一度データベースを更新する必要があります。</translation>
    </message>
    <message>
        <source>The database %1 has schema %2 and must be upgraded to schema %3 by the role that owns its tables. Ask the clinic&apos;s IT to run this program once as that role with --migrate-only.</source>
        <translation>データベース %1 はスキーマ %2 です。スキーマ %3 への更新は、表を所有するロールでなければできません。医院の IT 担当者に、そのロールでこのプログラムを --migrate-only 付きで一度実行してもらってください。</translation>
    </message>
    <message>
        <source>The database %1 has no requests tables yet, and the role this program signs in as may not make them. Ask the clinic&apos;s IT to run this program once as the owner with --migrate-only.</source>
        <translation>データベース %1 にはまだ相談の表がなく、このプログラムが接続に使っているロールでは作れません。医院の IT 担当者に、所有者としてこのプログラムを --migrate-only 付きで一度実行してもらってください。</translation>
    </message>
    <message>
        <source>The database %1 is at schema %2, the one this version uses.</source>
        <translation>データベース %1 はスキーマ %2 で、この版が使うものと同じです。</translation>
    </message>
    <message>
        <source>The role signed in as does not own the tables, so no rights were given: run this as a member of als_owner.</source>
        <translation>接続したロールは表を所有していないため、権限は与えられませんでした。als_owner のメンバーとして実行してください。</translation>
    </message>
    <message>
        <source>The roles als_desk and als_staff have what a desk and the staff inbox need, and no more.</source>
        <translation>ロール als_desk と als_staff には、受付の端末とスタッフの受信箱に必要な権限だけが与えられています。</translation>
    </message>
    <message>
        <source>The roles %1 do not exist on this server, so every desk signs in with more than it needs. The README shows the lines that make them.</source>
        <translation>このサーバーにはロール %1 がないため、どの端末も必要以上の権限で接続しています。作り方は README にあります。</translation>
    </message>
    <message>
        <source>%1 failed: the database role this program signs in as is not allowed to do this (%2). Ask the clinic&apos;s IT to grant it the role als_desk (a desk) or als_staff (the staff inbox).</source>
        <translation>%1に失敗しました。このプログラムが接続に使っているデータベースのロールには、この操作が許されていません（%2）。医院の IT 担当者に、ロール als_desk（受付の端末）または als_staff（スタッフの受信箱）を付けてもらってください。</translation>
    </message>
    <message>
        <source>%1 failed: the database server %2 is not answering (the connection is open, but no reply came). Please try again in a moment.</source>
        <translation>%1できませんでした。データベースサーバー %2 が応答していません（接続はありますが、返事がありません）。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database role that this program signs in as may do more than its work needs (%1). Whoever can read this computer&apos;s database settings could do the same. Ask the clinic&apos;s IT to give it only the role als_desk (a desk) or als_staff (the staff inbox).</source>
        <translation>このプログラムが接続に使っているデータベースのロールは、仕事に必要な以上のことができます（%1）。このコンピューターのデータベース設定を読める人は、同じことができてしまいます。医院の IT 担当者に、ロール als_desk（受付の端末）または als_staff（スタッフの受信箱）だけを付けてもらってください。</translation>
    </message>
    <message>
        <source>The database role that this program signs in as lacks what its work needs (%1). Ask the clinic&apos;s IT to grant it the role als_desk (a desk) or als_staff (the staff inbox), and to start the program once as the owner with --migrate-only.</source>
        <translation>このプログラムが接続に使っているデータベースのロールには、仕事に必要な権限が足りません（%1）。医院の IT 担当者に、ロール als_desk（受付の端末）または als_staff（スタッフの受信箱）を付け、所有者としてプログラムを --migrate-only 付きで一度実行してもらってください。</translation>
    </message>
    <message>
        <source>Reading the staff sign-in record</source>
        <translation>スタッフのサインイン記録の読み込み</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose who is writing: the person with ALS, a family member, or someone else.</source>
        <translation>記入される方を選んでください（ご本人、ご家族、その他）。</translation>
    </message>
    <message>
        <source>Enter a name, so that we know how to address our answer.</source>
        <translation>お返事の宛名に使うお名前を入力してください。</translation>
    </message>
    <message>
        <source>The name is too long: use at most %1 characters.</source>
        <translation>お名前が長すぎます。%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Enter an age between 0 and 120, in whole years (for example 58).</source>
        <translation>年齢を0から120までの数字で入力してください（例：58）。</translation>
    </message>
    <message>
        <source>Choose one of the answers for sex, or &quot;Prefer not to say&quot;.</source>
        <translation>性別の選択肢から選ぶか、「回答しない」を選んでください。</translation>
    </message>
    <message>
        <source>This text is too long: use at most %1 characters (it now has %2).</source>
        <translation>文章が長すぎます。%1文字以内にしてください（現在%2文字）。</translation>
    </message>
    <message>
        <source>Write your question, so that we know what you would like us to answer.</source>
        <translation>お答えする内容がわかるよう、ご質問を書いてください。</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.jp or a phone number, so that we can reply.</source>
        <translation>お返事のため、メールアドレス（例：name@example.jp）か電話番号を入力してください。</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.jp (it needs one @ and a domain).</source>
        <translation>メールアドレスを name@example.jp のような形で入力してください（@とドメインが必要です）。</translation>
    </message>
    <message>
        <source>Enter a phone number like 03-1234-5678 or 090-1234-5678 (10 to 15 digits).</source>
        <translation>電話番号を 03-1234-5678 や 090-1234-5678 のような形で入力してください（数字10〜15桁）。</translation>
    </message>
    <message>
        <source>Tick the box to agree that we keep this information to answer you. Without it we cannot store your request.</source>
        <translation>お答えするためにこの情報を保存することに同意される場合は、チェックを入れてください。同意がない場合、ご相談を保存できません。</translation>
    </message>
    <message>
        <source>Write your question for the doctor, so that there is something to keep.</source>
        <translation>医師に聞きたいことを書いてください。空のままでは保存できません。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <source>The age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>The prefecture</source>
        <translation>お住まいの都道府県</translation>
    </message>
    <message>
        <source>The medical history</source>
        <translation>病歴</translation>
    </message>
    <message>
        <source>The current problem</source>
        <translation>いま困っていること</translation>
    </message>
    <message>
        <source>The answer to &quot;Since when?&quot;</source>
        <translation>「いつごろからですか」への回答</translation>
    </message>
    <message>
        <source>The treatments so far</source>
        <translation>これまでの治療</translation>
    </message>
    <message>
        <source>The current condition</source>
        <translation>現在の状態</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>ご質問</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>%1 contains a broken character (%2, half of a pair that belongs together). Remove it and try again.</source>
        <translation>%1に、壊れた文字（%2、対になるはずの文字の片方だけ）が含まれています。削除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2) that cannot be kept. Remove it and try again.</source>
        <translation>%1に、保存できない制御文字（%2）が含まれています。削除してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>the list has more requests than one worksheet holds (%1); narrow it with the filters</source>
        <translation>ご相談の数が1枚のワークシートの上限（%1件）を超えています。絞り込んでから書き出してください</translation>
    </message>
    <message>
        <source>the spreadsheet file could not be started</source>
        <translation>表計算ファイルを作成できませんでした</translation>
    </message>
    <message>
        <source>the spreadsheet file could not be written (%1)</source>
        <translation>表計算ファイルを書き込めませんでした（%1）</translation>
    </message>
</context>
<context>
    <name>als::CanSayView</name>
    <message>
        <source>Selected study or source (choose a link above)</source>
        <translation>選んだ研究・資料（上のリンクを選んでください）</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Selected study or source</source>
        <translation>選んだ研究・資料</translation>
    </message>
    <message>
        <source>Choose a study or source link in either panel to see here what it is and what it found.</source>
        <translation>どちらかの欄で研究や資料のリンクを選ぶと、その内容がここに表示されます。</translation>
    </message>
</context>
<context>
    <name>als::ClinicProfileDialog</name>
    <message>
        <source>Enter the clinic&apos;s name: visitors read it as who receives their request.</source>
        <translation>施設の名前を入れてください。相談の届け先として表示されます。</translation>
    </message>
    <message>
        <source>Enter an email address like soudan@example.jp (one @ and a domain).</source>
        <translation>soudan@example.jp のようなメールアドレスを入れてください（@とドメインが必要です）。</translation>
    </message>
    <message>
        <source>Enter a telephone number like 03-1234-5678 (digits, spaces and - only).</source>
        <translation>03-1234-5678 のような電話番号を入れてください（数字、空白、- だけ）。</translation>
    </message>
    <message>
        <source>(No clinic: on this computer the form keeps the reader&apos;s own questions, and nobody receives them.)</source>
        <translation>（施設なし：このパソコンでは、フォームは自分用の質問メモになり、だれにも届きません。）</translation>
    </message>
    <message>
        <source>Clinic profile</source>
        <translation>施設の情報</translation>
    </message>
    <message>
        <source>Visitors read these details above the form, on their receipt and on handouts. Leave the name empty on a home computer: then nobody receives what is typed.</source>
        <translation>ここに入れた内容は、フォームの上、受付票、配布資料にのります。家庭のパソコンでは名前を空にしてください。その場合、書いた内容はだれにも届きません。</translation>
    </message>
    <message>
        <source>Some of these details are set by your clinic&apos;s IT for every account of this computer. What you save here applies to this account only.</source>
        <translation>一部の項目は、施設のIT担当がこのパソコンの全アカウント用に設定しています。ここで保存した内容は、このアカウントだけに使われます。</translation>
    </message>
    <message>
        <source>Clinic or service &amp;name</source>
        <translation>施設・窓口の名前(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>電話番号(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>メールアドレス(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>住所(&amp;A)</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>受付時間(&amp;H)</translation>
    </message>
    <message>
        <source>How requests are ans&amp;wered (for example: by phone or email)</source>
        <translation>お返事の方法(&amp;W)（例：電話かメール）</translation>
    </message>
    <message>
        <source>Within how &amp;long (for example: within 3 working days)</source>
        <translation>お返事までの期間(&amp;L)（例：3営業日以内）</translation>
    </message>
    <message>
        <source>&amp;Privacy contact: who to ask about the personal data kept</source>
        <translation>個人情報の問い合わせ先(&amp;P)</translation>
    </message>
    <message>
        <source>Visitors will read:</source>
        <translation>相談される方には、こう表示されます：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>als::ConsultationView</name>
    <message>
        <source>Clear the form</source>
        <translation>フォームを消去</translation>
    </message>
    <message>
        <source>Remove everything typed in this form?</source>
        <translation>このフォームに入力した内容をすべて消去しますか？</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>（必須）</translation>
    </message>
    <message>
        <source>Fields marked %1 must be filled in. Everything else is optional.</source>
        <translation>%1の項目は必ず入力してください。ほかの項目は任意です。</translation>
    </message>
    <message>
        <source>The person with ALS</source>
        <translation>ご本人（ALSの方）</translation>
    </message>
    <message>
        <source>A family member</source>
        <translation>ご家族</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>その他の方</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>記入される方</translation>
    </message>
    <message>
        <source>&amp;Name %1</source>
        <translation>お名前(&amp;N) %1</translation>
    </message>
    <message>
        <source>&amp;Age of the person with ALS %1</source>
        <translation>ALSの方の年齢(&amp;A) %1</translation>
    </message>
    <message>
        <source>Se&amp;x of the person with ALS</source>
        <translation>ALSの方の性別(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Place of residence (prefecture)</source>
        <translation>お住まいの都道府県(&amp;P)</translation>
    </message>
    <message>
        <source>Current &amp;condition (walking, eating, breathing, speaking)</source>
        <translation>現在の状態(&amp;C)（歩く、食べる、呼吸、話すなど）</translation>
    </message>
    <message>
        <source>Your &amp;question %1</source>
        <translation>ご質問(&amp;Q) %1</translation>
    </message>
    <message>
        <source>&amp;Email address (email or phone is required)</source>
        <translation>メールアドレス(&amp;E)（メールか電話のどちらかは必須）</translation>
    </message>
    <message>
        <source>We keep this health information only to answer you, on this clinic&apos;s computer, where only our staff can read it. You can ask us to delete it at any time.</source>
        <translation>この健康に関する情報は、お答えするためだけに、当院のコンピューターに保存します。読めるのは当院のスタッフだけです。いつでも削除をお申し出いただけます。</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（選んでください）</translation>
    </message>
    <message>
        <source>C&amp;lear the form</source>
        <translation>フォームを消去(&amp;L)</translation>
    </message>
    <message>
        <source>Keep the damaged file aside and start a new database (staff)</source>
        <translation>壊れたファイルを退避して新しいデータベースを始める（スタッフ用）</translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation>受付票を印刷(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Done: clear the screen</source>
        <translation>終了して画面を消去(&amp;D)</translation>
    </message>
    <message>
        <source>About this form</source>
        <translation>このフォームについて</translation>
    </message>
    <message>
        <source>Problem saving the request</source>
        <translation>ご相談の保存で問題が起きました</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受付票</translation>
    </message>
    <message>
        <source>Nothing you typed has been lost: it is still in the form. Please tell a member of staff.</source>
        <translation>入力した内容は失われていません。フォームに残っています。スタッフにお知らせください。</translation>
    </message>
    <message>
        <source>No database is set up for requests on this desk.</source>
        <translation>この窓口には、ご相談を保存するデータベースが設定されていません。</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>新しいデータベースを始める</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. It will be renamed and kept next to itself, never overwritten, and a new, empty database will be started. Continue?</source>
        <translation>データベースのファイル %1 が壊れています。このファイルは名前を変えて同じ場所に残し（上書きはしません）、新しい空のデータベースを始めます。続けますか？</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1. A new database is ready: please send the request again.</source>
        <translation>壊れたファイルは %1 として残しました。新しいデータベースの準備ができました。もう一度送信してください。</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>受付票 %1</translation>
    </message>
    <message>
        <source>Consultation request form</source>
        <translation>ご相談フォーム</translation>
    </message>
    <message>
        <source>The request could not be saved because of a problem with this desk&apos;s database.</source>
        <translation>この窓口のデータベースに問題があるため、ご相談を保存できませんでした。</translation>
    </message>
    <message>
        <source>I agree that my request, including the health information in it, is stored to answer me.</source>
        <translation>健康に関する情報を含むこのご相談を、お返事のために保存することに同意します。</translation>
    </message>
    <message>
        <source>Receipt: your reference number is %1</source>
        <translation>受付票：受付番号は %1 です</translation>
    </message>
    <message>
        <source>Questions about your personal data: %1</source>
        <translation>個人情報についてのお問い合わせ：%1</translation>
    </message>
    <message>
        <source>Your request goes to the staff at this desk.</source>
        <translation>この相談は、この窓口のスタッフに届きます。</translation>
    </message>
    <message>
        <source>What you type here is kept only on this computer.</source>
        <translation>ここに書いたことは、このパソコンの中だけに残ります。</translation>
    </message>
    <message>
        <source>It is not sent to anyone, and nobody will answer it. Print it, or save it as a PDF, and take it to your doctor.</source>
        <translation>だれにも送られず、お返事もありません。印刷するかPDFにして、医師に見せてください。</translation>
    </message>
    <message>
        <source>Who receives this</source>
        <translation>この内容が届く先</translation>
    </message>
    <message>
        <source>My questions for the doctor</source>
        <translation>医師に聞きたいこと</translation>
    </message>
    <message>
        <source>Write down what you want to ask your doctor, so that nothing is forgotten at the next visit.</source>
        <translation>次の診察で聞きたいことを、忘れないように書いておきましょう。</translation>
    </message>
    <message>
        <source>Only the question is needed. Add the rest if it helps your doctor.</source>
        <translation>必要なのは質問だけです。ほかの欄は、医師の役に立ちそうなら書いてください。</translation>
    </message>
    <message>
        <source>Your questions are listed below the form, newest first. You can print them, save them as a PDF or delete them.</source>
        <translation>保存した質問は、この下に新しい順に並びます。印刷、PDFでの保存、削除ができます。</translation>
    </message>
    <message>
        <source>If your health changes suddenly, do not wait for your next visit: contact your hospital or clinic straight away.</source>
        <translation>急に体の具合が変わったら、次の診察を待たずに、すぐ病院や診療所に連絡してください。</translation>
    </message>
    <message>
        <source>&amp;Who is writing? %1</source>
        <translation>記入される方(&amp;W) %1</translation>
    </message>
    <message>
        <source>&amp;Medical history (illnesses, when ALS was diagnosed)</source>
        <translation>病歴(&amp;M)（これまでの病気、ALSと診断された時期など）</translation>
    </message>
    <message>
        <source>The current p&amp;roblem</source>
        <translation>いま困っていること(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ince when?</source>
        <translation>いつごろからですか(&amp;I)</translation>
    </message>
    <message>
        <source>Treatments s&amp;o far, and what they did</source>
        <translation>これまでの治療とその効果(&amp;O)</translation>
    </message>
    <message>
        <source>My &amp;question for the doctor %1</source>
        <translation>医師に聞きたいこと(&amp;Q) %1</translation>
    </message>
    <message>
        <source>Phone n&amp;umber (email or phone is required)</source>
        <translation>電話番号(&amp;U)（メールか電話のどちらかは必須）</translation>
    </message>
    <message>
        <source>%1 keeps this health information only to answer you, where only their staff can read it. You can ask them to delete it at any time.</source>
        <translation>この健康の情報は、お返事のためだけに%1が保管します。読めるのはそのスタッフだけです。いつでも消すよう頼めます。</translation>
    </message>
    <message>
        <source>&amp;Yes, I agree %1</source>
        <translation>はい、同意します(&amp;Y) %1</translation>
    </message>
    <message>
        <source>&amp;Keep this question</source>
        <translation>この質問を保存(&amp;K)</translation>
    </message>
    <message>
        <source>Sen&amp;d the request</source>
        <translation>ご相談を送信(&amp;D)</translation>
    </message>
    <message>
        <source>Your saved q&amp;uestions, newest first</source>
        <translation>保存した質問（新しい順）(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDFで保存(&amp;D)…</translation>
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation>削除(&amp;E)…</translation>
    </message>
    <message>
        <source>Your saved questions</source>
        <translation>保存した質問</translation>
    </message>
    <message>
        <source>Print the chosen question</source>
        <translation>選んだ質問を印刷</translation>
    </message>
    <message>
        <source>Save the chosen question as a PDF</source>
        <translation>選んだ質問をPDFで保存</translation>
    </message>
    <message>
        <source>Delete the chosen question</source>
        <translation>選んだ質問を削除</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix:</source>
        <translation>
            <numerusform>直すところが%nか所あります：</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>その欄へ移動</translation>
    </message>
    <message>
        <source>Kept on this computer: %1. It is at the top of the list below.</source>
        <translation>このパソコンに保存しました（%1）。下の一覧のいちばん上にあります。</translation>
    </message>
    <message>
        <source>No questions kept yet.</source>
        <translation>保存した質問は、まだありません。</translation>
    </message>
    <message>
        <source>my-question</source>
        <translation>my-question</translation>
    </message>
    <message>
        <source>Save the question as a PDF</source>
        <translation>質問をPDFで保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました：%1</translation>
    </message>
    <message>
        <source>The question could not be saved to %1: %2</source>
        <translation>質問を%1に保存できませんでした：%2</translation>
    </message>
    <message>
        <source>Delete the question</source>
        <translation>質問の削除</translation>
    </message>
    <message>
        <source>Delete this question from this computer? It cannot be brought back.

%1</source>
        <translation>この質問をこのパソコンから削除しますか？元には戻せません。

%1</translation>
    </message>
    <message>
        <source>The question was deleted.</source>
        <translation>質問を削除しました。</translation>
    </message>
    <message>
        <source>Keeping the question…</source>
        <translation>質問を保存しています…</translation>
    </message>
    <message>
        <source>Saving the request…</source>
        <translation>ご相談を保存しています…</translation>
    </message>
</context>
<context>
    <name>als::ContentsPanel</name>
    <message>
        <source>You are here</source>
        <translation>現在地</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>The sections of the guide and their headings. Enter opens the place; Right and Left open and close a section.</source>
        <translation>ガイドの章と見出しです。Enterでその場所を開きます。右と左の矢印で、章を開いたり閉じたりします。</translation>
    </message>
</context>
<context>
    <name>als::DeskMode</name>
    <message>
        <source>Continue: I am still here</source>
        <translation>続ける（まだ使っています）</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? To protect your privacy, this screen will be cleared in %n second(s), including anything typed in the form.</source>
        <translation>
            <numerusform>まだお使いですか？ プライバシーを守るため、あと%n秒でこの画面を消去します。フォームに入力した内容も消えます。</numerusform>
        </translation>
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
    <name>als::EvidenceView</name>
    <message>
        <source>Hide the evidence ladder</source>
        <translation>エビデンスの階段を隠す</translation>
    </message>
    <message>
        <source>Show the evidence ladder</source>
        <translation>エビデンスの階段を表示</translation>
    </message>
</context>
<context>
    <name>als::HandoutDialog</name>
    <message>
        <source>Save the handout as PDF</source>
        <translation>配布資料をPDFで保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The handout could not be saved to %1: %2</source>
        <translation>配布資料を %1 に保存できませんでした：%2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました：%1</translation>
    </message>
    <message>
        <source>Print or save a handout</source>
        <translation>配布資料の印刷・保存</translation>
    </message>
    <message>
        <source>Sections to include, in the guide&apos;s order:</source>
        <translation>含める章（ガイドの順に並びます）：</translation>
    </message>
    <message>
        <source>&amp;Language of the handout:</source>
        <translation>資料の言語(&amp;L)：</translation>
    </message>
    <message>
        <source>L&amp;arge print</source>
        <translation>大きな文字(&amp;A)</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>用紙(&amp;R)：</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDFで保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Every page names %1 as the place to ask.</source>
        <translation>どのページにも、お問い合わせ先として%1がのります。</translation>
    </message>
</context>
<context>
    <name>als::InboxWindow</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests — staff inbox</source>
        <translation>ご相談一覧（スタッフ用）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Show requests with status</source>
        <translation>表示する状態</translation>
    </message>
    <message>
        <source>Received from this date</source>
        <translation>この日以降の受付</translation>
    </message>
    <message>
        <source>Received up to this date</source>
        <translation>この日までの受付</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
    <message>
        <source>Search the requests</source>
        <translation>ご相談を検索</translation>
    </message>
    <message>
        <source>Requests, newest first</source>
        <translation>ご相談（新しい順）</translation>
    </message>
    <message>
        <source>The selected request</source>
        <translation>選んだご相談</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Record the status</source>
        <translation>状態を記録(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print this request</source>
        <translation>このご相談を印刷(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete this request…</source>
        <translation>このご相談を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Choose a request in the list to read it here.</source>
        <translation>一覧からご相談を選ぶと、ここに内容が表示されます。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Who wrote</source>
        <translation>記入者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>病歴</translation>
    </message>
    <message>
        <source>Current problem</source>
        <translation>いま困っていること</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>時期</translation>
    </message>
    <message>
        <source>Treatments so far</source>
        <translation>これまでの治療</translation>
    </message>
    <message>
        <source>Current condition</source>
        <translation>現在の状態</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>ご質問</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Delete the request</source>
        <translation>ご相談の削除</translation>
    </message>
    <message>
        <source>Delete request %1 and its history for good? This cannot be undone.</source>
        <translation>ご相談 %1 とその履歴を完全に削除しますか？ 元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>The list could not be saved to %1: %2</source>
        <translation>一覧を %1 に保存できませんでした：%2</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状態(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了日(&amp;T)</translation>
    </message>
    <message>
        <source>Set stat&amp;us:</source>
        <translation>状態を変更(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>一覧を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>As an Excel workbook (.xlsx), which a spreadsheet opens exactly as stored, or as CSV</source>
        <translation>Excelブック（.xlsx：表計算ソフトで保存したとおりに開けます）またはCSVで書き出します</translation>
    </message>
    <message>
        <source>Keeping and &amp;backup…</source>
        <translation>保存期間とバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation>今すぐロック(&amp;K)</translation>
    </message>
    <message>
        <source>Hide the requests until the staff passphrase is given again</source>
        <translation>スタッフ用パスフレーズをもう一度入力するまで、ご相談を表示しません</translation>
    </message>
    <message>
        <source>The inbox is locked</source>
        <translation>ご相談一覧はロックされています</translation>
    </message>
    <message>
        <source>It locks itself when it is closed or left without use for a while, so that nobody passing by sees the requests. Unlock it with the staff passphrase.</source>
        <translation>閉じたときや、しばらく操作がないときは、通りがかった人にご相談が見えないよう自動的にロックされます。スタッフ用パスフレーズでロックを解除してください。</translation>
    </message>
    <message>
        <source>Un&amp;lock…</source>
        <translation>ロックを解除(&amp;L)…</translation>
    </message>
    <message>
        <source>Closed requests past the keeping period could not be deleted: %1</source>
        <translation>保存期間を過ぎた完了済みのご相談を削除できませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n closed request(s) deleted after the keeping period.</source>
        <translation>
            <numerusform>保存期間を過ぎた完了済みのご相談を%n件削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>the inbox is locked</source>
        <translation>ご相談一覧がロックされています</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>一覧の書き出し</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excelブック (*.xlsx);;CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 はすでにあります。置き換えますか？</translation>
    </message>
    <message>
        <source>Keeping and backup</source>
        <translation>保存期間とバックアップ</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>&amp;Lock the inbox after (minutes without use):</source>
        <translation>操作がないときにロックするまでの時間（分）(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Keep closed requests for (months):</source>
        <translation>完了済みのご相談の保存期間（か月）(&amp;K)：</translation>
    </message>
    <message>
        <source>Closed requests older than this are deleted when the inbox is unlocked; each deletion is written to the audit trail. &quot;No limit&quot; keeps them all.</source>
        <translation>これより古い完了済みのご相談は、ご相談一覧のロックを解除したときに削除され、削除するたびに監査記録に残ります。「無期限」にするとすべて保存します。</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>今すぐバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Use pg_dump on the server (see README).</source>
        <translation>バックアップはサーバーで pg_dump を使って行ってください（README を参照）。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&amp;Audit trail, newest first:</source>
        <translation>監査記録（新しい順）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Deleted by staff</source>
        <translation>スタッフが削除</translation>
    </message>
    <message>
        <source>Deleted after the keeping period</source>
        <translation>保存期間の経過により削除</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Back up the requests</source>
        <translation>ご相談のバックアップ</translation>
    </message>
    <message>
        <source>Request backups (*.db)</source>
        <translation>ご相談のバックアップ (*.db)</translation>
    </message>
    <message>
        <source>The requests could not be backed up to %1: %2</source>
        <translation>ご相談を %1 にバックアップできませんでした：%2</translation>
    </message>
    <message>
        <source>The requests were backed up to %1. Keep that file where only staff can reach it: it holds health information.</source>
        <translation>ご相談を %1 にバックアップしました。健康に関する情報が含まれるため、スタッフだけが扱える場所に保管してください。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>バックアップからの復元</translation>
    </message>
    <message>
        <source>Request backups (*.db);;All files (*)</source>
        <translation>ご相談のバックアップ (*.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Replace every request in the inbox with the requests in %1? The requests here now, including any received since that backup was made, will be gone.</source>
        <translation>ご相談一覧のすべてのご相談を %1 の内容に置き換えますか？ 現在のご相談は、そのバックアップの後に受け付けたものも含めて、すべて失われます。</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored: %2</source>
        <translation>バックアップ %1 を復元できませんでした：%2</translation>
    </message>
    <message>
        <source>The requests were restored from %1.</source>
        <translation>%1 からご相談を復元しました。</translation>
    </message>
    <message>
        <source>More than %1 requests</source>
        <translation>%1件を超えるご相談</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2</source>
        <translation>書き出し中… %2件中%1件</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Database rights</source>
        <translation>データベースの権限</translation>
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
    <message>
        <source>Desk mode</source>
        <translation>窓口モード</translation>
    </message>
    <message>
        <source>Minutes without input before the screen is cleared (0 turns the clearing off):</source>
        <translation>操作がないとき、画面を消去するまでの分数（0で消去しません）：</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>スタッフ(&amp;T)</translation>
    </message>
    <message>
        <source>Open the &amp;inbox…</source>
        <translation>ご相談一覧を開く(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Time before the desk clears…</source>
        <translation>画面消去までの時間(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Print or save a handout…</source>
        <translation>配布資料を印刷・保存(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>ハイコントラスト(&amp;H)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目次(&amp;C)</translation>
    </message>
    <message>
        <source>Go to the &amp;contents</source>
        <translation>目次へ移動(&amp;C)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>Show or hide the contents (F6 goes there)</source>
        <translation>目次を表示する・隠す（F6で目次へ移動）</translation>
    </message>
    <message>
        <source>A− Smaller</source>
        <translation>A− 小さく</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>文字を小さく（Ctrl+-）</translation>
    </message>
    <message>
        <source>A+ Larger</source>
        <translation>A+ 大きく</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>文字を大きく（Ctrl++）</translation>
    </message>
    <message>
        <source>Show the guide in Japanese</source>
        <translation>ガイドを日本語で表示</translation>
    </message>
    <message>
        <source>Show the guide in English</source>
        <translation>ガイドを英語で表示</translation>
    </message>
    <message>
        <source>Desk mode has not started: a staff passphrase must be set first, so that only staff can leave it. The guide stays in normal use.</source>
        <translation>窓口モードは開始していません。窓口モードを終了できるのがスタッフだけになるよう、先にスタッフ用パスフレーズを設定する必要があります。ガイドは通常どおりお使いいただけます。</translation>
    </message>
    <message>
        <source>The address of this source: %1</source>
        <translation>この資料のアドレス：%1</translation>
    </message>
    <message>
        <source>&amp;Clinic profile…</source>
        <translation>クリニックの情報(&amp;C)…</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>スタッフ用…</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>最初の画面へ</translation>
    </message>
    <message>
        <source>Back to the first screen. Anything typed in the form is cleared.</source>
        <translation>最初の画面に戻ります。フォームに書いた内容は消えます。</translation>
    </message>
    <message>
        <source>My questions for the doctor</source>
        <translation>医師に聞きたいこと</translation>
    </message>
    <message>
        <source>Going back to the first screen clears what you have typed in the form. Go back?</source>
        <translation>最初の画面に戻ると、フォームに書いた内容は消えます。戻りますか？</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>スタッフ用</translation>
    </message>
    <message>
        <source>&amp;Leave desk mode</source>
        <translation>窓口モードを終了(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Database rights</source>
        <translation>データベースの権限</translation>
    </message>
</context>
<context>
    <name>als::QtSpeechEngine</name>
    <message>
        <source>Reading aloud needs speech-dispatcher, which is not working on this computer. The clinic&apos;s IT can install the packages speech-dispatcher, speech-dispatcher-espeak-ng and qt6-speech-speechd-plugin.</source>
        <translation>読み上げには speech-dispatcher が必要ですが、このパソコンでは動いていません。医療機関の IT 担当の方に、speech-dispatcher、speech-dispatcher-espeak-ng、qt6-speech-speechd-plugin のパッケージを入れてもらえます。</translation>
    </message>
    <message>
        <source>No Japanese voice is installed on this computer, so Japanese cannot be read aloud. The clinic&apos;s IT can install Open JTalk (the packages open-jtalk and open-jtalk-mecab-naist-jdic) and a Japanese voice file (hts-voice-nitech-jp-atr503-m001).</source>
        <translation>このパソコンには日本語の音声が入っていないため、日本語を読み上げられません。医療機関の IT 担当の方に、Open JTalk（open-jtalk と open-jtalk-mecab-naist-jdic のパッケージ）と日本語の音声ファイル（hts-voice-nitech-jp-atr503-m001）を入れてもらえます。</translation>
    </message>
    <message>
        <source>A Japanese voice file is installed, but Open JTalk is not set up for speech-dispatcher. The clinic&apos;s IT can install the packages open-jtalk and open-jtalk-mecab-naist-jdic and this guide&apos;s package, then restart speech-dispatcher.</source>
        <translation>日本語の音声ファイルはありますが、Open JTalk が speech-dispatcher で使えるようになっていません。医療機関の IT 担当の方に、open-jtalk と open-jtalk-mecab-naist-jdic、このガイドのパッケージを入れて、speech-dispatcher を再起動してもらえます。</translation>
    </message>
    <message>
        <source>No English voice is installed on this computer. The clinic&apos;s IT can install the package speech-dispatcher-espeak-ng.</source>
        <translation>このパソコンには英語の音声が入っていません。医療機関の IT 担当の方に、speech-dispatcher-espeak-ng のパッケージを入れてもらえます。</translation>
    </message>
    <message>
        <source>The voice stopped with an error.</source>
        <translation>音声がエラーで止まりました。</translation>
    </message>
</context>
<context>
    <name>als::ReadAloud</name>
    <message>
        <source>There is nothing to read aloud here.</source>
        <translation>ここには読み上げる文章がありません。</translation>
    </message>
    <message>
        <source>&amp;Read aloud / pause</source>
        <translation>読み上げ／一時停止(&amp;R)</translation>
    </message>
</context>
<context>
    <name>als::ReadAloudBar</name>
    <message>
        <source>Read aloud</source>
        <translation>読み上げ</translation>
    </message>
    <message>
        <source>Starting the voice…</source>
        <translation>音声を準備しています…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>続きを読む</translation>
    </message>
    <message>
        <source>Reads this page aloud from where you are (Ctrl+Shift+R)</source>
        <translation>このページを、いま表示しているところから読み上げます（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>読み上げをやめる</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速さ：</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>読み上げの速さ</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>とてもゆっくり</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>ゆっくり</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>ふつう</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>やや速く</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>速く</translation>
    </message>
</context>
<context>
    <name>als::RequestListModel</name>
    <message>
        <source>Reference</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Who wrote</source>
        <translation>記入者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>ご質問</translation>
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
<context>
    <name>als::StaffGate</name>
    <message>
        <source>Staff only</source>
        <translation>スタッフ専用</translation>
    </message>
    <message>
        <source>No database is set up on this desk.</source>
        <translation>この窓口にはデータベースが設定されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>
            <numerusform>パスフレーズの誤りが続いています。%n秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff passphrase:</source>
        <translation>スタッフ用パスフレーズ：</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not right. You can try again in %n second(s).</source>
        <translation>
            <numerusform>パスフレーズが違います。%n秒後にもう一度お試しいただけます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the staff passphrase</source>
        <translation>スタッフ用パスフレーズの設定</translation>
    </message>
    <message>
        <source>No staff passphrase is set yet. Choose one of at least %1 characters. Only staff should know it: it opens the requests, which hold health information.</source>
        <translation>スタッフ用パスフレーズがまだ設定されていません。%1文字以上で決めてください。健康に関する情報を含むご相談を開くためのものなので、スタッフだけが知るようにしてください。</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>パスフレーズは%1文字以上にしてください。</translation>
    </message>
    <message>
        <source>Type the same passphrase again:</source>
        <translation>確認のため、同じパスフレーズをもう一度入力してください：</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was set: please start again.</source>
        <translation>2つのパスフレーズが一致しません。設定は行われていません。最初からやり直してください。</translation>
    </message>
    <message>
        <source>The passphrase could not be protected.</source>
        <translation>パスフレーズを保護できませんでした。</translation>
    </message>
    <message>
        <source>No staff passphrase is set yet, and it cannot be set at a desk in desk mode. Start the program without --kiosk and set it from Staff, Open the inbox.</source>
        <translation>スタッフ用パスフレーズがまだ設定されていません。窓口モードでは設定できません。--kiosk を付けずにプログラムを起動し、「スタッフ」→「ご相談一覧を開く」から設定してください。</translation>
    </message>
    <message>
        <source>The staff passphrase is already being checked.</source>
        <translation>スタッフのパスフレーズを確認しているところです。</translation>
    </message>
    <message>
        <source>The staff passphrase could not be checked.</source>
        <translation>スタッフのパスフレーズを確認できませんでした。</translation>
    </message>
</context>
<context>
    <name>als::StartScreen</name>
    <message>
        <source>Start</source>
        <translation>最初の画面</translation>
    </message>
    <message>
        <source>ALS Evidence Guide</source>
        <translation>ALSエビデンスガイド</translation>
    </message>
    <message>
        <source>Welcome. What would you like to do?</source>
        <translation>ようこそ。どちらになさいますか。</translation>
    </message>
    <message>
        <source>Read the guide</source>
        <translation>ガイドを読む</translation>
    </message>
    <message>
        <source>What is known about ALS and its treatments, in plain words.</source>
        <translation>ALSとその治療について、わかっていることをやさしい言葉で読めます。</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>質問・相談をする</translation>
    </message>
    <message>
        <source>Write down your question for %1.</source>
        <translation>%1へのご質問・ご相談を書いて送れます。</translation>
    </message>
    <message>
        <source>Write down your question.</source>
        <translation>医師に聞きたいことを書きとめておけます。</translation>
    </message>
    <message>
        <source>Language / 言語</source>
        <translation>言語 / Language</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字の大きさ</translation>
    </message>
    <message>
        <source>Text size (now %1 %)</source>
        <translation>文字の大きさ（いまは %1%）</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>大きく</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>もっと大きく</translation>
    </message>
    <message>
        <source>Text size: %1</source>
        <translation>文字の大きさ：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the font %1 is not installed; Japanese text may not copy correctly from the PDF.</source>
        <translation>フォント %1 がインストールされていません。PDFから日本語を正しくコピーできない場合があります。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>the guide is already open; its window has been brought to the front.</source>
        <translation>ガイドはすでに開いています。その画面を前に出しました。</translation>
    </message>
    <message>
        <source>the guide is already open.</source>
        <translation>ガイドはすでに開いています。</translation>
    </message>
    <message>
        <source>cannot make sure the guide runs only once (%1).</source>
        <translation>ガイドが二重に起動しないようにする準備ができませんでした（%1）。</translation>
    </message>
</context>
</TS>
