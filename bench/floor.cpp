// The floor for the start-up and memory benchmarks: the least a Qt 6 program can do to show the overview text.

#include "BenchmarkProbe.h"

#include <QApplication>
#include <QFile>
#include <QTextBrowser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QFile file(QStringLiteral(":/content/ja/overview.md"));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    QTextBrowser browser;
    browser.setMarkdown(QString::fromUtf8(file.readAll()));
    browser.resize(1100, 800);
    browser.show();
    als::BenchmarkProbe::installIfRequested();
    return QApplication::exec();
}
