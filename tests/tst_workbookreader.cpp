// Tests of WorkbookReader: xlsx written by libxlsxwriter (made here) and by LibreOffice, the
// same content as xls, CSV in three encodings and TSV, hand-made xlsx parts for the corners
// of the format, and damaged or foreign inputs that must be refused with place and reason.
#include "workbookreader.h"
#include "xlsreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <minizip/zip.h>
#include <xlsxwriter.h>

using namespace Juesuan;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(JUESUAN_TEST_DATA "/workbooks/") + name;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(path));
    return f.readAll();
}

bool hasMerge(const WorkbookSheet &s, int r1, int c1, int r2, int c2)
{
    for (const WorkbookMerge &m : s.merges)
        if (m.firstRow == r1 && m.firstCol == c1 && m.lastRow == r2 && m.lastCol == c2)
            return true;
    return false;
}

// A zip of the given parts, written with minizip's zip.h. `level` 0 stores.
QByteArray makeZip(const QList<QPair<QByteArray, QByteArray>> &parts, int level = Z_DEFAULT_COMPRESSION)
{
    QTemporaryFile temp;
    if (!temp.open())
        qFatal("no temporary file");
    temp.close();
    zipFile zf = zipOpen64(QFile::encodeName(temp.fileName()).constData(), APPEND_STATUS_CREATE);
    if (!zf)
        qFatal("zipOpen failed");
    for (const auto &[name, bytes] : parts) {
        if (zipOpenNewFileInZip(zf, name.constData(), nullptr, nullptr, 0, nullptr, 0, nullptr,
                                level == 0 ? 0 : Z_DEFLATED, level) != ZIP_OK
            || (!bytes.isEmpty() && zipWriteInFileInZip(zf, bytes.constData(), unsigned(bytes.size())) != ZIP_OK)
            || zipCloseFileInZip(zf) != ZIP_OK)
            qFatal("writing a zip entry failed");
    }
    if (zipClose(zf, nullptr) != ZIP_OK)
        qFatal("zipClose failed");
    return fileBytes(temp.fileName());
}

const QByteArray rootRels = QByteArrayLiteral(
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
    "</Relationships>");

const QByteArray oneSheetWorkbook = QByteArrayLiteral(
    "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"表一\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");

// The sheet target is absolute, as some writers make it.
const QByteArray oneSheetRels = QByteArrayLiteral(
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    "</Relationships>");

const QByteArray sharedStrings = QByteArrayLiteral(
    "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\" uniqueCount=\"2\">"
    "<si><t xml:space=\"preserve\"> 支出 </t></si>"
    "<si><r><t>公开</t></r><r><rPr><b/></rPr><t>05表</t></r><rPh sb=\"0\" eb=\"1\"><t>こうかい</t></rPh></si>"
    "</sst>");

// cellStyleXfs comes first and must not shift the cellXfs indices.
const QByteArray styles = QByteArrayLiteral(
    "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"1\"><numFmt numFmtId=\"170\" formatCode=\"#,##0.00_ \"/></numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"49\"/></cellStyleXfs>"
    "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"4\"/><xf numFmtId=\"170\"/></cellXfs>"
    "</styleSheet>");

QByteArray packageWithSheet(const QByteArray &sheetXml)
{
    return makeZip({{"[Content_Types].xml", "<Types/>"},
                    {"_rels/.rels", rootRels},
                    {"xl/workbook.xml", oneSheetWorkbook},
                    {"xl/_rels/workbook.xml.rels", oneSheetRels},
                    {"xl/sharedStrings.xml", sharedStrings},
                    {"xl/styles.xml", styles},
                    {"xl/worksheets/sheet1.xml", sheetXml}});
}

QByteArray sheetXml(const QByteArray &sheetData, const QByteArray &tail = QByteArray())
{
    return "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<sheetData>"
           + sheetData + "</sheetData>" + tail + "</worksheet>";
}

} // namespace

class TestWorkbookReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void libxlsxwriterWorkbook();
    void libxlsxwriterInlineStrings();
    void libreOfficeXlsx();
    void libreOfficeXls();
    void xlsSpecialFormulaResults_data();
    void xlsSpecialFormulaResults();
    void xlsHugeDeclaredSheets();
    void xlsStringLongerThanRecord();
    void xlsSecondDimensions();
    void xlsDirectoryNameTooLong();
    void xlsFuzzedDirectoryName();
    void xlsStringDamage_data();
    void xlsStringDamage();
    void csv_data();
    void csv();
    void tsvAndSemicolon();
    void sniffsContentNotSuffix();
    void xlsxCorners();
    void xlsxPrefixedElements();
    void xlsxScannerAndFallbackAgree_data();
    void xlsxScannerAndFallbackAgree();
    void refused_data();
    void refused();
    void refusedPaths_data();
    void refusedPaths();
    void zipBomb();
    void damagedBytesNeverCrash_data();
    void damagedBytesNeverCrash();
    void cellReferences_data();
    void cellReferences();
    void shortestDecimal_data();
    void shortestDecimal();

private:
    QTemporaryDir m_dir;
    QString m_xlsxwriterPath;
    QString m_inlinePath;
};

void TestWorkbookReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_xlsxwriterPath = m_dir.filePath(QStringLiteral("xlsxwriter.xlsx"));
    lxw_workbook *wb = workbook_new(QFile::encodeName(m_xlsxwriterPath).constData());
    QVERIFY(wb);
    lxw_format *money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0.00");
    lxw_format *percent = workbook_add_format(wb);
    format_set_num_format_index(percent, 10); // builtin 0.00%
    lxw_worksheet *ws = workbook_add_worksheet(wb, "公开05表");
    worksheet_merge_range(ws, 0, 0, 0, 3, "一般公共预算财政拨款支出决算表", nullptr);
    worksheet_write_string(ws, 1, 3, "公开05表", nullptr);
    worksheet_merge_range(ws, 3, 0, 3, 2, "科目编码", nullptr);
    worksheet_merge_range(ws, 3, 3, 5, 3, "科目名称", nullptr);
    worksheet_write_string(ws, 6, 0, "207", nullptr);
    worksheet_write_string(ws, 6, 3, "文化旅游体育与传媒支出", nullptr);
    worksheet_write_number(ws, 6, 4, 2017.65, money);
    worksheet_write_number(ws, 7, 4, 0.1, money);
    worksheet_write_number(ws, 8, 4, 12345, nullptr);
    worksheet_write_formula_num(ws, 9, 4, "=E7+E8", money, 2017.75);
    worksheet_write_number(ws, 10, 4, 0.125, percent);
    lxw_worksheet *second = workbook_add_worksheet(wb, "Sheet2");
    worksheet_write_boolean(second, 0, 0, 1, nullptr);
    worksheet_write_string(second, 0, 1, "  前后空格  ", nullptr);
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

    // constant_memory mode writes inline strings instead of shared ones.
    m_inlinePath = m_dir.filePath(QStringLiteral("inline.xlsx"));
    lxw_workbook_options options = {LXW_TRUE, nullptr, LXW_FALSE};
    wb = workbook_new_opt(QFile::encodeName(m_inlinePath).constData(), &options);
    QVERIFY(wb);
    ws = workbook_add_worksheet(wb, "内联");
    worksheet_write_string(ws, 0, 0, "项目", nullptr);
    worksheet_write_number(ws, 0, 1, 313.94, nullptr);
    worksheet_write_string(ws, 1, 0, "合计", nullptr);
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
}

void TestWorkbookReader::libxlsxwriterWorkbook()
{
    Workbook book;
    QString error;
    QVERIFY2(WorkbookReader::read(m_xlsxwriterPath, &book, &error), qPrintable(error));
    QCOMPARE(book.source, m_xlsxwriterPath);
    QCOMPARE(book.sheets.size(), 2);
    const WorkbookSheet &s = book.sheets.at(0);
    QCOMPARE(s.name, QStringLiteral("公开05表"));
    QCOMPARE(s.text(0, 0), QStringLiteral("一般公共预算财政拨款支出决算表"));
    QCOMPARE(s.text(1, 3), QStringLiteral("公开05表"));
    QVERIFY(hasMerge(s, 0, 0, 0, 3));
    QVERIFY(hasMerge(s, 3, 0, 3, 2));
    QVERIFY(hasMerge(s, 3, 3, 5, 3));
    QCOMPARE(s.merges.size(), 3);
    QCOMPARE(s.cell(6, 0)->type, WorkbookCell::Type::Text); // a code written as text stays text
    QCOMPARE(s.text(6, 0), QStringLiteral("207"));
    const WorkbookCell *amount = s.cell(6, 4);
    QVERIFY(amount);
    QCOMPARE(amount->type, WorkbookCell::Type::Number);
    QCOMPARE(amount->text, QStringLiteral("2017.65"));
    QCOMPARE(amount->format, QStringLiteral("#,##0.00"));
    QVERIFY(!amount->formula);
    QCOMPARE(s.text(7, 4), QStringLiteral("0.1"));
    QCOMPARE(s.cell(8, 4)->format, QString()); // General
    const WorkbookCell *total = s.cell(9, 4);
    QVERIFY(total);
    QVERIFY(total->formula);
    QCOMPARE(total->type, WorkbookCell::Type::Number);
    QCOMPARE(total->text, QStringLiteral("2017.75"));
    QCOMPARE(s.cell(10, 4)->format, QStringLiteral("0.00%"));
    QCOMPARE(s.rowCount, 11);
    QCOMPARE(s.columnCount, 5);
    QVERIFY(!s.cell(2, 0));

    const WorkbookSheet &second = book.sheets.at(1);
    QCOMPARE(second.name, QStringLiteral("Sheet2"));
    QCOMPARE(second.text(0, 0), QStringLiteral("TRUE"));
    QCOMPARE(second.text(0, 1), QStringLiteral("  前后空格  "));
}

void TestWorkbookReader::libxlsxwriterInlineStrings()
{
    Workbook book;
    QString error;
    QVERIFY2(WorkbookReader::read(m_inlinePath, &book, &error), qPrintable(error));
    QCOMPARE(book.sheets.size(), 1);
    const WorkbookSheet &s = book.sheets.at(0);
    QCOMPARE(s.name, QStringLiteral("内联"));
    QCOMPARE(s.text(0, 0), QStringLiteral("项目"));
    QCOMPARE(s.cell(0, 1)->type, WorkbookCell::Type::Number);
    QCOMPARE(s.text(0, 1), QStringLiteral("313.94"));
    QCOMPARE(s.text(1, 0), QStringLiteral("合计"));
}

void TestWorkbookReader::libreOfficeXlsx()
{
    Workbook book;
    QString error;
    QVERIFY2(WorkbookReader::read(dataPath(QStringLiteral("libreoffice.xlsx")), &book, &error), qPrintable(error));
    QCOMPARE(book.sheets.size(), 2);
    const WorkbookSheet &s = book.sheets.at(0);
    QCOMPARE(s.name, QStringLiteral("收入支出决算总表"));
    QCOMPARE(s.text(0, 0), QStringLiteral("收入支出决算总表"));
    QCOMPARE(s.text(1, 3), QStringLiteral("公开01表")); // three rich-text runs joined
    QCOMPARE(s.text(2, 3), QStringLiteral("金额单位：万元"));
    QVERIFY(hasMerge(s, 0, 0, 0, 3));
    QVERIFY(hasMerge(s, 3, 0, 3, 1));
    QVERIFY(hasMerge(s, 3, 2, 3, 3));
    QCOMPARE(s.merges.size(), 3);
    const WorkbookCell *b6 = s.cell(5, 1);
    QVERIFY(b6);
    QCOMPARE(b6->type, WorkbookCell::Type::Number);
    QCOMPARE(b6->text, QStringLiteral("2017.65"));
    QCOMPARE(b6->format, QStringLiteral("#,##0.00"));
    QCOMPARE(s.text(6, 1), QStringLiteral("0.1"));
    const WorkbookCell *b8 = s.cell(7, 1);
    QVERIFY(b8 && b8->formula);
    QCOMPARE(b8->text, QStringLiteral("2017.75"));
    QVERIFY(!s.cell(5, 0)->formula);
    QCOMPARE(s.rowCount, 8);
    QCOMPARE(s.columnCount, 4);

    const WorkbookSheet &odd = book.sheets.at(1);
    QCOMPARE(odd.name, QStringLiteral("Sheet2"));
    QCOMPARE(odd.text(0, 0), QStringLiteral("-1234567.891"));
    QCOMPARE(odd.text(0, 1), QStringLiteral("0.125"));
    QCOMPARE(odd.cell(0, 1)->format, QStringLiteral("0.00%"));
    QCOMPARE(odd.text(0, 2), QStringLiteral("\"引号\"与,逗号"));
    QCOMPARE(odd.cell(1, 2)->type, WorkbookCell::Type::Text);
    QCOMPARE(odd.text(1, 2), QStringLiteral("2010101"));
    QVERIFY(!odd.cell(1, 1));
    const WorkbookCell *text = odd.cell(0, 3); // a formula giving text: t="str"
    QVERIFY(text && text->formula);
    QCOMPARE(text->type, WorkbookCell::Type::Text);
    QCOMPARE(text->text, QStringLiteral("合计"));
    QVERIFY(odd.cell(0, 4) && odd.cell(0, 4)->formula);
}

void TestWorkbookReader::libreOfficeXls()
{
    Workbook book;
    QString error;
    QVERIFY2(WorkbookReader::read(dataPath(QStringLiteral("libreoffice.xls")), &book, &error), qPrintable(error));
    QCOMPARE(book.sheets.size(), 2);
    const WorkbookSheet &s = book.sheets.at(0);
    QCOMPARE(s.name, QStringLiteral("收入支出决算总表"));
    QCOMPARE(s.text(0, 0), QStringLiteral("收入支出决算总表"));
    QCOMPARE(s.text(1, 3), QStringLiteral("公开01表"));
    QCOMPARE(s.text(2, 0), QStringLiteral("部门：武汉市江汉区大数据中心"));
    QCOMPARE(s.cell(5, 1)->type, WorkbookCell::Type::Number);
    QCOMPARE(s.text(5, 1), QStringLiteral("2017.65")); // the shortest round-trip decimal
    QCOMPARE(s.text(5, 3), QStringLiteral("313.94"));
    QCOMPARE(s.text(6, 1), QStringLiteral("0.1"));
    QCOMPARE(s.text(7, 0), QStringLiteral("本年收入合计"));
    // FreeXL skips formula cells; their cached results come from the FORMULA records.
    QVERIFY(s.cell(7, 1) && s.cell(7, 1)->formula);
    QCOMPARE(s.cell(7, 1)->type, WorkbookCell::Type::Number);
    QCOMPARE(s.text(7, 1), QStringLiteral("2017.75"));
    QCOMPARE(s.text(7, 3), QStringLiteral("2017.75"));
    QVERIFY(!s.cell(5, 1)->formula);
    // FreeXL does not report merges; they come from the MERGEDCELLS record.
    QVERIFY(hasMerge(s, 0, 0, 0, 3));
    QVERIFY(hasMerge(s, 3, 0, 3, 1));
    QVERIFY(hasMerge(s, 3, 2, 3, 3));
    QCOMPARE(s.merges.size(), 3);
    const WorkbookSheet &odd = book.sheets.at(1);
    QCOMPARE(odd.text(0, 0), QStringLiteral("-1234567.891"));
    QCOMPARE(odd.text(0, 1), QStringLiteral("0.125"));
    QCOMPARE(odd.text(0, 2), QStringLiteral("\"引号\"与,逗号"));
    QCOMPARE(odd.text(1, 0), QStringLiteral("42"));
    QCOMPARE(odd.cell(1, 2)->type, WorkbookCell::Type::Text);
    // LibreOffice stores 0 as the cached result of a formula giving text (and no STRING
    // record), and a boolean result as the number 1: the reader keeps what is stored.
    QVERIFY(odd.cell(0, 3) && odd.cell(0, 3)->formula);
    QCOMPARE(odd.text(0, 3), QStringLiteral("0"));
    QVERIFY(odd.cell(0, 4) && odd.cell(0, 4)->formula);
    QCOMPARE(odd.text(0, 4), QStringLiteral("1"));

    // From memory too (through a temporary file).
    Workbook again;
    QVERIFY2(WorkbookReader::readData(fileBytes(dataPath(QStringLiteral("libreoffice.xls"))), QStringLiteral("mem.xls"),
                                      &again, &error),
             qPrintable(error));
    QCOMPARE(again.sheets.size(), 2);
    QCOMPARE(again.sheets.at(0).text(5, 1), QStringLiteral("2017.65"));
}

// Boolean and error results of a formula are flagged in its FORMULA record (0xFFFF in the
// top bytes of the result); the fixture's D1 record is patched in place to hold them.
void TestWorkbookReader::xlsSpecialFormulaResults_data()
{
    QTest::addColumn<QByteArray>("result"); // the 8 result bytes
    QTest::addColumn<QString>("text");
    QTest::newRow("true") << QByteArray("\x01\x00\x01\x00\x00\x00\xFF\xFF", 8) << QStringLiteral("TRUE");
    QTest::newRow("false") << QByteArray("\x01\x00\x00\x00\x00\x00\xFF\xFF", 8) << QStringLiteral("FALSE");
    QTest::newRow("#DIV/0!") << QByteArray("\x02\x00\x07\x00\x00\x00\xFF\xFF", 8) << QStringLiteral("#DIV/0!");
    QTest::newRow("number") << QByteArray("\xcd\xcc\xcc\xcc\xcc\x86\x9f\x40", 8) << QStringLiteral("2017.7");
}

void TestWorkbookReader::xlsSpecialFormulaResults()
{
    QFETCH(QByteArray, result);
    QFETCH(QString, text);
    QByteArray xls = fileBytes(dataPath(QStringLiteral("libreoffice.xls")));
    // FORMULA (0x0006), 36 bytes, row 0, column 3 (Sheet2!D1); the result follows row, column and XF.
    const qsizetype at = xls.indexOf(QByteArray("\x06\x00\x24\x00\x00\x00\x03\x00", 8));
    QVERIFY(at > 0);
    xls.replace(at + 4 + 6, 8, result);
    Workbook book;
    QString error;
    QVERIFY2(WorkbookReader::readData(xls, QStringLiteral("patched.xls"), &book, &error), qPrintable(error));
    const WorkbookCell *cell = book.sheets.at(1).cell(0, 3);
    QVERIFY(cell && cell->formula);
    QCOMPARE(cell->text, text);
    QCOMPARE(cell->type, text == QLatin1String("2017.7") ? WorkbookCell::Type::Number : WorkbookCell::Type::Text);
}

// FreeXL would allocate every declared cell before reading any: two sheets that each
// declare 65536 × 256 are refused first.
void TestWorkbookReader::xlsHugeDeclaredSheets()
{
    QByteArray xls = fileBytes(dataPath(QStringLiteral("libreoffice.xls")));
    const QByteArray dimensions("\x00\x02\x0e\x00", 4); // DIMENSIONS, 14 bytes
    int patched = 0;
    for (qsizetype at = xls.indexOf(dimensions); at >= 0; at = xls.indexOf(dimensions, at + 1)) {
        xls.replace(at + 4 + 4, 4, QByteArray("\x00\x00\x01\x00", 4)); // 65536 rows
        xls.replace(at + 4 + 10, 2, QByteArray("\x00\x01", 2));         // 256 columns
        ++patched;
    }
    QCOMPARE(patched, 2);
    Workbook book;
    QString error;
    QVERIFY(!WorkbookReader::readData(xls, QStringLiteral("huge.xls"), &book, &error));
    QVERIFY(book.sheets.isEmpty());
    QVERIFY2(error.startsWith(QStringLiteral("huge.xls: sheet “Sheet2”: ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("65536 rows × 256 columns")), qPrintable(error));
}

// FreeXL trusts the length of a FORMAT string and reads past its buffer (found with
// valgrind by damagedBytesNeverCrash): such a record is refused before FreeXL sees it.
void TestWorkbookReader::xlsStringLongerThanRecord()
{
    QByteArray xls = fileBytes(dataPath(QStringLiteral("libreoffice.xls")));
    const qsizetype at = xls.indexOf(QByteArray("\x08\x00\x00#,##0.00", 11)); // FORMAT "#,##0.00"
    QVERIFY(at > 6);
    QCOMPARE(xls.mid(at - 6, 2), QByteArray("\x1e\x04", 2));
    xls[at + 1] = '\xFF'; // 65288 characters in a 13-byte record
    Workbook book;
    QString error;
    QVERIFY(!WorkbookReader::readData(xls, QStringLiteral("long.xls"), &book, &error));
    QVERIFY(book.sheets.isEmpty());
    QVERIFY2(error.startsWith(QStringLiteral("long.xls: the record 0x041e at byte ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("longer than itself")), qPrintable(error));
}

// A damaged record type made FreeXL 1.0.6 crash (found with valgrind over every byte of
// the fixture): an RK cell turned into a second, short DIMENSIONS record. Refused first.
void TestWorkbookReader::xlsSecondDimensions()
{
    QByteArray xls = fileBytes(dataPath(QStringLiteral("libreoffice.xls")));
    const qsizetype at = xls.indexOf(QByteArray("\x7e\x02\x0a\x00\x01\x00\x00\x00", 8)); // RK at Sheet2!A2
    QVERIFY(at > 0);
    xls[at] = '\x00'; // 0x027E → 0x0200
    Workbook book;
    QString error;
    QVERIFY(!WorkbookReader::readData(xls, QStringLiteral("dims.xls"), &book, &error));
    QVERIFY(book.sheets.isEmpty());
    QVERIFY2(error.startsWith(QStringLiteral("dims.xls: the record 0x0200 at byte ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("size again")), qPrintable(error));
}

// FreeXL converts directory entry names by their stated length; one past the 64-byte field
// made it read uninitialised memory (valgrind, every byte of the fixture). Refused first.
void TestWorkbookReader::xlsDirectoryNameTooLong()
{
    QByteArray xls = fileBytes(dataPath(QStringLiteral("libreoffice.xls")));
    const QByteArray name = QStringLiteral("Workbook").toUtf8();
    QByteArray utf16;
    for (char c : name)
        utf16.append(c).append('\0');
    const qsizetype at = xls.indexOf(utf16);
    QVERIFY(at > 0);
    QCOMPARE(int(xls.at(at + 64)), 18); // "Workbook" and its terminator, in bytes
    xls[at + 65] = '\xFF';
    Workbook book;
    QString error;
    QVERIFY(!WorkbookReader::readData(xls, QStringLiteral("dir.xls"), &book, &error));
    QVERIFY(book.sheets.isEmpty());
    QVERIFY2(error.startsWith(QStringLiteral("dir.xls: the compound file is damaged")), qPrintable(error));
}

// fuzz_workbook found this file: its root directory entry states a name of 28,672 bytes
// (and type 0), and FreeXL 1.0.6 handed iconv that many bytes of its 4 KiB stack buffer
// (ASan: stack-buffer-underflow in freexl_open). Every entry FreeXL reads is checked first.
void TestWorkbookReader::xlsFuzzedDirectoryName()
{
    Workbook book;
    QString error;
    QVERIFY(!WorkbookReader::readData(fileBytes(dataPath(QStringLiteral("fuzz-directory-name.xls"))),
                                      QStringLiteral("fuzz.xls"), &book, &error));
    QVERIFY(book.sheets.isEmpty());
    QCOMPARE(error, QStringLiteral("fuzz.xls: the compound file is damaged (directory entry 0 gives its name 28672 "
                                   "bytes (2 to 64, an even number))"));
}

// Each string FreeXL converts, damaged the way it would misread it: the file is refused by
// the record's type and offset (or the directory entry) before FreeXL sees it. The patch
// replaces bytes at `shift` from the first occurrence of `pattern` in libreoffice.xls.
void TestWorkbookReader::xlsStringDamage_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<int>("shift");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("expected");

    const QByteArray sst("\xfc\x00\x43\x01\x12\x00\x00\x00\x10\x00\x00\x00", 12); // SST: 18 strings, 16 unique
    const QByteArray extsst("\xff\x00\x0a\x00\x10\x00", 6);
    const QByteArray sheet2("\x06\x00Sheet2", 8); // BOUNDSHEET: 6 characters, 8-bit, "Sheet2"
    const QByteArray general("\x1e\x04\x0c\x00\xa4\x00\x07\x00\x00General", 16); // FORMAT 164 "General"
    const QByteArray labelSst("\xfd\x00\x0a\x00\x00\x00\x00\x00\x15\x00\x00\x00\x00\x00", 14);
    auto utf16 = [](const char *latin1) {
        QByteArray out;
        for (const char *c = latin1; *c; ++c)
            out.append(*c).append('\0');
        return out;
    };

    QTest::newRow("empty shared string") << sst << 12 << QByteArray("\x00\x00", 2)
                                         << QStringLiteral("the record 0x00fc at byte 1341 of the Workbook stream holds "
                                                           "an empty string");
    QTest::newRow("shared string header cut") << sst << 12 << QByteArray("\x37\x01\x00", 3) // 311 narrow characters
                                              << QStringLiteral("the record 0x00fc at byte 1341 of the Workbook stream "
                                                                "continues a shared string");
    QTest::newRow("shared string over three records")
        << sst << 12 << QByteArray("\xc8\x00", 2) // 200 wide characters: 156 here, 44 in the next
        << QStringLiteral("the record 0x003c at byte 1668 of the Workbook stream continues a shared string");
    QTest::newRow("fewer shared strings than declared") << sst << 8 << QByteArray("\x11", 1)
                                                        << QStringLiteral("0x00fc at byte 1341 of the Workbook stream "
                                                                          "is a shared string table that ends before");
    QTest::newRow("formatting runs past the table") << sst << 12 + 3 + 16 + 3 << QByteArray("\xff\xff", 2)
                                                    << QStringLiteral("0x00fc at byte 1341 of the Workbook stream is a "
                                                                      "shared string table that ends before");
    QTest::newRow("second shared string table") << extsst << 0 << QByteArray("\xfc", 1)
                                                << QStringLiteral("the record 0x00fc at byte 1668 of the Workbook "
                                                                  "stream is a second shared string table");
    QTest::newRow("sheet name flagged wide") << sheet2 << 1 << QByteArray("\x02", 1)
                                             << QStringLiteral("the record 0x0085 at byte ") + QStringLiteral("|holds a string longer than itself");
    QTest::newRow("empty sheet name") << sheet2 << 0 << QByteArray("\x00", 1)
                                      << QStringLiteral("the record 0x0085 at byte |holds an empty string");
    QTest::newRow("format with runs it lacks") << general << 8 << QByteArray("\x08", 1)
                                               << QStringLiteral("the record 0x041e at byte |longer than itself");
    QTest::newRow("empty format") << general << 6 << QByteArray("\x00\x00", 2)
                                  << QStringLiteral("the record 0x041e at byte |holds an empty string");
    QTest::newRow("label longer than its record") << labelSst << 0 << QByteArray("\x04\x02\x0a\x00\x00\x00\x00\x00\x15\x00\x05", 11)
                                                  << QStringLiteral("the record 0x0204 at byte |longer than itself");
    QTest::newRow("empty label") << labelSst << 0 << QByteArray("\x04\x02", 2)
                                 << QStringLiteral("the record 0x0204 at byte |holds an empty string");
    QTest::newRow("root entry renamed") << utf16("Root Entry") << 18 << utf16("x")
                                        << QStringLiteral("the compound file is damaged (its first directory entry is "
                                                          "not the root entry)");
    QTest::newRow("workbook name of no bytes") << utf16("Workbook") << 64 << QByteArray("\x00", 1)
                                               << QStringLiteral("the compound file is damaged (directory entry 1 gives "
                                                                 "its name 0 bytes");
}

void TestWorkbookReader::xlsStringDamage()
{
    QFETCH(QByteArray, pattern);
    QFETCH(int, shift);
    QFETCH(QByteArray, patch);
    QFETCH(QString, expected);
    QByteArray xls = fileBytes(dataPath(QStringLiteral("libreoffice.xls")));
    qsizetype at = xls.indexOf(pattern);
    // A directory entry's name also occurs elsewhere in the file: the entry is the
    // occurrence followed, at byte 64, by the name's length with its terminator.
    if (QByteArray(QTest::currentDataTag()).contains("entry") || QByteArray(QTest::currentDataTag()).contains("name of"))
        while (at >= 0 && (at + 64 >= xls.size() || xls.at(at + 64) != char(pattern.size() + 2)))
            at = xls.indexOf(pattern, at + 1);
    QVERIFY(at > 0);
    xls.replace(at + shift, patch.size(), patch);
    if (QByteArray(QTest::currentDataTag()) == "shared string over three records") {
        // The EXTSST record after the table becomes a CONTINUE of 10 bytes whose first
        // (flags) byte says narrow: 44 more characters cannot fit in it.
        const qsizetype ext = xls.indexOf(QByteArray("\xff\x00\x0a\x00\x10\x00", 6));
        QVERIFY(ext > at);
        xls[ext] = '\x3c';
    }
    Workbook book;
    QString error;
    QVERIFY(!WorkbookReader::readData(xls, QStringLiteral("bad.xls"), &book, &error));
    QVERIFY(book.sheets.isEmpty());
    QVERIFY2(error.startsWith(QStringLiteral("bad.xls: ")), qPrintable(error));
    for (const QString &part : expected.split(QLatin1Char('|')))
        QVERIFY2(error.contains(part), qPrintable(error));
}

void TestWorkbookReader::csv_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("utf-8") << QStringLiteral("utf8.csv");
    QTest::newRow("utf-8 with BOM and CRLF") << QStringLiteral("utf8-bom.csv");
    QTest::newRow("gb18030") << QStringLiteral("gb18030.csv");
    QTest::newRow("utf-16 with BOM") << QStringLiteral("utf16.csv");
}

void TestWorkbookReader::csv()
{
    QFETCH(QString, file);
    Workbook book;
    QString error;
    QVERIFY2(WorkbookReader::read(dataPath(file), &book, &error), qPrintable(error));
    QCOMPARE(book.sheets.size(), 1);
    const WorkbookSheet &s = book.sheets.at(0);
    QCOMPARE(s.name, QFileInfo(file).completeBaseName());
    QCOMPARE(s.text(0, 0), QStringLiteral("收入支出决算总表")); // no BOM left in front
    QVERIFY(!s.cell(0, 1));
    QCOMPARE(s.text(1, 3), QStringLiteral("公开01表"));
    QCOMPARE(s.text(2, 3), QStringLiteral("金额单位：万元"));
    QCOMPARE(s.cell(5, 1)->type, WorkbookCell::Type::Number);
    QCOMPARE(s.text(5, 1), QStringLiteral("2017.65"));
    QCOMPARE(s.text(6, 1), QStringLiteral("0.10")); // kept as written
    QCOMPARE(s.cell(5, 0)->type, WorkbookCell::Type::Text);
    QCOMPARE(s.text(8, 0), QStringLiteral("备注：含\"引号\"、逗号,及\n换行"));
    QCOMPARE(s.cell(8, 3)->type, WorkbookCell::Type::Text); // quoted "1,234.56"
    QCOMPARE(s.text(8, 3), QStringLiteral("1,234.56"));
    QCOMPARE(s.rowCount, 9);
    QCOMPARE(s.columnCount, 4);
    QVERIFY(s.merges.isEmpty());
}

void TestWorkbookReader::tsvAndSemicolon()
{
    Workbook book;
    QString error;
    QVERIFY2(WorkbookReader::read(dataPath(QStringLiteral("table.tsv")), &book, &error), qPrintable(error));
    const WorkbookSheet &s = book.sheets.at(0);
    QCOMPARE(s.name, QStringLiteral("table"));
    QCOMPARE(s.columnCount, 4);
    QCOMPARE(s.rowCount, 3);
    QCOMPARE(s.text(0, 1), QStringLiteral("科目名称"));
    QCOMPARE(s.cell(1, 0)->type, WorkbookCell::Type::Number);
    QCOMPARE(s.text(1, 2), QStringLiteral("1,234.56"));
    QCOMPARE(s.cell(1, 2)->type, WorkbookCell::Type::Text);
    QCOMPARE(s.text(2, 3), QStringLiteral("-0.5"));
    QCOMPARE(s.cell(2, 3)->type, WorkbookCell::Type::Number);

    QVERIFY2(WorkbookReader::read(dataPath(QStringLiteral("semicolon.csv")), &book, &error), qPrintable(error));
    QCOMPARE(book.sheets.at(0).columnCount, 3);
    QCOMPARE(book.sheets.at(0).text(1, 1), QStringLiteral("行政运行"));
    QCOMPARE(book.sheets.at(0).text(1, 2), QStringLiteral("12.5"));
}

void TestWorkbookReader::sniffsContentNotSuffix()
{
    Workbook book;
    QString error;
    QVERIFY2(WorkbookReader::readData(fileBytes(dataPath(QStringLiteral("libreoffice.xlsx"))), QStringLiteral("named.csv"),
                                      &book, &error),
             qPrintable(error));
    QCOMPARE(book.sheets.size(), 2);
    QVERIFY2(WorkbookReader::readData(fileBytes(dataPath(QStringLiteral("utf8.csv"))), QStringLiteral("named.xlsx"), &book,
                                      &error),
             qPrintable(error));
    QCOMPARE(book.sheets.size(), 1);
    QCOMPARE(book.sheets.at(0).name, QStringLiteral("named"));
}

void TestWorkbookReader::xlsxCorners()
{
    // No _rels/.rels (the default workbook path is used), cells without r, every cell type,
    // _xHHHH_ escapes, numbers kept exactly as stored, merges in either order.
    const QByteArray sheet = sheetXml(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c t=\"s\" s=\"1\"><v>1</v></c><c><v>1.2345E+4</v></c>"
        "<c s=\"2\"><v>313.94000000000005</v></c></row>"
        "<row><c t=\"inlineStr\"><is><r><t>行</t></r><r><t xml:space=\"preserve\">_x000D_二</t></r></is></c>"
        "<c t=\"b\"><v>0</v></c><c t=\"e\"><v>#DIV/0!</v></c>"
        "<c t=\"str\"><f>A1&amp;\"x\"</f><v>支出x</v></c><c><f t=\"shared\" si=\"0\"/><v>-7</v></c>"
        "<c s=\"1\"/><c><f>1/0</f></c></row>"
        "<row r=\"5\"><c r=\"XFD5\"><v>1</v></c></row>",
        "<mergeCells count=\"2\"><mergeCell ref=\"B3:A2\"/><mergeCell ref=\"C1:D1\"/></mergeCells>");
    const QByteArray zip = makeZip({{"xl/workbook.xml", oneSheetWorkbook},
                                    {"xl/_rels/workbook.xml.rels", oneSheetRels},
                                    {"xl/sharedStrings.xml", sharedStrings},
                                    {"xl/styles.xml", styles},
                                    {"xl/worksheets/sheet1.xml", sheet}});
    Workbook book;
    QString error;
    QVERIFY2(WorkbookReader::readData(zip, QStringLiteral("corners.xlsx"), &book, &error), qPrintable(error));
    QCOMPARE(book.sheets.size(), 1);
    const WorkbookSheet &s = book.sheets.at(0);
    QCOMPARE(s.name, QStringLiteral("表一"));
    QCOMPARE(s.text(0, 0), QStringLiteral(" 支出 "));
    QCOMPARE(s.text(0, 1), QStringLiteral("公开05表")); // runs joined, phonetic reading skipped
    QCOMPARE(s.cell(0, 1)->format, QStringLiteral("#,##0.00"));
    QCOMPARE(s.text(0, 2), QStringLiteral("1.2345E+4"));
    QCOMPARE(s.cell(0, 2)->type, WorkbookCell::Type::Number);
    QCOMPARE(s.text(0, 3), QStringLiteral("313.94000000000005"));
    QCOMPARE(s.cell(0, 3)->format, QStringLiteral("#,##0.00_ "));
    QCOMPARE(s.text(1, 0), QStringLiteral("行\r二"));
    QCOMPARE(s.text(1, 1), QStringLiteral("FALSE"));
    QCOMPARE(s.text(1, 2), QStringLiteral("#DIV/0!"));
    QCOMPARE(s.text(1, 3), QStringLiteral("支出x"));
    QVERIFY(s.cell(1, 3)->formula);
    QCOMPARE(s.cell(1, 3)->type, WorkbookCell::Type::Text);
    QCOMPARE(s.text(1, 4), QStringLiteral("-7"));
    QVERIFY(s.cell(1, 4)->formula);
    QVERIFY(!s.cell(1, 5)); // a styled empty cell is no cell
    QVERIFY(s.cell(1, 6) && s.cell(1, 6)->formula && s.cell(1, 6)->text.isEmpty()); // a formula never calculated
    QCOMPARE(s.text(4, 16383), QStringLiteral("1"));
    QCOMPARE(s.rowCount, 5);
    QCOMPARE(s.columnCount, 16384);
    QVERIFY(hasMerge(s, 1, 0, 2, 1));
    QVERIFY(hasMerge(s, 0, 2, 0, 3));
}

void TestWorkbookReader::xlsxPrefixedElements()
{
    // Some .NET writers put every element under a prefix; names are matched locally.
    const QByteArray workbook =
        "<x:workbook xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<x:sheets><x:sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></x:sheets></x:workbook>";
    const QByteArray sheet = "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                             "<x:sheetData><x:row r=\"2\"><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>文本</x:t></x:is></x:c>"
                             "</x:row></x:sheetData></x:worksheet>";
    const QByteArray zip = makeZip({{"_rels/.rels", rootRels},
                                    {"xl/workbook.xml", workbook},
                                    {"xl/_rels/workbook.xml.rels", oneSheetRels},
                                    {"xl/worksheets/sheet1.xml", sheet}});
    Workbook book;
    QString error;
    QVERIFY2(WorkbookReader::readData(zip, QStringLiteral("prefixed.xlsx"), &book, &error), qPrintable(error));
    QCOMPARE(book.sheets.at(0).text(1, 1), QStringLiteral("文本"));
}

// Sheets are read by a fast scanner that hands anything unusual to QXmlStreamReader; both
// must give the same cells.
void TestWorkbookReader::xlsxScannerAndFallbackAgree_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("number");
    const QByteArray number = "<c r=\"B1\"><v>12.5</v></c>";
    QTest::newRow("plain") << "<c r=\"A1\" t=\"inlineStr\"><is><t>甲乙</t></is></c>" + number << QStringLiteral("甲乙")
                           << QStringLiteral("12.5");
    QTest::newRow("entities") << "<c r=\"A1\" t=\"inlineStr\"><is><t>A&amp;B &#x4E2D;&#20013;&lt;&gt;&quot;&apos;</t></is></c>" + number
                              << QStringLiteral("A&B 中中<>\"'") << QStringLiteral("12.5");
    QTest::newRow("comment and processing instruction")
        << "<!-- note --><c r=\"A1\" t=\"inlineStr\"><?pi x?><is><t>甲</t></is></c>" + number << QStringLiteral("甲")
        << QStringLiteral("12.5");
    QTest::newRow("single quotes and spaces")
        << "<c r='A1' t = 'inlineStr' ><is ><t >甲</t ></is></c >" + number << QStringLiteral("甲") << QStringLiteral("12.5");
    QTest::newRow("CDATA (fallback)") << QByteArray("<c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[<甲>]]></t></is></c><c r=\"B1\"><v><![CDATA[12.5]]></v></c>")
                                      << QStringLiteral("<甲>") << QStringLiteral("12.5");
    QTest::newRow("CR LF and CR in text") << "<c r=\"A1\" t=\"inlineStr\"><is><t>甲\r\n乙\r丙&#13;</t></is></c>" + number
                                          << QStringLiteral("甲\n乙\n丙\r") << QStringLiteral("12.5");
    QTest::newRow("CR LF between elements") << "\r\n<c r=\"A1\" t=\"inlineStr\">\r\n<is><t>甲</t></is></c>\r\n" + number
                                            << QStringLiteral("甲") << QStringLiteral("12.5");
    QTest::newRow("CR LF in text (fallback: CDATA too)")
        << QByteArray("<c r=\"A1\" t=\"inlineStr\"><is><t>甲\r\n乙\r丙&#13;</t></is></c><c r=\"B1\"><v><![CDATA[12.5]]></v></c>")
        << QStringLiteral("甲\n乙\n丙\r") << QStringLiteral("12.5");
    QTest::newRow("entity in an attribute (fallback)")
        << "<c r=\"A1\" t=\"inline&#83;tr\"><is><t>甲</t></is></c>" + number << QStringLiteral("甲") << QStringLiteral("12.5");
}

void TestWorkbookReader::xlsxScannerAndFallbackAgree()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, text);
    QFETCH(QString, number);
    Workbook book;
    QString error;
    QVERIFY2(WorkbookReader::readData(packageWithSheet(sheetXml("<row r=\"1\">" + row + "</row>")), QStringLiteral("x.xlsx"),
                                      &book, &error),
             qPrintable(error));
    const WorkbookSheet &s = book.sheets.at(0);
    QCOMPARE(s.cells.size(), 2);
    QCOMPARE(s.text(0, 0), text);
    QCOMPARE(s.text(0, 1), number);
    QCOMPARE(s.cell(0, 1)->type, WorkbookCell::Type::Number);
}

void TestWorkbookReader::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("expected"); // each must appear in the message

    const QByteArray xlsx = fileBytes(dataPath(QStringLiteral("libreoffice.xlsx")));
    QTest::newRow("truncated zip") << xlsx.left(xlsx.size() / 2)
                                   << QStringList{QStringLiteral("bad.bin: "), QStringLiteral("truncated")};
    QTest::newRow("zip without workbook.xml")
        << makeZip({{"hello.txt", "hello"}})
        << QStringList{QStringLiteral("xl/workbook.xml"), QStringLiteral("not an xlsx workbook")};
    QTest::newRow("relationships name a missing workbook")
        << makeZip({{"_rels/.rels", rootRels}})
        << QStringList{QStringLiteral("xl/workbook.xml"), QStringLiteral("missing")};
    QTest::newRow("sheet part missing")
        << makeZip({{"_rels/.rels", rootRels}, {"xl/workbook.xml", oneSheetWorkbook}, {"xl/_rels/workbook.xml.rels", oneSheetRels}})
        << QStringList{QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("missing")};
    QTest::newRow("malformed sheet xml")
        << packageWithSheet("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData></worksheet>")
        << QStringList{QStringLiteral("xl/worksheets/sheet1.xml (sheet “表一”), line 1, column"), QStringLiteral("c")};
    QTest::newRow("malformed workbook xml")
        << makeZip({{"_rels/.rels", rootRels}, {"xl/workbook.xml", "<workbook><sheets>"}, {"xl/_rels/workbook.xml.rels", oneSheetRels}})
        << QStringList{QStringLiteral("xl/workbook.xml, line 1")};
    QTest::newRow("huge cell reference")
        << packageWithSheet(sheetXml("<row r=\"1\"><c r=\"ZZZZ99999999\"><v>1</v></c></row>"))
        << QStringList{QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("“ZZZZ99999999”"), QStringLiteral("A1:XFD1048576")};
    QTest::newRow("column past XFD")
        << packageWithSheet(sheetXml("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"))
        << QStringList{QStringLiteral("“XFE1”")};
    QTest::newRow("row past 1048576")
        << packageWithSheet(sheetXml("<row r=\"1048577\"><c><v>1</v></c></row>"))
        << QStringList{QStringLiteral("row number “1048577”")};
    QTest::newRow("merge outside the sheet")
        << packageWithSheet(sheetXml("", "<mergeCells><mergeCell ref=\"A1:ZZZZ1\"/></mergeCells>"))
        << QStringList{QStringLiteral("“A1:ZZZZ1”")};
    QTest::newRow("shared string out of range")
        << packageWithSheet(sheetXml("<row r=\"7\"><c r=\"C7\" t=\"s\"><v>5</v></c></row>"))
        << QStringList{QStringLiteral("cell C7"), QStringLiteral("shared string 5")};
    QTest::newRow("number that is not a number")
        << packageWithSheet(sheetXml("<row r=\"2\"><c r=\"B2\"><v>12,5</v></c></row>"))
        << QStringList{QStringLiteral("cell B2"), QStringLiteral("“12,5”")};
    QTest::newRow("unknown cell type")
        << packageWithSheet(sheetXml("<row r=\"2\"><c r=\"B2\" t=\"q\"><v>1</v></c></row>"))
        << QStringList{QStringLiteral("cell B2"), QStringLiteral("“q”")};
    QTest::newRow("damaged xls")
        << (QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\x07'))
        << QStringList{QStringLiteral("bad.bin: "), QStringLiteral("compound file is damaged")};
    QTest::newRow("non-workbook binary")
        << (QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\0'))
        << QStringList{QStringLiteral("bad.bin: "), QStringLiteral("binary")};
    QTest::newRow("empty") << QByteArray() << QStringList{QStringLiteral("bad.bin: "), QStringLiteral("empty")};
    QTest::newRow("neither utf-8 nor gb18030")
        << QByteArray("a,b\n\x81\x20,c\n")
        << QStringList{QStringLiteral("neither UTF-8"), QStringLiteral("line 2")};
    QTest::newRow("control characters")
        << QByteArray("a,b\nc,\x01\n")
        << QStringList{QStringLiteral("line 2"), QStringLiteral("U+0001")};
    QTest::newRow("unclosed quote")
        << QByteArray("a,b\nc,\"open\nmore\n")
        << QStringList{QStringLiteral("line 2"), QStringLiteral("not closed")};
    QTest::newRow("only line breaks") << QByteArray("\n\r\n,,\n") << QStringList{QStringLiteral("no cells")};
}

void TestWorkbookReader::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, expected);
    Workbook book;
    book.sheets.append(WorkbookSheet()); // must come back empty
    QString error;
    QVERIFY(!WorkbookReader::readData(data, QStringLiteral("bad.bin"), &book, &error));
    QVERIFY(book.sheets.isEmpty());
    QVERIFY(error.startsWith(QStringLiteral("bad.bin: ")));
    for (const QString &e : std::as_const(expected))
        QVERIFY2(error.contains(e), qPrintable(QStringLiteral("“%1” not in: %2").arg(e, error)));
}

void TestWorkbookReader::refusedPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("directory") << QStringLiteral(JUESUAN_TEST_DATA "/workbooks") << QStringLiteral("folder");
    QTest::newRow("device") << QStringLiteral("/dev/zero") << QStringLiteral("not a regular file");
    QTest::newRow("missing") << QStringLiteral(JUESUAN_TEST_DATA "/workbooks/none.xlsx") << QStringLiteral("no such file");
}

void TestWorkbookReader::refusedPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    Workbook book;
    QString error;
    QVERIFY(!WorkbookReader::read(path, &book, &error));
    QVERIFY(book.sheets.isEmpty());
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));

    // An empty regular file too.
    QTemporaryFile empty;
    QVERIFY(empty.open());
    QVERIFY(!WorkbookReader::read(empty.fileName(), &book, &error));
    QVERIFY2(error.contains(QStringLiteral("empty")), qPrintable(error));
}

void TestWorkbookReader::zipBomb()
{
    // 129 MiB of zeros deflate to about 130 KiB: one more MiB than a part may expand to.
    const QByteArray zeros(int(WorkbookReader::maxPartSize + 1024 * 1024), '0');
    const QByteArray zip = packageWithSheet(zeros);
    QVERIFY(zip.size() < 1024 * 1024);
    Workbook book;
    QString error;
    QVERIFY(!WorkbookReader::readData(zip, QStringLiteral("bomb.xlsx"), &book, &error));
    QVERIFY(book.sheets.isEmpty());
    QVERIFY2(error.startsWith(QStringLiteral("bomb.xlsx: xl/worksheets/sheet1.xml: ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("129 MiB")), qPrintable(error));
}

// Every 7th byte of each fixture in turn overwritten, and every truncation at those
// places: each read either succeeds or is refused with the source named, never crashes.
void TestWorkbookReader::damagedBytesNeverCrash_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xls") << QStringLiteral("libreoffice.xls");
    QTest::newRow("xlsx") << QStringLiteral("libreoffice.xlsx");
    QTest::newRow("csv") << QStringLiteral("gb18030.csv");
}

void TestWorkbookReader::damagedBytesNeverCrash()
{
    QFETCH(QString, file);
    const QByteArray original = fileBytes(dataPath(file));
    int refused = 0, read = 0;
    for (qsizetype at = 0; at < original.size(); at += 7) {
        for (const char value : {'\xFF', '\x00'}) {
            QByteArray damaged = original;
            damaged[at] = value;
            Workbook book;
            QString error;
            if (WorkbookReader::readData(damaged, QStringLiteral("damaged"), &book, &error)) {
                ++read;
                QVERIFY(!book.sheets.isEmpty());
            } else {
                ++refused;
                QVERIFY2(error.startsWith(QStringLiteral("damaged: ")), qPrintable(error));
                QVERIFY(book.sheets.isEmpty());
            }
        }
        Workbook book;
        QString error;
        if (!WorkbookReader::readData(original.left(at + 1), QStringLiteral("damaged"), &book, &error))
            QVERIFY2(error.startsWith(QStringLiteral("damaged: ")), qPrintable(error));
    }
    qDebug() << file << "one damaged byte:" << read << "read," << refused << "refused";
    QVERIFY(refused > 0);
}

void TestWorkbookReader::cellReferences_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("col");
    QTest::newRow("A1") << QStringLiteral("A1") << true << 0 << 0;
    QTest::newRow("C7") << QStringLiteral("C7") << true << 6 << 2;
    QTest::newRow("$C$7") << QStringLiteral("$C$7") << true << 6 << 2;
    QTest::newRow("AA10") << QStringLiteral("AA10") << true << 9 << 26;
    QTest::newRow("XFD1048576") << QStringLiteral("XFD1048576") << true << 1048575 << 16383;
    QTest::newRow("XFE1") << QStringLiteral("XFE1") << false << 0 << 0;
    QTest::newRow("A1048577") << QStringLiteral("A1048577") << false << 0 << 0;
    QTest::newRow("ZZZZ99999999") << QStringLiteral("ZZZZ99999999") << false << 0 << 0;
    QTest::newRow("A0") << QStringLiteral("A0") << false << 0 << 0;
    QTest::newRow("1A") << QStringLiteral("1A") << false << 0 << 0;
    QTest::newRow("A") << QStringLiteral("A") << false << 0 << 0;
    QTest::newRow("empty") << QString() << false << 0 << 0;
    QTest::newRow("A1x") << QStringLiteral("A1x") << false << 0 << 0;
}

void TestWorkbookReader::cellReferences()
{
    QFETCH(QString, ref);
    QFETCH(bool, valid);
    QFETCH(int, row);
    QFETCH(int, col);
    int r = -1, c = -1;
    QCOMPARE(WorkbookReader::parseCellReference(ref, &r, &c), valid);
    if (valid) {
        QCOMPARE(r, row);
        QCOMPARE(c, col);
        QCOMPARE(WorkbookReader::cellReference(r, c), QString(ref).remove(QLatin1Char('$')));
    }
}

void TestWorkbookReader::shortestDecimal_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("2017.65") << 2017.65 << QStringLiteral("2017.65");
    QTest::newRow("0.1+0.2") << (0.1 + 0.2) << QStringLiteral("0.30000000000000004");
    QTest::newRow("integer") << 12345.0 << QStringLiteral("12345");
    QTest::newRow("negative") << -0.5 << QStringLiteral("-0.5");
    QTest::newRow("-0") << -0.0 << QStringLiteral("0");
    QTest::newRow("1e20") << 1e20 << QStringLiteral("1e+20");
}

void TestWorkbookReader::shortestDecimal()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(XlsReader::shortestDecimal(value), text);
    QCOMPARE(text.toDouble(), value);
}

QTEST_GUILESS_MAIN(TestWorkbookReader)
#include "tst_workbookreader.moc"
