#pragma once

#include "cellkey.h"
#include "formula.h"
#include "subjectcatalogue.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Juesuan {

// One place of a table's grid as the template lays it out.
struct GridCell
{
    enum class Kind {
        Empty,   // a ruled but empty box
        Text,    // fixed text: header captions, 栏次 numbers, labels
        Name,    // the name of line `ref` (fixed tables)
        LineNo,  // the 行次 of line `ref`
        Code,    // the subject code of line `ref`
        Amount,  // the amount cell `cell`
    };
    Kind kind = Kind::Empty;
    QString text; // Text: the text; Name/LineNo/Code: the line key
    CellKey cell; // Amount only
    int row = 0;
    int col = 0;
    int rowSpan = 1;
    int colSpan = 1;
};

// One disclosure table of an edition (公开01表 … 公开09表), read from its JSON template:
// titles, banded header, body layout, formulas and notes. Fixed tables have their whole
// body in the template; code-list tables grow a body of rows keyed by subject code.
class TableTemplate
{
public:
    enum class Kind { Fixed, CodeList };
    // A logical row of a fixed table: what "table NN" prints as one line.
    struct Line {
        QString key;
        QString name;
        bool bold = false;
        QList<CellKey> cells; // its amount cells, left to right
    };

    bool fromJson(const QJsonObject &json, QString *error);

    const QString &id() const { return m_id; }
    const QString &code() const { return m_code; }       // "公开01表"
    const QString &title() const { return m_title; }     // "收入支出决算总表", printed after "2023年度"
    Kind kind() const { return m_kind; }
    bool isCodeList() const { return m_kind == Kind::CodeList; }
    bool landscape() const { return m_landscape; }
    int columnCount() const { return m_columns; }
    int headerRowCount() const { return m_headerRows; }
    const QList<GridCell> &header() const { return m_header; }
    const QStringList &notes() const { return m_notes; }
    const QString &emptyNote() const { return m_emptyNote; } // "注明：本单位无…" when empty

    // Fixed tables.
    const QList<Line> &lines() const { return m_lines; }
    int lineIndex(const QString &key) const { return m_lineIndex.value(key, -1); }
    const QList<QList<GridCell>> &body() const { return m_body; }
    const QList<CellKey> &amountCells() const { return m_amountCells; }
    bool hasCell(const CellKey &key) const;
    // Fixed tables: formulas by cell. Code-list tables: rules by column (rows empty).
    const QHash<CellKey, Formula> &formulas() const { return m_formulas; }
    const QHash<QString, Formula> &columnFormulas() const { return m_columnFormulas; }

    // Code-list tables.
    int codeColumns() const { return m_codeColumns; }
    int nameColumns() const { return m_nameColumns; }
    const QStringList &amountColumns() const { return m_amountColumns; }
    const QString &totalLabel() const { return m_totalLabel; }
    SubjectCatalogue::Scheme scheme() const { return m_scheme; }
    static QString totalRow() { return QStringLiteral("total"); }
    // The body rows for a set of 项 codes: "total" first, then each 类, its 款 and their 项
    // in code order. Second of each pair is the level: 0 合计, 1 类, 2 款, 3 项.
    static QList<QPair<QString, int>> codeListRows(const QStringList &itemCodes);

    // The header captions of an amount column (bands joined by "/"), e.g. "决算数/合计".
    QString columnCaption(int gridColumn) const;
    // Grid column of a code-list amount column.
    int amountGridColumn(const QString &col) const;

private:
    bool readGridRows(const QJsonArray &rows, QList<QList<GridCell>> *out, int *rowCount,
                      bool body, const QString &where, QString *error);

    QString m_id, m_code, m_title, m_totalLabel, m_emptyNote;
    Kind m_kind = Kind::Fixed;
    bool m_landscape = false;
    int m_columns = 0;
    int m_headerRows = 0;
    QList<GridCell> m_header;
    QStringList m_notes;
    QList<Line> m_lines;
    QHash<QString, int> m_lineIndex;
    QList<QList<GridCell>> m_body;
    QList<CellKey> m_amountCells;
    QHash<CellKey, Formula> m_formulas;
    QHash<QString, Formula> m_columnFormulas;
    int m_codeColumns = 3;
    int m_nameColumns = 1;
    QStringList m_amountColumns;
    SubjectCatalogue::Scheme m_scheme = SubjectCatalogue::Scheme::Functional;
};

} // namespace Juesuan
