#pragma once

#include <QString>

namespace Juesuan {

// "2023年度": how the report names a year, in titles, headings, sentences and chart legends.
// The one place the label is built; `offset` names a neighbouring year (−1 for 上年).
QString yearLabel(int year, int offset = 0);

} // namespace Juesuan
