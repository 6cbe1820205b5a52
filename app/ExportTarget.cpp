#include "ExportTarget.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <sys/stat.h>

namespace als {

QString exportTargetProblem(const QString &path)
{
    if (path.isEmpty())
        return QCoreApplication::translate("ExportTarget", "no file name was given");
    // lstat, not stat: the link itself is what the rename would replace, and what it points to is not the point.
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return {};  // nothing there yet (or unreachable): the write itself says why if it cannot create the file
    if (S_ISREG(status.st_mode))
        return {};
    if (S_ISLNK(status.st_mode))
        return QCoreApplication::translate(
            "ExportTarget",
            "it is a link to another file, not a file itself; choose the file it points to or a new name");
    if (S_ISDIR(status.st_mode))
        return QCoreApplication::translate("ExportTarget", "it is a folder, not a file");
    return QCoreApplication::translate("ExportTarget", "it is a device or a pipe, not a file");
}

bool saveExport(const QString &path, const std::function<bool(QIODevice *, QString *)> &write, QString *error,
                bool ownerOnly)
{
    if (QString problem = exportTargetProblem(path); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || (ownerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    QString why;
    if (!write(&file, &why)) {
        *error = why.isEmpty() ? file.errorString() : why;
        file.cancelWriting();
        return false;
    }
    // Writing takes a while (a handout is many pages): whatever appeared at the target meanwhile is checked again
    // just before the rename, which would otherwise replace it.
    if (QString problem = exportTargetProblem(path); !problem.isEmpty()) {
        *error = problem;
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString visibleText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const auto escaped = [&out](char32_t c) {
        switch (c) {
        case U'\n':
            out += QLatin1String("\\n");
            return;
        case U'\r':
            out += QLatin1String("\\r");
            return;
        case U'\t':
            out += QLatin1String("\\t");
            return;
        default:
            break;
        }
        const QString hex = QString::number(uint(c), 16).toUpper();
        out += c < 0x80 ? QLatin1String("\\x") + hex.rightJustified(2, QLatin1Char('0'))
                        : QLatin1String("\\u") + hex.rightJustified(4, QLatin1Char('0'));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (QChar::category(code) == QChar::Other_Format)
                escaped(code);  // tag characters and the like: invisible
            else
                out += QStringView(text).mid(i, 2);
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            escaped(c.unicode());  // half a pair: no character at all
            continue;
        }
        switch (c.category()) {
        case QChar::Other_Control:        // C0, DEL, C1: line breaks, terminal escapes
        case QChar::Other_Format:         // bidirectional controls, zero-width characters, the byte-order mark
        case QChar::Separator_Line:       // U+2028
        case QChar::Separator_Paragraph:  // U+2029
            escaped(c.unicode());
            break;
        default:
            out += c;
        }
    }
    return out;
}

}  // namespace als
