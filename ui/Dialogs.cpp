#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace als {

std::optional<QMessageBox::StandardButton> Dialogs::s_next;
QStringList Dialogs::s_texts;
QString Dialogs::s_last;
bool Dialogs::s_automatic = false;
bool Dialogs::s_lastPrintToFile = true;

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_next = answer;
}

void Dialogs::setNextTexts(const QStringList &texts)
{
    s_texts = texts;
}

QString Dialogs::lastText()
{
    return s_last;
}

QMessageBox::StandardButton Dialogs::ask(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton)
{
    s_last = text;
    if (s_next) {
        const auto answer = *s_next;
        s_next.reset();
        return answer;
    }
    if (s_automatic)
        return defaultButton;
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void Dialogs::tell(QWidget *parent, const QString &title, const QString &text)
{
    s_last = text;
    if (s_automatic)
        return;
    QMessageBox::information(parent, title, text);
}

QString Dialogs::getSaveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    s_last = title;
    if (!s_texts.isEmpty())
        return s_texts.takeFirst();
    if (s_automatic)
        return {};
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void Dialogs::chooseOpenFile(QWidget *parent, const QString &objectName, const QString &title, const QString &folder,
                             const QString &filter, const std::function<void(const QString &)> &chosen)
{
    s_last = title;
    if (!s_texts.isEmpty()) {
        const QString path = s_texts.takeFirst();
        if (!path.isNull())
            chosen(path);
        return;
    }
    if (s_automatic)
        return;
    auto *chooser = new QFileDialog(parent, title, folder, filter);
    chooser->setObjectName(objectName);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptOpen);
    chooser->setFileMode(QFileDialog::ExistingFile);
    QObject::connect(chooser, &QFileDialog::fileSelected, chooser, chosen);
    chooser->open();
}

bool Dialogs::print(QWidget *parent, QPrinter *printer, bool printToFile)
{
    s_last = QString();
    s_lastPrintToFile = printToFile;
    if (s_next) {
        const auto answer = *s_next;
        s_next.reset();
        return answer == QMessageBox::Ok;
    }
    if (s_automatic)
        return false;
    QPrintDialog dialog(printer, parent);
    dialog.setOption(QAbstractPrintDialog::PrintToFile, printToFile);
    return dialog.exec() == QDialog::Accepted;
}

bool Dialogs::printPreview(QWidget *parent, QPrinter *printer, const std::function<void(QPrinter *)> &paint)
{
    if (s_automatic) {
        s_last = QString();
        return false;
    }
    QPrintPreviewDialog dialog(printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
    return dialog.exec() == QDialog::Accepted;
}

std::optional<QString> Dialogs::getText(QWidget *parent, const QString &title, const QString &label, bool secret)
{
    s_last = label;
    if (!s_texts.isEmpty()) {
        const QString text = s_texts.takeFirst();
        if (text.isNull())
            return std::nullopt;  // a null string stands for Cancel
        return text;
    }
    if (s_automatic)
        return std::nullopt;
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, secret ? QLineEdit::Password : QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

} // namespace als
