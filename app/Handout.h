#pragma once

#include "ClinicProfile.h"
#include "Content.h"

#include <QFont>
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
    ClinicProfile clinic;  // who to ask, printed on the handout when set
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
    // Writes a PDF to the device. The CLI passes a QSaveFile, so a failure never leaves half a file behind. The PDF
    // carries the title, author, subject and language (document information, XMP and catalogue).
    bool writePdf(QIODevice *device, QString *error);

    const HandoutOptions &options() const { return m_options; }
    QStringList sectionsInOrder() const;
    // What the PDF's properties and a print job call the handout: the guide's name in the handout's language, with
    // the sections when it holds only some of them; the guide as its author; what it is about.
    QString documentTitle() const;
    QString author() const;
    QString subject() const;
    // The text the handout holds, for tests and search (after paint()).
    QTextDocument *document() const { return m_doc.get(); }

    static QString fontFamily();
    // The handout's face at a size, set up so that every word reaches the PDF's text layer as written (see there).
    static QFont font(qreal pointSize);

    // Where each page begins and ends in the continuous layout (after paint()): never inside a line, a table row
    // (or a table row printed as a block), or between a heading and its first line, nor between a heading and the
    // picture it introduces; a short callout box stays whole; always before a section.
    QList<qreal> pageCuts() const;

    // A table whose columns are too narrow for its words is printed as blocks, one a row: its first cell as a
    // shaded heading line, then each other cell after its column's heading. The blocks of one row carry the same
    // number under this property.
    static constexpr int kStackedRowProperty = 0x100000 + 16;  // QTextFormat::UserProperty + 16

private:
    void build(QPagedPaintDevice *device);
    void formatForPaper();
    void unsplitTables();
    void fitPictures();
    QString pageLabel(int page, int pages) const;
    // From a clinic: the box on the first page and the line at the foot of every page; empty without one.
    QString clinicBlock() const;
    QString clinicFooter() const;

    const Content &m_content;
    HandoutOptions m_options;
    std::unique_ptr<QTextDocument> m_doc;
    std::unique_ptr<class LadderObject> m_ladder;
    QRectF m_body;  // the text area of a page, in device pixels
};

} // namespace als
