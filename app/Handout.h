#pragma once

#include "Content.h"

#include <QPageSize>
#include <QRectF>
#include <QStringList>

#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QTextDocument;

namespace als {

struct HandoutOptions
{
    Language language = Language::Japanese;
    QStringList sections;  // in any order; printed in the guide's reading order. Empty: every reading section
    bool largePrint = false;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

// A printed handout of any sections, built from the same content, study tables, statements and evidence ladder
// that the views show, as a paginated QTextDocument (no widgets), then painted page by page onto a PDF writer or a
// printer with the title, the review date, "page N of M" and the disclaimer on every page.
class Handout final
{
public:
    Handout(const Content &content, HandoutOptions options);
    ~Handout();

    // The section ids a handout can hold, in reading order (the consultation form is not one of them).
    static QStringList printableSections(const Content &content);
    // Checks ids against the content; returns the unknown ones.
    static QStringList unknownSections(const Content &content, const QStringList &ids);

    // Paints every page onto the device (a QPdfWriter, or a QPrinter from the UI). Returns the number of pages.
    int paint(QPagedPaintDevice *device);
    // Writes a PDF to the device. The CLI passes a QSaveFile, so a failure never leaves half a file behind.
    bool writePdf(QIODevice *device, QString *error);

    const HandoutOptions &options() const { return m_options; }
    QStringList sectionsInOrder() const;
    // The text the handout holds, for tests and search (after paint()).
    QTextDocument *document() const { return m_doc.get(); }

    static QString fontFamily();

    // Where each page begins and ends in the continuous layout (after paint()): never inside a line, a table row,
    // or between a heading and its first line; always before a section.
    QList<qreal> pageCuts() const;

private:
    void build(QPagedPaintDevice *device);
    QString pageLabel(int page, int pages) const;

    const Content &m_content;
    HandoutOptions m_options;
    std::unique_ptr<QTextDocument> m_doc;
    std::unique_ptr<class LadderObject> m_ladder;
    QRectF m_body;  // the text area of a page, in device pixels
};

} // namespace als
