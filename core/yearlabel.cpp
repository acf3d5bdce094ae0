#include "yearlabel.h"

namespace Juesuan {

QString yearLabel(int year, int offset)
{
    return QString::number(year + offset) + QStringLiteral("年度");
}

} // namespace Juesuan
