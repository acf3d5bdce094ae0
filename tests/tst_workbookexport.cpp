// The XLSX export: the workbook is read back with minizip + QXmlStreamReader (independently of
// libxlsxwriter) and checked against the document: sheets in order, the published layout
// (title, code, 部门, 金额单位, header merges, codes and names), every amount as an exact
// number, every computed cell as a formula of the expected shape whose cached value is
// Juesuan's and which, evaluated over the workbook, gives that value again; the print set-up;
// and the file handling (no half-written file, no temporary file left behind).
#include "document.h"
#include "documentio.h"
#include "printedvalues.h"
#include "sheetlayout.h"
#include "tableexport.h"
#include "workbookexport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <optional>

using namespace Juesuan;
using namespace TestSupport;

namespace {


// ---- a small XLSX reader, just what the assertions need

struct XCell {
    QString type;    // the t attribute: "" or "n" number, "s" shared string, "str" formula text
    QString value;   // <v>
    QString formula; // <f>, empty when none
    bool hasFormula = false;
    int style = 0;
};

struct XSheet {
    QString name;
    QHash<QString, XCell> cells; // by "A1"
    QStringList merges;
    QHash<QString, QString> pageSetup;
    QString fitToPage;
    QHash<QString, QString> pane;
};

struct XBook {
    QList<XSheet> sheets;
    QStringList strings;
    QHash<QString, QString> definedNames; // "name@localSheetId" → value
    QList<QPair<QString, bool>> xfs;      // per cell style: number format code, bold
    QString error;

    const XSheet *sheet(const QString &name) const
    {
        for (const XSheet &s : sheets)
            if (s.name == name)
                return &s;
        return nullptr;
    }
    QString text(const XSheet &s, const QString &ref) const
    {
        const auto it = s.cells.constFind(ref);
        if (it == s.cells.cend())
            return QString();
        if (it->type == QLatin1String("s"))
            return strings.value(it->value.toInt());
        return it->value;
    }
};

QByteArray entry(unzFile zip, const QString &name)
{
    if (unzLocateFile(zip, name.toUtf8().constData(), 1) != UNZ_OK || unzOpenCurrentFile(zip) != UNZ_OK)
        return QByteArray();
    QByteArray out;
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
        out.append(buffer, n);
    unzCloseCurrentFile(zip);
    return out;
}

QString attr(const QXmlStreamReader &xml, const char *name)
{
    for (const QXmlStreamAttribute &a : xml.attributes())
        if (a.qualifiedName() == QLatin1String(name))
            return a.value().toString();
    return QString();
}

XBook readXlsx(const QString &path)
{
    XBook book;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip) {
        book.error = QStringLiteral("not a zip file");
        return book;
    }
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(entry(zip, QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (xml.readNextStartElement() || !xml.atEnd())
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship"))
                targets.insert(attr(xml, "Id"), QStringLiteral("xl/") + attr(xml, "Target"));
    }
    QList<QPair<QString, QString>> sheetFiles;
    {
        QXmlStreamReader xml(entry(zip, QStringLiteral("xl/workbook.xml")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("sheet"))
                sheetFiles.append({attr(xml, "name"), targets.value(attr(xml, "r:id"))});
            else if (xml.name() == QLatin1String("definedName")) {
                const QString key = attr(xml, "name") + QLatin1Char('@') + attr(xml, "localSheetId");
                book.definedNames.insert(key, xml.readElementText());
            }
        }
        if (xml.hasError())
            book.error = QStringLiteral("workbook.xml: ") + xml.errorString();
    }
    {
        QXmlStreamReader xml(entry(zip, QStringLiteral("xl/sharedStrings.xml")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                book.strings.append(QString());
            else if (xml.isStartElement() && xml.name() == QLatin1String("t"))
                book.strings.last() += xml.readElementText();
        }
    }
    {
        QXmlStreamReader xml(entry(zip, QStringLiteral("xl/styles.xml")));
        QHash<int, QString> numFmts;
        QList<bool> fontBold;
        QString section;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto n = xml.name();
                if (n == QLatin1String("fonts") || n == QLatin1String("cellXfs") || n == QLatin1String("cellStyleXfs"))
                    section = n.toString();
                else if (n == QLatin1String("numFmt"))
                    numFmts.insert(attr(xml, "numFmtId").toInt(), attr(xml, "formatCode"));
                else if (n == QLatin1String("font") && section == QLatin1String("fonts"))
                    fontBold.append(false);
                else if (n == QLatin1String("b") && section == QLatin1String("fonts") && !fontBold.isEmpty())
                    fontBold.last() = true;
                else if (n == QLatin1String("xf") && section == QLatin1String("cellXfs"))
                    book.xfs.append({numFmts.value(attr(xml, "numFmtId").toInt()),
                                     fontBold.value(attr(xml, "fontId").toInt())});
            } else if (xml.isEndElement() && xml.name().toString() == section) {
                section.clear();
            }
        }
    }
    for (const auto &sf : std::as_const(sheetFiles)) {
        XSheet sheet;
        sheet.name = sf.first;
        QXmlStreamReader xml(entry(zip, sf.second));
        QString ref;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto n = xml.name();
            if (n == QLatin1String("c")) {
                ref = attr(xml, "r");
                XCell c;
                c.type = attr(xml, "t");
                c.style = attr(xml, "s").toInt();
                sheet.cells.insert(ref, c);
            } else if (n == QLatin1String("v")) {
                sheet.cells[ref].value = xml.readElementText();
            } else if (n == QLatin1String("f")) {
                sheet.cells[ref].hasFormula = true;
                sheet.cells[ref].formula = xml.readElementText();
            } else if (n == QLatin1String("mergeCell")) {
                sheet.merges.append(attr(xml, "ref"));
            } else if (n == QLatin1String("pageSetup")) {
                for (const QXmlStreamAttribute &a : xml.attributes())
                    sheet.pageSetup.insert(a.qualifiedName().toString(), a.value().toString());
            } else if (n == QLatin1String("pageSetUpPr")) {
                sheet.fitToPage = attr(xml, "fitToPage");
            } else if (n == QLatin1String("pane")) {
                for (const QXmlStreamAttribute &a : xml.attributes())
                    sheet.pane.insert(a.qualifiedName().toString(), a.value().toString());
            }
        }
        if (xml.hasError() && book.error.isEmpty())
            book.error = sf.second + QStringLiteral(": ") + xml.errorString();
        book.sheets.append(sheet);
    }
    unzClose(zip);
    return book;
}

QString columnName(int col)
{
    QString s;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        s.prepend(QLatin1Char(char('A' + (c - 1) % 26)));
    return s;
}

QString cellName(int row, int col)
{
    return columnName(col) + QString::number(row + 1);
}

bool parseRef(const QString &ref, int *row, int *col)
{
    static const QRegularExpression re(QStringLiteral("^([A-Z]+)([0-9]+)$"));
    const auto m = re.match(ref);
    if (!m.hasMatch())
        return false;
    int c = 0;
    for (QChar ch : m.captured(1))
        c = c * 26 + (ch.unicode() - 'A' + 1);
    *col = c - 1;
    *row = m.captured(2).toInt() - 1;
    return true;
}

// ---- an evaluator for the formulas the export writes: references and ranges (optionally on
// another sheet), SUM, COUNT, IF, "" and + / −, with Excel's rules (SUM and COUNT skip text,
// arithmetic on text is an error). Values are cached values of the cells referred to.

struct Value {
    bool number = false;
    double v = 0;
};

class Evaluator
{
public:
    Evaluator(const XBook &book, const XSheet &sheet, const QString &text) : m_book(book), m_sheet(&sheet), m_s(text) { }

    // Empty when the formula cannot be evaluated (with the reason in error()).
    std::optional<Value> run()
    {
        const std::optional<Value> v = expression();
        if (v && m_i != m_s.size())
            return fail(QStringLiteral("trailing text"));
        return v;
    }
    QString error() const { return m_error; }

private:
    std::optional<Value> fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why + QStringLiteral(" at ") + QString::number(m_i) + QStringLiteral(" in ") + m_s;
        return std::nullopt;
    }
    bool eat(QChar c)
    {
        if (m_i < m_s.size() && m_s.at(m_i) == c) {
            ++m_i;
            return true;
        }
        return false;
    }
    std::optional<Value> cellValue(const XSheet &sheet, int row, int col) const
    {
        const auto it = sheet.cells.constFind(cellName(row, col));
        if (it == sheet.cells.cend() || it->value.isEmpty() || !(it->type.isEmpty() || it->type == QLatin1String("n")))
            return Value{}; // blank or text
        return Value{true, it->value.toDouble()};
    }
    // A reference or range: the values it covers.
    bool reference(QList<Value> *out)
    {
        const XSheet *sheet = m_sheet;
        if (eat(QLatin1Char('\''))) {
            const int end = int(m_s.indexOf(QLatin1Char('\''), m_i));
            if (end < 0 || end + 1 >= m_s.size() || m_s.at(end + 1) != QLatin1Char('!'))
                return false;
            sheet = m_book.sheet(m_s.mid(m_i, end - m_i));
            if (!sheet)
                return false;
            m_i = end + 2;
        }
        static const QRegularExpression re(QStringLiteral("^([A-Z]+[0-9]+)(:([A-Z]+[0-9]+))?"));
        const auto m = re.match(QStringView(m_s).mid(m_i));
        if (!m.hasMatch())
            return false;
        m_i += int(m.capturedLength());
        int r0, c0, r1, c1;
        parseRef(m.captured(1), &r0, &c0);
        if (m.captured(3).isEmpty())
            r1 = r0, c1 = c0;
        else
            parseRef(m.captured(3), &r1, &c1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                out->append(*cellValue(*sheet, r, c));
        return true;
    }
    // One argument of SUM/COUNT: a reference or range (all its values) or an expression.
    bool argument(QList<Value> *out)
    {
        const int start = m_i;
        QList<Value> refs;
        if (reference(&refs) && (m_i == m_s.size() || m_s.at(m_i) == QLatin1Char(',') || m_s.at(m_i) == QLatin1Char(')'))) {
            out->append(refs);
            return true;
        }
        m_i = start;
        const auto v = expression();
        if (!v)
            return false;
        out->append(*v);
        return true;
    }
    std::optional<Value> term()
    {
        if (eat(QLatin1Char('"'))) {
            if (!eat(QLatin1Char('"')))
                return fail(QStringLiteral("only \"\" is expected as text"));
            return Value{};
        }
        static const QRegularExpression fn(QStringLiteral("^(SUM|COUNT|IF)\\("));
        const auto m = fn.match(QStringView(m_s).mid(m_i));
        if (m.hasMatch()) {
            m_i += int(m.capturedLength());
            const QString name = m.captured(1);
            if (name == QLatin1String("IF")) {
                const auto cond = expression();
                if (!cond || !eat(QLatin1Char(',')))
                    return fail(QStringLiteral("bad IF"));
                const auto a = expression();
                if (!a || !eat(QLatin1Char(',')))
                    return fail(QStringLiteral("bad IF"));
                const auto b = expression();
                if (!b || !eat(QLatin1Char(')')))
                    return fail(QStringLiteral("bad IF"));
                return cond->number && cond->v != 0 ? a : b;
            }
            QList<Value> args;
            do {
                if (!argument(&args))
                    return fail(QStringLiteral("bad argument"));
            } while (eat(QLatin1Char(',')));
            if (!eat(QLatin1Char(')')))
                return fail(QStringLiteral("missing )"));
            Value out{true, 0};
            for (const Value &a : std::as_const(args))
                if (a.number)
                    out.v += name == QLatin1String("SUM") ? a.v : 1;
            return out;
        }
        QList<Value> refs;
        if (!reference(&refs) || refs.size() != 1)
            return fail(QStringLiteral("expected a cell"));
        return refs.first();
    }
    std::optional<Value> expression()
    {
        auto v = term();
        while (v && m_i < m_s.size() && (m_s.at(m_i) == QLatin1Char('+') || m_s.at(m_i) == QLatin1Char('-'))) {
            const bool minus = m_s.at(m_i++) == QLatin1Char('-');
            const auto w = term();
            if (!w)
                return std::nullopt;
            // Excel: text ("") in arithmetic is #VALUE!; the export only adds and subtracts SUMs,
            // so a blank operand here is an error too.
            if (!v->number || !w->number)
                return fail(QStringLiteral("arithmetic on a blank or text"));
            v = Value{true, v->v + (minus ? -w->v : w->v)};
        }
        return v;
    }
    const XBook &m_book;
    const XSheet *m_sheet;
    QString m_s;
    int m_i = 0;
    QString m_error;
};

qint64 toFen(const QString &v)
{
    return qRound64(v.toDouble() * 1e6);
}

// The second document: unlike the sample, a few 项 in 05 and 政府性基金 项 in 07, with a zero,
// blanks, and an empty 08表.
std::unique_ptr<Document> fundsDocument(QString *error)
{
    auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("测试区城市建设基金管理中心"), 2023, error);
    if (!doc)
        return doc;
    const QString t05 = QStringLiteral("05"), t07 = QStringLiteral("07");
    const QStringList codes05 = {QStringLiteral("2010101"), QStringLiteral("2010102"), QStringLiteral("2013101"),
                                 QStringLiteral("2080505"), QStringLiteral("2120101")};
    const QStringList codes07 = {QStringLiteral("2120801"), QStringLiteral("2120803"), QStringLiteral("2296002")};
    QHash<CellKey, Money> inputs;
    const auto set = [&](const QString &t, const QString &row, const char *col, qint64 fen) {
        inputs.insert(CellKey{t, row, QString::fromLatin1(col)}, Money::fromFen(fen));
    };
    set(t05, codes05[0], "2", 123456789);   // 123.456789 万元: an exact value with 6 decimals
    set(t05, codes05[1], "3", 5000000);
    set(t05, codes05[2], "2", 0);           // an entered zero prints 0.00
    set(t05, codes05[3], "2", 98765432101); // 98,765.43 万元
    set(t05, codes05[3], "3", 1);           // 1 分
    // 2120101 stays blank: its row, 款 and 类 print nothing
    set(t07, codes07[0], "1", 20000000);
    set(t07, codes07[0], "2", 350000000);
    set(t07, codes07[0], "5", 300000000);
    set(t07, codes07[1], "2", 45000000);
    set(t07, codes07[1], "4", 12345600);
    set(t07, codes07[2], "1", 7000000);
    if (!doc->resetTables({{t05, codes05}, {t07, codes07}}, inputs, error))
        return nullptr;
    return doc;
}

} // namespace

class TestWorkbookExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sheetsInOrder_data();
    void sheetsInOrder();
    void titleCodeUnit_data();
    void titleCodeUnit();
    void headerMerges_data();
    void headerMerges();
    void bodyRowsAsTableVerb_data();
    void bodyRowsAsTableVerb();
    void amountsAsPrinted_data();
    void amountsAsPrinted();
    void amountsExactOption();
    void formulasLive_data();
    void formulasLive();
    void formulaShapes();
    void boldRowsAndFormat_data();
    void boldRowsAndFormat();
    void notes();
    void printSetup_data();
    void printSetup();
    void libreOfficeConverts();
    void readOnlyFolderFails();
    void targetIsFolderFails();
    void failureKeepsExistingFile();
    void replacesExistingFile();
    void keepsSymbolicLink();
    void exportVerb();

private:
    void addDocumentRows();
    void checkAmounts(const Document &d, const XBook &b, WorkbookExport::Amounts amounts);
    const Document &doc(const QString &name) const { return name == QLatin1String("sample") ? *m_sample : *m_funds; }
    const XBook &book(const QString &name) const { return name == QLatin1String("sample") ? m_sampleBook : m_fundsBook; }
    static int bodyTop(const TableTemplate &t) { return 3 + t.headerRowCount(); }

    QTemporaryDir m_tmp;
    std::unique_ptr<Document> m_sample, m_funds;
    XBook m_sampleBook, m_fundsBook;
};

void TestWorkbookExport::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    m_sample = DocumentIO::load(samplePath(), &error);
    QVERIFY2(m_sample, qPrintable(error));
    m_funds = fundsDocument(&error);
    QVERIFY2(m_funds, qPrintable(error));
    const QString a = m_tmp.filePath(QStringLiteral("sample.xlsx"));
    const QString b = m_tmp.filePath(QStringLiteral("funds.xlsx"));
    QVERIFY2(WorkbookExport::exportXlsx(*m_sample, a, &error), qPrintable(error));
    QVERIFY2(WorkbookExport::exportXlsx(*m_funds, b, &error), qPrintable(error));
    m_sampleBook = readXlsx(a);
    m_fundsBook = readXlsx(b);
    QVERIFY2(m_sampleBook.error.isEmpty(), qPrintable(m_sampleBook.error));
    QVERIFY2(m_fundsBook.error.isEmpty(), qPrintable(m_fundsBook.error));
    // Only the two workbooks: no temporary file stays beside them.
    QCOMPARE(QDir(m_tmp.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList({QStringLiteral("funds.xlsx"), QStringLiteral("sample.xlsx")}));
}

void TestWorkbookExport::addDocumentRows()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("sample") << QStringLiteral("sample");
    QTest::newRow("funds") << QStringLiteral("funds");
}

void TestWorkbookExport::sheetsInOrder_data()
{
    addDocumentRows();
}

void TestWorkbookExport::sheetsInOrder()
{
    QFETCH(QString, name);
    QStringList names;
    for (const XSheet &s : book(name).sheets)
        names.append(s.name);
    QCOMPARE(names, QStringList({QStringLiteral("公开01表"), QStringLiteral("公开02表"), QStringLiteral("公开03表"),
                                 QStringLiteral("公开04表"), QStringLiteral("公开05表"), QStringLiteral("公开06表"),
                                 QStringLiteral("公开07表"), QStringLiteral("公开08表"), QStringLiteral("公开09表")}));
}

void TestWorkbookExport::titleCodeUnit_data()
{
    addDocumentRows();
}

void TestWorkbookExport::titleCodeUnit()
{
    QFETCH(QString, name);
    const Document &d = doc(name);
    const XBook &b = book(name);
    for (const TableTemplate &t : d.reportTemplate().tables()) {
        const XSheet *s = b.sheet(t.code());
        QVERIFY2(s, qPrintable(t.code()));
        const int last = t.columnCount() - 1;
        QCOMPARE(b.text(*s, QStringLiteral("A1")), QStringLiteral("2023年度") + t.title());
        QVERIFY2(s->merges.contains(QStringLiteral("A1:") + cellName(0, last)), qPrintable(t.code()));
        QCOMPARE(b.text(*s, cellName(1, last)), t.code());
        QCOMPARE(b.text(*s, QStringLiteral("A3")), QStringLiteral("部门：") + d.metadata().department);
        const int unitCol = t.columnCount() >= 4 ? last - 1 : last;
        QCOMPARE(b.text(*s, cellName(2, unitCol)), QStringLiteral("金额单位：万元"));
    }
}

void TestWorkbookExport::headerMerges_data()
{
    addDocumentRows();
}

// Every header caption in its place, every band spanning its columns and rows as in the template.
void TestWorkbookExport::headerMerges()
{
    QFETCH(QString, name);
    const XBook &b = book(name);
    for (const TableTemplate &t : doc(name).reportTemplate().tables()) {
        const XSheet &s = *b.sheet(t.code());
        int spans = 0;
        for (const GridCell &h : t.header()) {
            QCOMPARE(b.text(s, cellName(3 + h.row, h.col)), h.text);
            if (h.rowSpan > 1 || h.colSpan > 1) {
                ++spans;
                const QString range = cellName(3 + h.row, h.col) + QLatin1Char(':')
                        + cellName(3 + h.row + h.rowSpan - 1, h.col + h.colSpan - 1);
                QVERIFY2(s.merges.contains(range), qPrintable(t.code() + QLatin1Char(' ') + range));
            }
        }
        QVERIFY2(spans > 0, qPrintable(t.code()));
    }
    // 栏次 rows are there where the template has them (05表: the third band).
    const XSheet &s05 = *b.sheet(QStringLiteral("公开05表"));
    QCOMPARE(b.text(s05, QStringLiteral("D6")), QStringLiteral("栏次"));
    QCOMPARE(b.text(s05, QStringLiteral("E6")), QStringLiteral("1"));
}

void TestWorkbookExport::bodyRowsAsTableVerb_data()
{
    addDocumentRows();
}

// Code-list sheets hold the rows the table verb prints, in its order: code (one column,
// merged over the template's code columns), name, amounts as printed.
void TestWorkbookExport::bodyRowsAsTableVerb()
{
    QFETCH(QString, name);
    const Document &d = doc(name);
    const XBook &b = book(name);
    int rows = 0;
    for (const TableTemplate &t : d.reportTemplate().tables()) {
        if (!t.isCodeList())
            continue;
        QString error;
        QStringList lines = TableExport::toTsv(d, t.id(), &error).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.erase(std::remove_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(QLatin1Char('#')); }),
                    lines.end());
        const XSheet &s = *b.sheet(t.code());
        const SheetLayout layout(d, t.id());
        int i = 0; // the table verb's line
        for (int r = 0; r < layout.rowCount(); ++r) {
            const int row = bodyTop(t) + r;
            if (!d.isPrintedRow(t.id(), layout.row(r).key)) {
                // The workbook is the editable sheet: an added 项 row left empty stays in it,
                // though the report and the table verb leave it out.
                QCOMPARE(b.text(s, cellName(row, 0)), layout.row(r).key);
                continue;
            }
            QVERIFY(i < lines.size());
            const QStringList f = lines.at(i++).split(QLatin1Char('\t'));
            if (f.at(0).isEmpty()) { // 合计: the label across code and name columns
                QCOMPARE(b.text(s, cellName(row, 0)), t.totalLabel());
                QVERIFY(s.merges.contains(cellName(row, 0) + QLatin1Char(':') + cellName(row, t.codeColumns() + t.nameColumns() - 1)));
            } else {
                QCOMPARE(b.text(s, cellName(row, 0)), f.at(0));
                if (t.codeColumns() > 1)
                    QVERIFY(s.merges.contains(cellName(row, 0) + QLatin1Char(':') + cellName(row, t.codeColumns() - 1)));
                QCOMPARE(b.text(s, cellName(row, t.codeColumns())), f.at(1));
            }
            for (int a = 0; a < t.amountColumns().size(); ++a) {
                const QString v = s.cells.value(cellName(row, t.codeColumns() + t.nameColumns() + a)).value;
                const QString printed = v.isEmpty() ? QString() : Money::fromFen(toFen(v)).toWanyuan(false, 2);
                QCOMPARE(printed, f.at(2 + a));
            }
            ++rows;
        }
        QCOMPARE(i, lines.size());
    }
    QVERIFY(rows > 10);
}

void TestWorkbookExport::amountsAsPrinted_data()
{
    addDocumentRows();
}

// Every amount cell Juesuan shows is a number with its printed value (舍位平衡) in 万元; blank
// stays empty; input cells are plain numbers, never formulas.
void TestWorkbookExport::amountsAsPrinted()
{
    QFETCH(QString, name);
    const Document &d = doc(name);
    checkAmounts(d, book(name), WorkbookExport::Amounts::Printed);
    if (QTest::currentTestFailed())
        return;
    if (name == QLatin1String("funds")) {
        // 123.456789 万元 is entered: the workbook holds what the report prints, 0.01 万元 whole.
        const XSheet &s = *book(name).sheet(QStringLiteral("公开05表"));
        const SheetLayout layout(d, QStringLiteral("05"));
        int r = 0, c = 0;
        const CellKey k{QStringLiteral("05"), QStringLiteral("2010101"), QStringLiteral("2")};
        QVERIFY(layout.find(k, &r, &c));
        const QString written = s.cells.value(cellName(bodyTop(layout.tableTemplate()) + r, c)).value;
        QVERIFY2(written == QLatin1String("123.45") || written == QLatin1String("123.46"), qPrintable(written));
        QCOMPARE(written, d.printed().printedWanyuan(k));
    }
}

// With Amounts::Exact the workbook holds the exact values (123.456789 万元 as entered) and the
// formulas compute the exact totals.
void TestWorkbookExport::amountsExactOption()
{
    QString error;
    const QString path = m_tmp.filePath(QStringLiteral("funds-exact.xlsx"));
    QVERIFY2(WorkbookExport::exportXlsx(*m_funds, path, &error, nullptr, WorkbookExport::Amounts::Exact),
             qPrintable(error));
    const XBook b = readXlsx(path);
    QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
    checkAmounts(*m_funds, b, WorkbookExport::Amounts::Exact);
    if (QTest::currentTestFailed())
        return;
    const XSheet &s = *b.sheet(QStringLiteral("公开05表"));
    const SheetLayout layout(*m_funds, QStringLiteral("05"));
    int r = 0, c = 0;
    QVERIFY(layout.find(CellKey{QStringLiteral("05"), QStringLiteral("2010101"), QStringLiteral("2")}, &r, &c));
    QCOMPARE(s.cells.value(cellName(bodyTop(layout.tableTemplate()) + r, c)).value, QStringLiteral("123.456789"));
    // The exact workbook keeps the template's notes, 尾数误差 sentence included.
    const TableTemplate &t01 = *m_funds->reportTemplate().table(QStringLiteral("01"));
    QVERIFY(m_funds->printed().balanced());
    QVERIFY(m_funds->printed().notes(t01) != t01.notes()); // printed: the sentence goes
    const XSheet &s01 = *b.sheet(t01.code());
    int row = bodyTop(t01) + SheetLayout(*m_funds, t01.id()).rowCount();
    for (const QString &note : t01.notes())
        QCOMPARE(b.text(s01, cellName(row++, 0)), note);
}

// Each amount cell of `b` against the document: the printed or the exact value, numbers for
// inputs, live formulas for computed cells whose evaluation over the workbook gives that value
// again (so with printed inputs the formulas compute the printed totals).
void TestWorkbookExport::checkAmounts(const Document &d, const XBook &b, WorkbookExport::Amounts amounts)
{
    const bool printed = amounts == WorkbookExport::Amounts::Printed;
    int numbers = 0, zeros = 0, blanks = 0, formulas = 0;
    for (const TableTemplate &t : d.reportTemplate().tables()) {
        const SheetLayout layout(d, t.id());
        const XSheet &s = *b.sheet(t.code());
        for (int r = 0; r < layout.rowCount(); ++r)
            for (const GridCell &g : layout.rowCells(r)) {
                if (g.kind != GridCell::Kind::Amount)
                    continue;
                const QString ref = cellName(bodyTop(t) + g.row, g.col);
                const QString where = t.code() + QLatin1Char(' ') + ref + QLatin1Char(' ') + g.cell.toString();
                const Money value = printed ? d.printed().printedValue(g.cell) : d.value(g.cell);
                const XCell c = s.cells.value(ref);
                QVERIFY2(s.cells.contains(ref), qPrintable(where)); // ruled even when blank
                if (!d.isComputed(g.cell))
                    QVERIFY2(!c.hasFormula, qPrintable(where));
                if (value.isBlank()) {
                    QVERIFY2(c.value.isEmpty(), qPrintable(where + QStringLiteral(": ") + c.value));
                    ++blanks;
                    continue;
                }
                QVERIFY2(c.type.isEmpty() || c.type == QLatin1String("n"), qPrintable(where));
                QVERIFY2(!c.value.isEmpty(), qPrintable(where));
                QCOMPARE(toFen(c.value), value.fen());
                if (printed)
                    QVERIFY2(value.fen() % 10000 == 0, qPrintable(where));
                ++numbers;
                zeros += value.isZero();
                if (c.hasFormula) {
                    ++formulas;
                    Evaluator e(b, s, c.formula);
                    const std::optional<Value> v = e.run();
                    QVERIFY2(v && v->number, qPrintable(where + QStringLiteral(" =") + c.formula));
                    QCOMPARE(qRound64(v->v * 1e6), value.fen());
                }
            }
    }
    QVERIFY(numbers > 20);
    QVERIFY(blanks > 0);
    QVERIFY(formulas > 20);
    if (&d == m_funds.get())
        QVERIFY(zeros > 0);
}

void TestWorkbookExport::formulasLive_data()
{
    addDocumentRows();
}

// Every computed cell is a formula; its cached value is Juesuan's (blank as ""), and evaluating
// the formula over the workbook's cells gives that value again.
void TestWorkbookExport::formulasLive()
{
    QFETCH(QString, name);
    const Document &d = doc(name);
    const XBook &b = book(name);
    int formulas = 0, crossSheet = 0;
    for (const TableTemplate &t : d.reportTemplate().tables()) {
        const SheetLayout layout(d, t.id());
        const XSheet &s = *b.sheet(t.code());
        for (int r = 0; r < layout.rowCount(); ++r)
            for (const GridCell &g : layout.rowCells(r)) {
                if (g.kind != GridCell::Kind::Amount || !d.isComputed(g.cell))
                    continue;
                const QString ref = cellName(bodyTop(t) + g.row, g.col);
                const XCell c = s.cells.value(ref);
                const QString where = t.code() + QLatin1Char(' ') + ref + QLatin1Char(' ') + g.cell.toString()
                        + QStringLiteral(" =") + c.formula;
                const Money value = d.printed().printedValue(g.cell); // the workbook holds printed values
                // A computed cell none of whose operands is in the workbook may stay empty.
                if (!c.hasFormula) {
                    QVERIFY2(value.isBlank(), qPrintable(where));
                    continue;
                }
                ++formulas;
                crossSheet += c.formula.contains(QLatin1Char('!'));
                Evaluator e(b, s, c.formula);
                const std::optional<Value> v = e.run();
                QVERIFY2(v, qPrintable(where + QStringLiteral(": ") + e.error()));
                if (value.isBlank()) {
                    QCOMPARE(c.type, QStringLiteral("str"));
                    QVERIFY2(c.value.isEmpty(), qPrintable(where));
                    QVERIFY2(!v->number, qPrintable(where));
                } else {
                    QCOMPARE(toFen(c.value), value.fen());
                    QVERIFY2(v->number, qPrintable(where));
                    QCOMPARE(qRound64(v->v * 1e6), value.fen());
                }
            }
    }
    QVERIFY(formulas > 20);
    QVERIFY(crossSheet > 0);
}

// The shapes an accountant expects: 款 = SUM of its 项 rows, 类 = SUM of its 款, 合计 = SUM
// of its 类; 1栏 = the other columns as a cell sum; a row range; a cross-table copy.
void TestWorkbookExport::formulaShapes()
{
    const Document &d = *m_funds;
    const XSheet &s05 = *m_fundsBook.sheet(QStringLiteral("公开05表"));
    const TableTemplate &t05 = *d.reportTemplate().table(QStringLiteral("05"));
    const SheetLayout l05(d, QStringLiteral("05"));
    // Rows: 0 合计, then 201, 20101, 2010101, 2010102, 20131, 2013101, 208, …
    const int top = bodyTop(t05);
    QCOMPARE(l05.row(1).key, QStringLiteral("201"));
    QCOMPARE(l05.row(2).key, QStringLiteral("20101"));
    QCOMPARE(l05.row(5).key, QStringLiteral("20131"));
    const QString col2 = columnName(t05.amountGridColumn(QStringLiteral("2")));
    const auto f = [&](int layoutRow, const QString &col) -> QString {
        return s05.cells.value(col + QString::number(top + layoutRow + 1)).formula;
    };
    const auto at = [&](int layoutRow) -> QString { return col2 + QString::number(top + layoutRow + 1); };
    QCOMPARE(f(2, col2), QStringLiteral("SUM(%1:%2)").arg(at(3), at(4)));   // 款 20101 = its two 项
    QCOMPARE(f(5, col2), QStringLiteral("SUM(%1)").arg(at(6)));             // 款 20131 = its one 项
    QCOMPARE(f(1, col2), QStringLiteral("SUM(%1,%2)").arg(at(2), at(5)));   // 类 201 = its 款
    QStringList classes;
    for (int r = 1; r < l05.rowCount(); ++r)
        if (l05.row(r).level == 1)
            classes.append(at(r));
    QCOMPARE(f(0, col2), QStringLiteral("SUM(%1)").arg(classes.join(QLatin1Char(','))));
    // 1栏 = 2栏 + 3栏 on every row: adjacent, so a range.
    const QString col1 = columnName(t05.amountGridColumn(QStringLiteral("1")));
    const QString col3 = columnName(t05.amountGridColumn(QStringLiteral("3")));
    const QString row3 = QString::number(top + 4);
    QCOMPARE(f(3, col1), QStringLiteral("SUM(") + col2 + row3 + QLatin1Char(':') + col3 + row3 + QLatin1Char(')'));
    // The blank 项 2120101: its 1栏 prints nothing until 2栏 or 3栏 is typed.
    int r = 0, c = 0;
    QVERIFY(l05.find(CellKey{QStringLiteral("05"), QStringLiteral("2120101"), QStringLiteral("1")}, &r, &c));
    const QString range = col2 + QString::number(top + r + 1) + QLatin1Char(':') + col3 + QString::number(top + r + 1);
    QCOMPARE(s05.cells.value(cellName(top + r, c)).formula,
             QStringLiteral("IF(COUNT(%1),SUM(%1),\"\")").arg(range));

    // 07表 6栏 = 1栏 + 2栏 − 3栏: signed, as SUM(plus)-SUM(minus).
    const TableTemplate &t07 = *d.reportTemplate().table(QStringLiteral("07"));
    const SheetLayout l07(d, QStringLiteral("07"));
    QVERIFY(l07.find(CellKey{QStringLiteral("07"), QStringLiteral("2120801"), QStringLiteral("6")}, &r, &c));
    const QString row07 = QString::number(bodyTop(t07) + r + 1);
    const auto col07 = [&](const char *k) -> QString { return columnName(t07.amountGridColumn(QString::fromLatin1(k))) + row07; };
    QCOMPARE(m_fundsBook.sheet(QStringLiteral("公开07表"))->cells.value(cellName(bodyTop(t07) + r, c)).formula,
             QStringLiteral("SUM(%1:%2)-SUM(%3)").arg(col07("1"), col07("2"), col07("3")));

    // 01表 line 27 = lines 1..8 (a range down the column); line 32 = 03表 类 201 (another sheet).
    const Document &sd = *m_sample;
    const TableTemplate &t01 = *sd.reportTemplate().table(QStringLiteral("01"));
    const SheetLayout l01(sd, QStringLiteral("01"));
    const XSheet &s01 = *m_sampleBook.sheet(QStringLiteral("公开01表"));
    int r1 = 0, c1 = 0, r8 = 0, c8 = 0;
    QVERIFY(l01.find(CellKey{QStringLiteral("01"), QStringLiteral("27"), QStringLiteral("1")}, &r, &c));
    QVERIFY(l01.find(CellKey{QStringLiteral("01"), QStringLiteral("1"), QStringLiteral("1")}, &r1, &c1));
    QVERIFY(l01.find(CellKey{QStringLiteral("01"), QStringLiteral("8"), QStringLiteral("1")}, &r8, &c8));
    QCOMPARE(s01.cells.value(cellName(bodyTop(t01) + r, c)).formula,
             QStringLiteral("SUM(%1:%2)").arg(cellName(bodyTop(t01) + r1, c1), cellName(bodyTop(t01) + r8, c8)));
    const TableTemplate &t03 = *sd.reportTemplate().table(QStringLiteral("03"));
    const SheetLayout l03(sd, QStringLiteral("03"));
    QVERIFY(l01.find(CellKey{QStringLiteral("01"), QStringLiteral("32"), QStringLiteral("2")}, &r, &c));
    QVERIFY(l03.find(CellKey{QStringLiteral("03"), QStringLiteral("201"), QStringLiteral("1")}, &r1, &c1));
    QCOMPARE(s01.cells.value(cellName(bodyTop(t01) + r, c)).formula,
             QStringLiteral("'公开03表'!") + cellName(bodyTop(t03) + r1, c1));
}

void TestWorkbookExport::boldRowsAndFormat_data()
{
    addDocumentRows();
}

// Amounts carry the #,##0.00 format; 合计 and 类 rows (and the template's bold lines) are bold,
// 项 rows are not.
void TestWorkbookExport::boldRowsAndFormat()
{
    QFETCH(QString, name);
    const Document &d = doc(name);
    const XBook &b = book(name);
    int bold = 0, plain = 0;
    for (const TableTemplate &t : d.reportTemplate().tables()) {
        const SheetLayout layout(d, t.id());
        const XSheet &s = *b.sheet(t.code());
        for (int r = 0; r < layout.rowCount(); ++r) {
            const bool expectBold = t.isCodeList() ? layout.row(r).level < 3 : layout.row(r).bold;
            for (const GridCell &g : layout.rowCells(r)) {
                const QString ref = cellName(bodyTop(t) + g.row, g.col);
                const auto xf = b.xfs.value(s.cells.value(ref).style);
                QVERIFY2(xf.second == expectBold, qPrintable(t.code() + QLatin1Char(' ') + ref));
                if (g.kind == GridCell::Kind::Amount)
                    QVERIFY2(xf.first == QLatin1String("#,##0.00"), qPrintable(t.code() + QLatin1Char(' ') + ref + xf.first));
                (expectBold ? bold : plain)++;
            }
        }
    }
    QVERIFY(bold > 0 && plain > 0);
}

// The notes under each table; 注明 under an empty 07/08 table and only there.
void TestWorkbookExport::notes()
{
    for (const QString &name : {QStringLiteral("sample"), QStringLiteral("funds")}) {
        const Document &d = doc(name);
        const XBook &b = book(name);
        for (const TableTemplate &t : d.reportTemplate().tables()) {
            const SheetLayout layout(d, t.id());
            const XSheet &s = *b.sheet(t.code());
            int row = bodyTop(t) + layout.rowCount();
            for (const QString &note : d.printed().notes(t)) { // as printed: 尾数误差 gone when balanced
                QCOMPARE(b.text(s, cellName(row, 0)), note);
                QVERIFY(s.merges.contains(cellName(row, 0) + QLatin1Char(':') + cellName(row, t.columnCount() - 1)));
                ++row;
            }
            const bool empty = t.isCodeList() && d.itemRows(t.id()).isEmpty() && !t.emptyNote().isEmpty();
            QCOMPARE(b.text(s, cellName(row, 0)), empty ? t.emptyNote() : QString());
        }
    }
    // The funds document has 07 rows and an empty 08; the sample has neither 07 nor 08 rows.
    QVERIFY(!m_funds->itemRows(QStringLiteral("07")).isEmpty());
    QVERIFY(m_funds->itemRows(QStringLiteral("08")).isEmpty());
}

void TestWorkbookExport::printSetup_data()
{
    addDocumentRows();
}

void TestWorkbookExport::printSetup()
{
    QFETCH(QString, name);
    const XBook &b = book(name);
    int landscape = 0, i = 0;
    for (const TableTemplate &t : doc(name).reportTemplate().tables()) {
        const XSheet &s = *b.sheet(t.code());
        QCOMPARE(s.pageSetup.value(QStringLiteral("paperSize")), QStringLiteral("9")); // A4
        QCOMPARE(s.pageSetup.value(QStringLiteral("orientation")),
                 t.landscape() ? QStringLiteral("landscape") : QStringLiteral("portrait"));
        landscape += t.landscape();
        QCOMPARE(s.fitToPage, QStringLiteral("1"));
        QCOMPARE(s.pageSetup.value(QStringLiteral("fitToWidth"), QStringLiteral("1")), QStringLiteral("1"));
        QCOMPARE(s.pageSetup.value(QStringLiteral("fitToHeight")), QStringLiteral("0"));
        // Title, code, 部门 line and the header bands repeat on every page.
        QCOMPARE(b.definedNames.value(QStringLiteral("_xlnm.Print_Titles@") + QString::number(i)),
                 QStringLiteral("'%1'!$1:$%2").arg(t.code()).arg(bodyTop(t)));
        // Frozen under the header.
        QCOMPARE(s.pane.value(QStringLiteral("state")), QStringLiteral("frozen"));
        QCOMPARE(s.pane.value(QStringLiteral("ySplit")), QString::number(bodyTop(t)));
        ++i;
    }
    QVERIFY(landscape > 0 && landscape < 9);
}

// LibreOffice reads the workbook and prints it (not in CI: soffice is not installed there).
void TestWorkbookExport::libreOfficeConverts()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("soffice is not installed");
    for (const QString &name : {QStringLiteral("sample"), QStringLiteral("funds")}) {
        QTemporaryDir out;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), out.path()); // a fresh LibreOffice profile, no first-run locks
        p.setProcessEnvironment(env);
        p.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                          QStringLiteral("--outdir"), out.path(), m_tmp.filePath(name + QStringLiteral(".xlsx"))});
        QVERIFY(p.waitForFinished(180000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QFileInfo pdf(out.filePath(name + QStringLiteral(".pdf")));
        QVERIFY2(pdf.exists() && pdf.size() > 1000, qPrintable(QString::fromLocal8Bit(p.readAllStandardError())));
    }
}

void TestWorkbookExport::readOnlyFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard([&] { QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
    {
        QFile probe(dir.filePath(QStringLiteral("probe")));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("this user (root?) can write into a read-only folder");
        }
    }
    const QString target = dir.filePath(QStringLiteral("out.xlsx"));
    QString error;
    QVERIFY(!WorkbookExport::exportXlsx(*m_sample, target, &error));
    QVERIFY2(error.contains(target), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Permission denied"), Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
}

// The rename fails (a folder of that name exists) after libxlsxwriter wrote the whole workbook:
// the temporary file goes too.
void TestWorkbookExport::targetIsFolderFails()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out.xlsx"));
    QVERIFY(QDir().mkpath(target));
    QString error;
    QVERIFY(!WorkbookExport::exportXlsx(*m_sample, target, &error));
    QVERIFY2(error.contains(target), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
    QVERIFY(QFileInfo(target).isDir());
}

// A workbook libxlsxwriter refuses half-way (a 部门 longer than a cell may hold) leaves the old
// file as it was, says where and why, and leaves no temporary file.
void TestWorkbookExport::failureKeepsExistingFile()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out.xlsx"));
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    QVERIFY(old.write("the previous export") > 0);
    old.close();
    QString error;
    auto doc = fundsDocument(&error);
    QVERIFY2(doc, qPrintable(error));
    Metadata m = doc->metadata();
    m.department = QString(40000, QChar(0x90e8));
    doc->setMetadata(m);
    QVERIFY(!WorkbookExport::exportXlsx(*doc, target, &error));
    QVERIFY2(error.contains(target) && error.contains(QStringLiteral("公开01表!A3")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("32767")) || error.contains(QStringLiteral("string"), Qt::CaseInsensitive),
             qPrintable(error));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList({QStringLiteral("out.xlsx")}));
}

void TestWorkbookExport::replacesExistingFile()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out.xlsx"));
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    QVERIFY(old.write("the previous export") > 0);
    old.close();
    QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    QString error;
    QVERIFY2(WorkbookExport::exportXlsx(*m_funds, target, &error), qPrintable(error));
    const XBook b = readXlsx(target);
    QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
    QCOMPARE(b.sheets.size(), 9);
    QCOMPARE(QFile::permissions(target) & (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList({QStringLiteral("out.xlsx")}));
}

// Like QSaveFile: exporting through a symbolic link replaces the file it points to.
void TestWorkbookExport::keepsSymbolicLink()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString real = dir.filePath(QStringLiteral("real/tables.xlsx"));
    const QString link = dir.filePath(QStringLiteral("link.xlsx"));
    QFile old(real);
    QVERIFY(old.open(QIODevice::WriteOnly));
    QVERIFY(old.write("the previous export") > 0);
    old.close();
    QVERIFY(QFile::link(real, link));
    QString error;
    QVERIFY2(WorkbookExport::exportXlsx(*m_funds, link, &error), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readXlsx(real).sheets.size(), 9);
    QCOMPARE(QDir(dir.filePath(QStringLiteral("real"))).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList({QStringLiteral("tables.xlsx")}));
}

void TestWorkbookExport::exportVerb()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("tables.xlsx"));
    QProcess p;
    p.start(QStringLiteral(JUESUAN_BINARY), {QStringLiteral("export"), samplePath(), QStringLiteral("-o"), out});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const XBook b = readXlsx(out);
    QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
    QCOMPARE(b.sheets.size(), 9);
    QCOMPARE(b.text(b.sheets.first(), QStringLiteral("A1")), QStringLiteral("2023年度收入支出决算总表"));

    // --exact writes exact values; it means nothing for the report formats, which say so.
    p.start(QStringLiteral(JUESUAN_BINARY), {QStringLiteral("export"), samplePath(), QStringLiteral("-o"), out,
                                             QStringLiteral("--exact")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    p.start(QStringLiteral(JUESUAN_BINARY), {QStringLiteral("export"), samplePath(), QStringLiteral("-o"), pdf,
                                             QStringLiteral("--exact")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("--exact")));
    QVERIFY(!QFile::exists(pdf));

    // A folder that does not exist: exit 2, the file and the reason on stderr.
    const QString bad = dir.filePath(QStringLiteral("missing/tables.xlsx"));
    p.start(QStringLiteral(JUESUAN_BINARY), {QStringLiteral("export"), samplePath(), QStringLiteral("-o"), bad});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(bad), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestWorkbookExport)
#include "tst_workbookexport.moc"
