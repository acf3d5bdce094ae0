// Fuzz entry point for the .juesuan loader (DocumentIO::fromJson). Built with libFuzzer by
// scripts/fuzz.sh (JUESUAN_FUZZ=ON, clang, ASan + UBSan); the normal build links the same
// function into replay_fuzz_document, which CTest runs over the committed corpus.
//
// Besides "no crash, no hang", every input must keep the loader's promises
// (docs/robustness.md): a refusal says why, without control characters and at a readable
// length; a document that loads saves to JSON that loads back to the same document; the
// audit and the TSV export run on whatever loaded.
#include "auditengine.h"
#include "document.h"
#include "documentio.h"
#include "inputtext.h"
#include "tableexport.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Juesuan;

namespace {

[[noreturn]] void broken(const char *promise, const QString &detail)
{
    std::fprintf(stderr, "fuzz_document: %s\n%s\n", promise, detail.left(2000).toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto doc = DocumentIO::fromJson(bytes, QStringLiteral("fuzz.juesuan"), &error);
    if (!doc) {
        if (error.isEmpty())
            broken("a refusal without a reason", QString());
        for (QChar c : error)
            if (InputText::isControl(c.unicode()))
                broken("a control character in a message", error);
        if (error.size() > 2000)
            broken("an echo too long for a message", error.left(300));
        return 0;
    }
    const QByteArray saved = DocumentIO::toJson(*doc);
    QString again;
    const auto reloaded = DocumentIO::fromJson(saved, QStringLiteral("saved.juesuan"), &again);
    if (!reloaded)
        broken("a loaded document saves to a file that does not load", again);
    if (DocumentIO::toJson(*reloaded) != saved)
        broken("save → load → save changes the document", QString::fromUtf8(saved.left(2000)));
    const AuditEngine engine(*doc);
    if (engine.isValid())
        engine.run();
    for (const TableTemplate &t : doc->reportTemplate().tables()) {
        QString why;
        const QString tsv = TableExport::toTsv(*doc, t.id(), &why);
        if (tsv.isEmpty())
            broken("a table of the edition does not export", why);
        if (!t.isCodeList())
            continue;
        // One line per row and a field per column: no name can forge a row or a column.
        const qsizetype fields = 2 + t.amountColumns().size();
        for (const QString &line : tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.startsWith(QLatin1Char('#')) && line.count(QLatin1Char('\t')) + 1 != fields)
                broken("a TSV row with the wrong number of fields", line);
    }
    return 0;
}
