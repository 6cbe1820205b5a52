#pragma once

#include <QMessageBox>

#include <optional>

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
    static QString lastText();  // what the last ask/tell/getText said, for tests
    // Tests: never show a window. tell() only records, ask() gives the default button, getText() cancels,
    // unless an answer was set in advance.
    static void setAutomatic(bool automatic) { s_automatic = automatic; }

private:
    static std::optional<QMessageBox::StandardButton> s_next;
    static QStringList s_texts;
    static QString s_last;
    static bool s_automatic;
};

} // namespace als
