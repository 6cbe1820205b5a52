// Writes the whole handout as one HTML page (the same document the PDF export paints), for the comparison with
// Chromium printing HTML to PDF. Usage: bench_handout_html OUT.html [ja|en]

#include "Handout.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QTextDocument>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return 2;
    als::HandoutOptions options;
    options.language = args.value(2) == QLatin1String("en") ? als::Language::English : als::Language::Japanese;
    als::Handout handout(als::Content::builtIn(), options);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QString error;
    if (!handout.writePdf(&sink, &error))
        return 1;
    QString html = handout.document()->toHtml();
    // The same typeface and page size for Chromium.
    html.replace(QStringLiteral("<head>"), QStringLiteral("<head><style>@page { size: A4; margin: 16mm 14mm; } "
                                                          "body { font-family: 'BIZ UDPGothic'; }</style>"));
    QFile out(args.at(1));
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    out.write(html.toUtf8());
    return 0;
}
