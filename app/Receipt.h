#pragma once

#include "Language.h"

#include <QDateTime>
#include <QString>

namespace als {

// The receipt a visitor takes home: the reference number, the date and what happens next. Deliberately nothing
// of the request itself, so a receipt left on a desk or a printer tells no one anything about the visitor's health.
// Texts go through tr() (context "Receipt"): install the translator for the visitor's language first.
QString receiptHtml(const QString &reference, const QDateTime &createdAt, Language language);

} // namespace als
