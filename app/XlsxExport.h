#pragma once

#include "ConsultationRequest.h"

#include <QList>
#include <QString>

namespace als {

// Requests as an .xlsx workbook (being written).
bool writeRequestsXlsx(const QString &path, const QList<StoredRequest> &requests, QString *error);

} // namespace als
