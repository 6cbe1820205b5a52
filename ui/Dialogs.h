#pragma once

#include <QMessageBox>

#include <functional>
#include <optional>

class QPrinter;

namespace als {

// Every question the app asks in a modal dialog goes through here, so a test can answer it in advance instead of
// hanging on a window nobody will click (as KeePassXC's MessageBox::setNextAnswer).
class Dialogs final
{
public:
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
    static void tell(QWidget *parent, const QString &title, const QString &text);

    // The next ask() returns this without showing anything; tell() is skipped while an answer is pending too.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Text answers (passphrases) for the next getText() calls, in order.
    static void setNextTexts(const QStringList &texts);
    static std::optional<QString> getText(QWidget *parent, const QString &title, const QString &label, bool secret);
    // A file to save to; a test sets the answer with setNextTexts (a null string cancels).
    static QString getSaveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    // An existing file to open, asked without waiting (the dialog is a child of `parent`, named `objectName`, so
    // that closing the parent closes it too); `chosen` gets the file once one is chosen, never on Cancel. A test
    // answers with setNextTexts (a null string cancels), and `chosen` is then called at once.
    static void chooseOpenFile(QWidget *parent, const QString &objectName, const QString &title, const QString &folder,
                               const QString &filter, const std::function<void(const QString &)> &chosen);
    // Asks where and how to print; true to print. A test answers with setNextAnswer (Ok prints, anything else
    // cancels); automatic without an answer cancels. printToFile false: the dialog offers no "print to file" (at
    // the desk a file name field would be a way into the computer's folders).
    static bool print(QWidget *parent, QPrinter *printer, bool printToFile = true);
    // Whether the last print question offered printing to a file, for tests.
    static bool lastPrintOfferedFile() { return s_lastPrintToFile; }
    // Shows the print preview, which paints with `paint` and prints from its own button; true if it printed.
    static bool printPreview(QWidget *parent, QPrinter *printer, const std::function<void(QPrinter *)> &paint);
    static QString lastText();  // what the last ask/tell/getText said, for tests
    // Tests: never show a window. tell() only records, ask() gives the default button, getText() cancels,
    // unless an answer was set in advance.
    static void setAutomatic(bool automatic) { s_automatic = automatic; }

private:
    static std::optional<QMessageBox::StandardButton> s_next;
    static QStringList s_texts;
    static QString s_last;
    static bool s_automatic;
    static bool s_lastPrintToFile;
};

} // namespace als
