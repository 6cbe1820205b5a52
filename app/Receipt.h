#pragma once

#include "ClinicProfile.h"
#include "ConsultationRequest.h"
#include "Language.h"

#include <QDateTime>
#include <QString>

namespace als {

// The receipt a visitor takes home: the reference number, the date, who will answer, how and how soon, and how to
// reach them. Deliberately nothing of the request itself, so a receipt left on a desk or a printer tells no one
// anything about the visitor's health. Without a clinic profile it speaks of "our staff".
// Texts go through tr() (context "Receipt"): install the translator for the visitor's language first.
QString receiptHtml(const QString &reference, const QDateTime &createdAt, Language language,
                    const ClinicProfile &clinic = {});

// One of the reader's own questions (a home computer, no clinic), printed to take to the doctor: the question and
// whatever else the reader wrote, under the date it was written. Context "Receipt", as above.
QString ownQuestionHtml(const StoredRequest &stored, Language language);

// A date and time as a reader writes it: 「2026年11月26日 10:05」, "26 November 2026, 10:05".
QString readableTime(const QDateTime &time, Language language);

} // namespace als
