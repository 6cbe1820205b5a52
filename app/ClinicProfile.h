#pragma once

#include "Language.h"

#include <QString>
#include <QStringList>

namespace als {

// Who "us" is: the clinic or service that reads the consultation requests made at this desk. Set by staff behind the
// passphrase, or deployed by a clinic's IT for every account as a system-wide settings file
// (/etc/xdg/als-evidence-guide/als-evidence-guide.conf, group [clinic]). Typed by people, shown as typed.
// Without a name (a home computer) nobody reads the requests: the form becomes the reader's own list of questions.
struct ClinicProfile
{
    QString name;            // 「○○クリニック 相談窓口」
    QString phone;
    QString email;
    QString address;
    QString hours;           // opening hours, free text
    QString replyBy;         // how requests are answered: "by phone or email"
    QString replyWithin;     // how soon: "within 3 working days"
    QString privacyContact;  // who to ask about the personal data kept

    bool isSet() const { return !name.trimmed().isEmpty(); }
    bool isEmpty() const;    // not one field filled in
    bool operator==(const ClinicProfile &other) const;
    bool operator!=(const ClinicProfile &other) const { return !(*this == other); }

    // One line per field that is filled in, labelled, for the receipt, handouts and the start screen's small print.
    // Labels go through tr() (context "ClinicProfile"): install the translator for the reader's language first.
    QStringList contactLines() const;
    // The same in a given language, whatever the interface's (a Japanese handout printed from an English window).
    QStringList contactLines(Language language) const;

    // What happens to a request, as a visitor reads it above the form and on the receipt: "Your request goes to
    // <name>." and "They answer <replyBy> <replyWithin>." (each part left out when staff left it empty; the second
    // sentence is empty when both are). Empty when no clinic is set.
    QString destinationSentence(Language language) const;
    QString replySentence(Language language) const;
};

// The translation of a string marked with QT_TRANSLATE_NOOP, in the given language, from the app's own compiled
// translations; the source text when there is none. n >= 0 picks the plural form and replaces %n.
QString translatedIn(Language language, const char *context, const char *source, int n = -1);

} // namespace als
