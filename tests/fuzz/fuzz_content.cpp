// Content loading. Content only loads from a folder, so the target keeps a copy of the built-in content in a
// temporary folder and, per input, replaces one file with the bytes: the first byte chooses meta.json,
// vocabulary.json, studies.json or statements.json (Content::load, then every section built as a document when it
// loads), or a section's Markdown (DocumentBuilder::setMarkdown and the reading layout, the path every view and
// handout takes). Loading either succeeds or says why; nothing crashes, leaks or hangs.

#include "Content.h"
#include "DocumentBuilder.h"
#include "FuzzSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace als;

namespace {

const char *const kFiles[] = {"meta.json", "vocabulary.json", "studies.json", "statements.json"};

QString copyOfBuiltInContent()
{
    static QTemporaryDir dir;
    static bool copied = false;
    if (!copied) {
        QDirIterator it(QStringLiteral(":/content"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = dir.path() + source.mid(int(qstrlen(":/content")));
            QDir().mkpath(QFileInfo(target).path());
            QFile::remove(target);
            if (!QFile::copy(source, target) || !QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner))
                fuzz::fail("copying the built-in content", target, __FILE__, __LINE__);
        }
        copied = true;
    }
    return dir.path();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        fuzz::fail("writing a content file", path, __FILE__, __LINE__);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fuzz::fail("reading a content file", path, __FILE__, __LINE__);
    return file.readAll();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication(true);
    if (size == 0)
        return 0;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    const int choice = data[0] % 5;
    const Language language = (data[0] & 0x80) ? Language::English : Language::Japanese;

    if (choice == 4) {
        QTextDocument doc;
        DocumentBuilder::setMarkdown(&doc, QString::fromUtf8(input));
        DocumentBuilder::applyReadingLayout(&doc);
        ALS_FUZZ_CHECK(doc.blockCount() >= 1, QString::fromUtf8(input));
        return 0;
    }

    const QString root = copyOfBuiltInContent();
    const QString path = root + QLatin1Char('/') + QLatin1String(kFiles[choice]);
    const QByteArray original = readFile(path);
    writeFile(path, input);
    Content content;
    const bool loaded = content.load(root);
    writeFile(path, original);
    if (!loaded) {
        ALS_FUZZ_CHECK(!content.errorString().trimmed().isEmpty(), QString::fromUtf8(input));
        return 0;
    }
    const DocumentBuilder builder(content, language);
    for (const SectionInfo &section : content.sections()) {
        QTextDocument doc;
        builder.buildSection(&doc, section.id);
    }
    builder.studyReferencesHtml();
    builder.sourceReferencesHtml();
    return 0;
}
