#include "Receipt.h"

#include <QCoreApplication>

namespace als {

QString receiptHtml(const QString &reference, const QDateTime &createdAt, Language language)
{
    const QDateTime local = createdAt.toLocalTime();
    const QString when = language == Language::Japanese
        ? QStringLiteral("%1年%2月%3日 %4").arg(local.date().year()).arg(local.date().month()).arg(local.date().day())
              .arg(local.time().toString(QStringLiteral("HH:mm")))
        : localeFor(language).toString(local, QStringLiteral("d MMMM yyyy, HH:mm"));
    // The number is what the visitor takes away: twice the body size, in a box, larger than the heading above it.
    return QStringLiteral("<h2>%1</h2><p>%2</p>"
                          "<table border=\"1\" cellpadding=\"12\" cellspacing=\"0\" style=\"border-style:solid\">"
                          "<tr><td style=\"font-size:xx-large\"><b>%3</b></td></tr></table>"
                          "<p>%11</p><p>%4: %5</p>"
                          "<h3>%6</h3><ul><li>%7</li><li>%8</li><li>%9</li></ul><p>%10</p>")
        .arg(QCoreApplication::translate("Receipt", "ALS Evidence Guide: your request was received").toHtmlEscaped(),
             QCoreApplication::translate("Receipt", "Your reference number").toHtmlEscaped(),
             reference.toHtmlEscaped(),
             QCoreApplication::translate("Receipt", "Received").toHtmlEscaped(), when.toHtmlEscaped(),
             QCoreApplication::translate("Receipt", "What happens next").toHtmlEscaped(),
             QCoreApplication::translate("Receipt", "Our staff read your request and answer by the email address or "
                                                    "phone number you gave, usually within a few days.").toHtmlEscaped(),
             QCoreApplication::translate("Receipt", "If you contact us about it, give this reference number.").toHtmlEscaped(),
             QCoreApplication::translate("Receipt", "If your health changes suddenly, contact your hospital or clinic "
                                                    "straight away: do not wait for our answer.").toHtmlEscaped(),
             QCoreApplication::translate("Receipt", "Our answer is information, not a diagnosis. We cannot arrange "
                                                    "referrals to clinical trials.").toHtmlEscaped(),
             QCoreApplication::translate("Receipt", "Please write this number down, or print this receipt.")
                 .toHtmlEscaped());
}

} // namespace als
