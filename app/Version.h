#pragma once

#include <QString>

namespace als {

inline QString applicationVersion() { return QStringLiteral(ALS_VERSION); }
inline QString applicationId() { return QStringLiteral(ALS_APP_ID); }

} // namespace als
