#include "XlsxExport.h"

namespace als {

bool writeRequestsXlsx(const QString &, const QList<StoredRequest> &, QString *error)
{
    if (error)
        *error = QStringLiteral("not available yet");
    return false;
}

} // namespace als
