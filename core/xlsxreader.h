#pragma once

#include "workbook.h"

#include <QByteArray>
#include <QString>

namespace Juesuan {

// Reads an .xlsx (Office Open XML) package from memory into a Workbook: minizip over an
// in-memory stream, QXmlStreamReader over the parts. Used through WorkbookReader.
class XlsxReader
{
public:
    static bool read(const QByteArray &data, const QString &source, Workbook *out, QString *error);
};

} // namespace Juesuan
