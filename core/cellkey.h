#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace Juesuan {

// Names one amount cell of the report: table id ("01".."09"), row key (行次 such as "27",
// a subject code such as "2010350", or "total" for 合计) and column key (栏次, "1".."12").
struct CellKey
{
    QString table;
    QString row;
    QString col;

    bool isValid() const { return !table.isEmpty() && !row.isEmpty() && !col.isEmpty(); }
    // "05!2010350@1", the form formulas and file cell names use.
    QString toString() const { return table + QLatin1Char('!') + row + QLatin1Char('@') + col; }
    // Parses "TT!row@col"; a missing "TT!" takes `defaultTable`. Returns an invalid key on error.
    static CellKey fromString(const QString &text, const QString &defaultTable = QString());

    friend bool operator==(const CellKey &a, const CellKey &b)
    {
        return a.table == b.table && a.row == b.row && a.col == b.col;
    }
    friend bool operator!=(const CellKey &a, const CellKey &b) { return !(a == b); }
    friend bool operator<(const CellKey &a, const CellKey &b)
    {
        if (a.table != b.table)
            return a.table < b.table;
        if (a.row != b.row)
            return a.row < b.row;
        return a.col < b.col;
    }
};

// Keys are short ASCII-ish strings and the engine hashes hundreds of thousands of them when
// a large document loads: a simple multiplicative hash over the UTF-16 units is several
// times cheaper than hashing the three strings separately.
inline size_t qHash(const CellKey &k, size_t seed = 0) noexcept
{
    size_t h = seed ^ 0x9e3779b97f4a7c15ULL;
    for (const QString *s : {&k.table, &k.row, &k.col}) {
        for (QChar c : *s)
            h = (h ^ c.unicode()) * 0x100000001b3ULL;
        h = (h ^ 0xff) * 0x100000001b3ULL; // separator: "1"+"23" differs from "12"+"3"
    }
    return h ^ (h >> 29);
}

inline CellKey CellKey::fromString(const QString &text, const QString &defaultTable)
{
    CellKey k;
    const qsizetype bang = text.indexOf(QLatin1Char('!'));
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < 0 || (bang >= 0 && bang > at))
        return CellKey();
    k.table = bang >= 0 ? text.left(bang) : defaultTable;
    k.row = text.mid(bang + 1, at - bang - 1);
    k.col = text.mid(at + 1);
    if (!k.isValid())
        return CellKey();
    return k;
}

} // namespace Juesuan

Q_DECLARE_METATYPE(Juesuan::CellKey)
