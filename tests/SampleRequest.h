#pragma once

// One consultation request as a visitor fills it in, for the storage tests.

#include "ConsultationRequest.h"

inline als::ConsultationRequest sample(const QString &question = QStringLiteral("リルゾールについて教えてください"))
{
    als::ConsultationRequest r;
    r.writer = QStringLiteral("patient");
    r.name = QStringLiteral("山田 花子");
    r.age = QStringLiteral("58");
    r.sex = QStringLiteral("female");
    r.prefecture = QStringLiteral("tokyo");
    r.question = question;
    r.email = QStringLiteral("hanako@example.jp");
    r.consent = true;
    r.language = QStringLiteral("ja");
    return r;
}
