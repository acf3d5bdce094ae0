// Fuzz entry point for workbook import: the readers (WorkbookReader::readData sniffs xlsx,
// xls or CSV/TSV from the bytes) and, on what they read, the locator and mapper
// (WorkbookImporter::import into a new report). Built with libFuzzer by scripts/fuzz.sh
// (`scripts/fuzz.sh workbook SECONDS`); the normal build links the same function into
// replay_fuzz_workbook, which CTest runs over the committed corpus.
//
// Besides "no crash, no hang, no runaway memory", the importer's promises must hold: a
// refusal says why; a refused import leaves the report byte-identical with nothing to undo;
// an accepted one is a single undo step.
#include "document.h"
#include "documentio.h"
#include "workbook.h"
#include "workbookimporter.h"
#include "workbookreader.h"

#include <QByteArray>
#include <QString>
#include <QUndoStack>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Juesuan;

namespace {

[[noreturn]] void broken(const char *promise, const QString &detail)
{
    std::fprintf(stderr, "fuzz_workbook: %s\n%s\n", promise, detail.left(2000).toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    Workbook workbook;
    QString error;
    if (!WorkbookReader::readData(bytes, QStringLiteral("fuzz.xlsx"), &workbook, &error)) {
        if (error.isEmpty())
            broken("a refused workbook must say why", QString());
        if (!workbook.sheets.isEmpty())
            broken("a refused workbook must leave no sheets behind", error);
        return 0;
    }
    auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("测试单位"), 2023, &error);
    if (!doc)
        broken("the empty report must be created", error);
    const QByteArray before = DocumentIO::toJson(*doc);
    ImportSummary summary;
    if (!WorkbookImporter::import(doc.get(), workbook, &summary)) {
        if (summary.error.isEmpty())
            broken("a refused import must say why", summary.text());
        if (DocumentIO::toJson(*doc) != before || doc->undoStack()->count() != 0)
            broken("a refused import must change nothing", summary.error);
        return 0;
    }
    if (doc->undoStack()->count() != 1)
        broken("an import is one undo step", summary.text());
    (void)summary.text();
    return 0;
}
