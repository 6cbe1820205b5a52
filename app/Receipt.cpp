#include "Receipt.h"

#include <QCoreApplication>
#include <QStringList>

namespace als {

namespace {

// The receipt's texts are marked with QT_TRANSLATE_NOOP("Receipt", …), so that lupdate files them under "Receipt".
QString rt(const char *text)
{
    return QCoreApplication::translate("Receipt", text);
}

QString escaped(const QString &text)
{
    // Typed by people, on several lines perhaps: shown as typed, line for line.
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

} // namespace

QString readableTime(const QDateTime &time, Language language)
{
    const QDateTime local = time.toLocalTime();
    return language == Language::Japanese
        ? QStringLiteral("%1年%2月%3日 %4").arg(local.date().year()).arg(local.date().month()).arg(local.date().day())
              .arg(local.time().toString(QStringLiteral("HH:mm")))
        : localeFor(language).toString(local, QStringLiteral("d MMMM yyyy, HH:mm"));
}

QString receiptHtml(const QString &reference, const QDateTime &createdAt, Language language,
                    const ClinicProfile &clinic)
{
    // What happens next: who reads the request, how and how soon they answer. Said by the clinic's own words when
    // staff set them, else in general terms.
    QStringList next;
    if (clinic.isSet()) {
        const QString reply = clinic.replySentence(language);
        // Japanese runs its sentences on without a space; English leaves one.
        const QString gap = language == Language::Japanese ? QString() : QStringLiteral(" ");
        next << clinic.destinationSentence(language) + gap
                + (reply.isEmpty()
                       ? rt(QT_TRANSLATE_NOOP("Receipt", "They answer by the email address or phone number you gave."))
                       : reply);
    } else {
        next << rt(QT_TRANSLATE_NOOP("Receipt", "Our staff read your request and answer by the email address or "
                                                "phone number you gave, usually within a few days."));
    }
    next << rt(QT_TRANSLATE_NOOP("Receipt", "If you contact us about it, give this reference number."))
         << rt(QT_TRANSLATE_NOOP("Receipt", "If your health changes suddenly, contact your hospital or clinic "
                                            "straight away: do not wait for our answer."));
    QString items;
    for (const QString &item : std::as_const(next))
        items += QStringLiteral("<li>") + escaped(item) + QStringLiteral("</li>");

    // How to reach them: the name, then the telephone (what a visitor reaches for, so it stands out) and the rest.
    QString contact;
    if (clinic.isSet()) {
        contact = QStringLiteral("<h3>%1</h3><p><b>%2</b>")
                      .arg(rt(QT_TRANSLATE_NOOP("Receipt", "How to reach us")).toHtmlEscaped(),
                           escaped(clinic.name.trimmed()));
        const QStringList lines = clinic.contactLines();
        for (int i = 0; i < lines.size(); ++i) {
            const bool phone = i == 0 && !clinic.phone.trimmed().isEmpty();
            contact += QStringLiteral("<br/>")
                + (phone ? QStringLiteral("<b>%1</b>").arg(escaped(lines.at(i))) : escaped(lines.at(i)));
        }
        contact += QStringLiteral("</p>");
    }

    // The number is what the visitor takes away: twice the body size, in a box, larger than the heading above it.
    return QStringLiteral("<h2>%1</h2><p>%2</p>"
                          "<table border=\"1\" cellpadding=\"12\" cellspacing=\"0\" style=\"border-style:solid\">"
                          "<tr><td style=\"font-size:xx-large\"><b>%3</b></td></tr></table>"
                          "<p>%4</p><p>%5: %6</p>"
                          "<h3>%7</h3><ul>%8</ul>%9<p>%10</p>")
        .arg(rt(QT_TRANSLATE_NOOP("Receipt", "ALS Evidence Guide: your request was received")).toHtmlEscaped(),
             rt(QT_TRANSLATE_NOOP("Receipt", "Your reference number")).toHtmlEscaped(), reference.toHtmlEscaped(),
             rt(QT_TRANSLATE_NOOP("Receipt", "Please write this number down, or print this receipt.")).toHtmlEscaped(),
             rt(QT_TRANSLATE_NOOP("Receipt", "Received")).toHtmlEscaped(),
             readableTime(createdAt, language).toHtmlEscaped(),
             rt(QT_TRANSLATE_NOOP("Receipt", "What happens next")).toHtmlEscaped(), items, contact,
             rt(QT_TRANSLATE_NOOP("Receipt", "Our answer is information, not a diagnosis. We cannot arrange "
                                             "referrals to clinical trials."))
                 .toHtmlEscaped());
}

QString ownQuestionHtml(const StoredRequest &stored, Language language)
{
    const ConsultationRequest &r = stored.request;
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(rt(QT_TRANSLATE_NOOP("Receipt", "My questions for the doctor")).toHtmlEscaped(),
                            rt(QT_TRANSLATE_NOOP("Receipt", "Written on %1"))
                                .arg(readableTime(stored.createdAt, language))
                                .toHtmlEscaped());
    const std::pair<const char *, const QString *> parts[] = {
        {QT_TRANSLATE_NOOP("Receipt", "My question"), &r.question},
        {QT_TRANSLATE_NOOP("Receipt", "The current problem"), &r.currentProblem},
        {QT_TRANSLATE_NOOP("Receipt", "Since when"), &r.problemSince},
        {QT_TRANSLATE_NOOP("Receipt", "Treatments so far, and what they did"), &r.treatments},
        {QT_TRANSLATE_NOOP("Receipt", "Current condition"), &r.currentCondition},
        {QT_TRANSLATE_NOOP("Receipt", "Medical history"), &r.medicalHistory},
    };
    for (const auto &[label, text] : parts) {
        if (text->trimmed().isEmpty())
            continue;
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(rt(label).toHtmlEscaped(), escaped(text->trimmed()));
    }
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(rt(QT_TRANSLATE_NOOP("Receipt", "Written with the ALS Evidence Guide and kept only on this "
                                                     "computer. Nobody else has received it."))
                         .toHtmlEscaped());
    return html;
}

} // namespace als
