#pragma once

#include "cellkey.h"

#include <QCoreApplication>
#include <QString>

namespace Juesuan {

class Document;
struct Finding;

// Names the places of audit findings in words, as the published report names them:
// "公开02表 201 一般公共服务支出 本年收入合计" for the cell 02!201@1. What the audit dock,
// the `check` verb and every other list of findings show; internal keys stay in files.
class FindingPlace
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::FindingPlace)
public:
    // CellWording::place: table code, row (subject code and name, 合计, 行次 and the line's
    // name) and the column's header caption (bands joined by "/").
    static QString cell(const Document &document, const CellKey &key);
    // Every cell of the finding (at most `maxCells`, then "and N more"), else its text part or
    // self-evaluation form; empty when it names no place.
    // A finding about words of a text (TextCheck) adds the words.
    static QString of(const Document &document, const Finding &finding, int maxCells = 4);
    // A text part, 主要原因 or detached 第三部分 section by its Document text key.
    static QString textPart(const Document &document, const QString &key);
};

} // namespace Juesuan
