#include "commandline.h"

#include "auditengine.h"
#include "document.h"
#include "documentio.h"
#include "editionmigration.h"
#include "findingplace.h"
#include "guisession.h"
#include "htmlexporter.h"
#include "inputtext.h"
#include "platform.h"
#include "reportprinter.h"
#include "tableexport.h"
#include "workbookexport.h"
#include "workbookimporter.h"
#include "workbookreader.h"
#include "progress.h"
#include "terminal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <QFile>
#include <QHash>
#include <QSet>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace Juesuan {

namespace {

// A verb's arguments as the system gave them: file names are bytes and need not be valid
// UTF-8, so they go to the file system untouched (DocumentIO::loadNative).
using Args = QList<QByteArray>;

// A verb's arguments: one positional FILE, flags such as --progress and options that take a
// value (-o OUT, --output OUT or --output=OUT, --into FILE). Anything else, or a second
// positional, makes the whole line a usage error (ok = false).
struct VerbArgs
{
    QByteArray file;
    QHash<QByteArray, QByteArray> options; // by long name without dashes: "output", "into"
    QSet<QByteArray> flags;                // "progress", "exact"
    bool ok = true;

    static VerbArgs parse(const Args &args, const QList<QByteArray> &flagNames, const QList<QByteArray> &optionNames)
    {
        VerbArgs v;
        for (int i = 0; i < args.size() && v.ok; ++i) {
            QByteArray a = args.at(i);
            if (a == "-o")
                a = "--output";
            const QByteArray name = a.startsWith("--") ? a.mid(2).split('=').first() : QByteArray();
            if (!name.isEmpty() && flagNames.contains(name) && !a.contains('='))
                v.flags.insert(name);
            else if (!name.isEmpty() && optionNames.contains(name) && a.contains('='))
                v.options.insert(name, a.mid(a.indexOf('=') + 1));
            else if (!name.isEmpty() && optionNames.contains(name) && i + 1 < args.size())
                v.options.insert(name, args.at(++i));
            else if (v.file.isEmpty() && !a.isEmpty() && !a.startsWith('-'))
                v.file = a;
            else
                v.ok = false;
        }
        return v;
    }
};

int tableVerb(const Args &args);
int checkVerb(const Args &args);
int exportVerb(const Args &args);
int importVerb(const Args &args);
int migrateVerb(const Args &args);

struct Verb {
    const char *name;
    int (*run)(const Args &);
};

// Every headless verb; a new one is a line here and a function (and a line in helpText()).
const Verb verbs[] = {
    {"table", tableVerb},
    {"check", checkVerb},
    {"export", exportVerb},
    {"import", importVerb},
    {"migrate", migrateVerb},
};

// Options the GUI branch understands (keep in step with it); anything else starting with
// '-' is refused before a window system is needed.
const char *const guiOptions[] = {"-style", "-platform", "-qwindowgeometry", "--page", "--screenshot",
                                   "--quit-after-show", "--edit-text"};

bool isGuiOption(const char *arg)
{
    const char *name = arg;
    const char *eq = std::strchr(arg, '=');
    const size_t len = eq ? size_t(eq - name) : std::strlen(name);
    for (const char *o : guiOptions)
        if (std::strlen(o) == len && std::strncmp(o, name, len) == 0)
            return true;
    return false;
}

const Verb *findVerb(const char *arg)
{
    for (const Verb &v : verbs)
        if (std::strcmp(arg, v.name) == 0)
            return &v;
    return nullptr;
}

QString verbList()
{
    QStringList names;
    for (const Verb &v : verbs)
        names.append(QLatin1String(v.name));
    return names.join(QStringLiteral(", "));
}

// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::CommandLine)
};

// Everything on stderr passes here: input echoed in a message (a name, a value, a file name)
// cannot move the cursor, recolour the terminal or forge a line.
void printErr(const QString &s)
{
    QTextStream(stderr) << InputText::escapeControls(s, true) << Qt::endl;
}

// A file argument for messages.
QString shown(const QByteArray &arg)
{
    return InputText::fileName(arg);
}

std::unique_ptr<Document> load(const QByteArray &path, QString *error)
{
    return DocumentIO::loadNative(path, shown(path), error);
}

// stdout may be a full disk or a closed pipe: say so instead of exiting 0 with half a table.
int finish(QTextStream &out)
{
    out.flush();
    if (out.status() != QTextStream::Ok) {
        printErr(Tr::tr("cannot write to standard output"));
        return 2;
    }
    return 0;
}

int tableVerb(const Args &args)
{
    Args rest = args;
    const bool exact = rest.removeAll(QByteArray("--exact")) > 0;
    if (rest.size() != 2) {
        printErr(Tr::tr("usage: juesuan table FILE NN [--exact]"));
        return 2;
    }
    QString error;
    const auto doc = load(rest.at(0), &error);
    if (!doc) {
        printErr(error);
        return 2;
    }
    QString id = InputText::forMessage(QString::fromLocal8Bit(rest.at(1)), 20);
    if (id.size() == 1)
        id.prepend(QLatin1Char('0')); // "1" means 01
    const QString tsv = TableExport::toTsv(*doc, id, &error,
                                           exact ? TableExport::Values::Exact : TableExport::Values::Printed);
    if (tsv.isEmpty()) {
        printErr(shown(rest.at(0)) + QStringLiteral(": ") + error);
        return 2;
    }
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    out << tsv;
    return finish(out);
}

// juesuan check FILE [--json]: the audit's findings; exit 1 when any is an error.
int checkVerb(const Args &args)
{
    Args files = args;
    const bool json = files.removeAll(QByteArrayLiteral("--json")) > 0;
    if (files.size() != 1 || files.first().startsWith('-')) {
        printErr(Tr::tr("usage: juesuan check FILE [--json]"));
        return 2;
    }
    const QString path = shown(files.first());
    QString error;
    const auto doc = load(files.first(), &error);
    if (!doc) {
        printErr(error);
        return 2;
    }
    const AuditEngine engine(*doc);
    if (!engine.isValid()) {
        printErr(path + QStringLiteral(": ") + engine.errorString());
        return 2;
    }
    const QList<Finding> findings = engine.run();
    int errors = 0, warnings = 0;
    for (const Finding &f : findings) {
        errors += f.severity == Finding::Severity::Error;
        warnings += f.severity == Finding::Severity::Warning;
    }
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    if (json) {
        QJsonArray list;
        for (const Finding &f : findings) {
            QJsonArray cells;
            for (const CellKey &k : f.cells)
                cells.append(QJsonObject{{QStringLiteral("table"), k.table},
                                         {QStringLiteral("row"), k.row},
                                         {QStringLiteral("column"), k.col},
                                         {QStringLiteral("name"), doc->rowName(k.table, k.row)},
                                         {QStringLiteral("place"), FindingPlace::cell(*doc, k)}});
            QJsonObject o{{QStringLiteral("rule"), f.ruleId},
                          {QStringLiteral("severity"), Finding::severityName(f.severity)},
                          {QStringLiteral("message"), f.message},
                          {QStringLiteral("place"), FindingPlace::of(*doc, f)},
                          {QStringLiteral("cells"), cells}};
            if (!f.textKey.isEmpty())
                o.insert(QStringLiteral("text"), f.textKey);
            if (f.textOffset >= 0) { // the words of that text (表文一致)
                o.insert(QStringLiteral("offset"), f.textOffset);
                o.insert(QStringLiteral("length"), f.textLength);
            }
            if (f.evaluation >= 0)
                o.insert(QStringLiteral("form"), f.evaluation);
            if (f.rounding)
                o.insert(QStringLiteral("rounding"), true);
            if (f.printed)
                o.insert(QStringLiteral("values"), QStringLiteral("printed"));
            list.append(o);
        }
        const PrintedValues &printed = doc->printed();
        const QJsonObject root{{QStringLiteral("file"), path},
                               {QStringLiteral("findings"), list},
                               {QStringLiteral("errors"), errors},
                               {QStringLiteral("warnings"), warnings},
                               {QStringLiteral("printed"),
                                QJsonObject{{QStringLiteral("balanced"), printed.balanced()},
                                            {QStringLiteral("nudged"), printed.stats().nudged}}}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        // One line per finding: severity rule [place in words]: message.
        for (const Finding &f : findings) {
            const QString where = FindingPlace::of(*doc, f);
            out << Finding::severityName(f.severity) << QLatin1Char(' ') << f.ruleId << QLatin1Char(' ')
                << QLatin1Char('[') << (where.isEmpty() ? QStringLiteral("-") : where) << QStringLiteral("]: ")
                << f.message << Qt::endl;
        }
        // The tally goes to stderr so that stdout holds only finding lines.
        printErr(Tr::tr("%1: %2 errors, %3 warnings").arg(path).arg(errors).arg(warnings));
        // Equality rules are checked on exact values and again on printed ones (舍位平衡).
        const PrintedValues &printed = doc->printed();
        printErr(printed.balanced()
                         ? Tr::tr("%1: printed values (舍位平衡) keep every equality rule that holds exactly; "
                              "%2 cells differ from half-up rounding")
                                   .arg(path)
                                   .arg(printed.stats().nudged)
                         : Tr::tr("%1: printed values (舍位平衡) give up %2 relations (see the “On printed values” findings)")
                                   .arg(path)
                                   .arg(std::count_if(printed.unkept().cbegin(), printed.unkept().cend(),
                                                      [](const PrintedValues::Unkept &u) { return !u.grandTotal; })));
    }
    if (finish(out) != 0)
        return 2;
    return errors > 0 ? 1 : 0;
}

// juesuan export FILE -o OUT.(pdf|html|xlsx) [--progress] [--exact]: the finished report
// (xlsx: its nine tables, printed values unless --exact asks for exact ones). A document
// with audit errors is exported all the same (a script has no one to ask) with a warning on
// stderr. --progress redraws a line on stderr, only when stderr is a
// terminal: logs stay clean.
int exportVerb(const Args &args)
{
    const VerbArgs v = VerbArgs::parse(args, {"progress", "exact"}, {"output"});
    const QByteArray in = v.file, outBytes = v.options.value("output");
    const bool showProgress = v.flags.contains("progress"), exact = v.flags.contains("exact");
    if (!v.ok || in.isEmpty() || outBytes.isEmpty()) {
        printErr(Tr::tr("usage: juesuan export FILE -o OUT.pdf|OUT.html|OUT.xlsx [--progress] [--exact]"));
        return 2;
    }
    const QString out = QFile::decodeName(outBytes);
    if (QFile::encodeName(out) != outBytes) {
        // QSaveFile takes a QString: such a name would be written somewhere else.
        printErr(Tr::tr("%1: the output name is not valid UTF-8; choose another").arg(shown(outBytes)));
        return 2;
    }
    const QString format = QFileInfo(out).suffix().toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("html") && format != QLatin1String("htm")
        && format != QLatin1String("xlsx")) {
        printErr(Tr::tr("%1: unknown export format “%2” (use .pdf, .html or .xlsx)")
                         .arg(InputText::forMessage(out, 200), InputText::forMessage(format, 20)));
        return 2;
    }
    if (exact && format != QLatin1String("xlsx")) {
        printErr(Tr::tr("--exact applies to .xlsx only: the report prints its figures as printed (舍位平衡)"));
        return 2;
    }
    QString error;
    const auto doc = load(in, &error);
    if (!doc) {
        printErr(error);
        return 2;
    }
    const AuditEngine engine(*doc);
    if (engine.isValid()) {
        const int errors = errorCount(engine.run());
        if (errors > 0)
            printErr(Tr::tr("%1: warning: the audit finds %2 errors; exported anyway (see juesuan check)")
                             .arg(shown(in))
                             .arg(errors));
    }
    Progress progress([&out](int done, int total) {
        Terminal::printProgress(out, done, total);
        return true;
    });
    Progress *watch = showProgress && Terminal::isStderrTerminal() ? &progress : nullptr;
    const auto amounts = exact ? WorkbookExport::Amounts::Exact : WorkbookExport::Amounts::Printed;
    const bool ok = format == QLatin1String("pdf")  ? ReportPrinter::exportPdf(*doc, out, &error, nullptr, watch)
            : format == QLatin1String("xlsx")           ? WorkbookExport::exportXlsx(*doc, out, &error, watch, amounts)
                                                        : HtmlExporter::exportHtml(*doc, out, &error, watch);
    if (!ok) {
        printErr(error);
        return 2;
    }
    return 0;
}

// juesuan import IN.xlsx|IN.xls|IN.csv -o OUT.juesuan [--into EXISTING.juesuan | --edition YYYY]:
// the tables found in a workbook, as a new document or over a copy of EXISTING. The summary goes to
// stderr. Exit 0: imported, every workbook total agrees; 1: imported (OUT written) but some
// totals differ from Juesuan's; 2: usage, unreadable or refused input, or OUT not written.
int importVerb(const Args &args)
{
    const VerbArgs v = VerbArgs::parse(args, {"progress"}, {"output", "into", "edition"});
    const QByteArray inBytes = v.file, outBytes = v.options.value("output"), intoBytes = v.options.value("into");
    const QString editionOption = QString::fromUtf8(v.options.value("edition"));
    const bool showProgress = v.flags.contains("progress");
    if (!v.ok || inBytes.isEmpty() || outBytes.isEmpty() || (!intoBytes.isEmpty() && !editionOption.isEmpty())) {
        printErr(Tr::tr("usage: juesuan import IN.xlsx|IN.xls|IN.csv -o OUT.juesuan [--into EXISTING.juesuan | --edition YYYY] [--progress]"));
        return 2;
    }
    if (!editionOption.isEmpty() && !ReportTemplate::builtinEditions().contains(editionOption)) {
        printErr(Tr::tr("--edition: no template edition “%1” (this program knows %2)")
                         .arg(editionOption, ReportTemplate::builtinEditions().join(QStringLiteral(", "))));
        return 2;
    }
    // The reader and QSaveFile take QStrings: a name that does not survive the round trip
    // would be read or written somewhere else.
    for (const QByteArray &name : {inBytes, outBytes}) {
        if (QFile::encodeName(QFile::decodeName(name)) != name) {
            printErr(Tr::tr("%1: the file name is not valid UTF-8; rename it").arg(shown(name)));
            return 2;
        }
    }
    const QString in = QFile::decodeName(inBytes);
    const QString out = QFile::decodeName(outBytes);
    QString error;
    Workbook workbook;
    if (!WorkbookReader::read(in, &workbook, &error)) {
        printErr(error);
        return 2;
    }
    Progress progress([&in](int done, int total) {
        Terminal::printProgress(in, done, total);
        return true;
    });
    Progress *watch = showProgress && Terminal::isStderrTerminal() ? &progress : nullptr;
    ImportSummary summary;
    std::unique_ptr<Document> doc;
    // A new document is made in the edition of the workbook's year (its 20XX年度 title) unless
    // --edition names one: the year is known only once the tables are read, so a workbook of
    // another year is read a second time into a document of its own edition.
    const auto importInto = [&](std::unique_ptr<Document> target) {
        if (!target)
            return false;
        summary = ImportSummary();
        doc = std::move(target);
        return WorkbookImporter::import(doc.get(), workbook, &summary, watch);
    };
    const QString department = QFileInfo(in).completeBaseName();
    const int lastYear = QDate::currentDate().year() - 1;
    const QString firstEdition = !editionOption.isEmpty() ? editionOption
                                                          : EditionMigration::editionForYear(lastYear);
    bool imported = intoBytes.isEmpty() ? importInto(DocumentIO::create(firstEdition, department, lastYear, &error))
                                        : importInto(load(intoBytes, &error));
    if (!doc) {
        printErr(error);
        return 2;
    }
    if (imported && intoBytes.isEmpty() && editionOption.isEmpty() && summary.year >= 2000 && summary.year <= 2100) {
        const QString edition = EditionMigration::editionForYear(summary.year);
        if (edition != firstEdition) {
            imported = importInto(DocumentIO::create(edition, department, summary.year, &error));
            if (!doc) {
                printErr(error);
                return 2;
            }
        }
    }
    if (!imported) {
        printErr(summary.text().trimmed());
        return 2;
    }
    if (intoBytes.isEmpty()) {
        // A new document takes its 部门 and 年度 from the workbook, else says what it assumed.
        Metadata m = doc->metadata();
        if (!summary.department.isEmpty())
            m.department = summary.department;
        else
            summary.notes.append(Tr::tr("the workbook names no department: 部门 set to “%1” (edit it in File → Report Details)")
                                         .arg(m.department));
        if (summary.year >= 2000 && summary.year <= 2100)
            m.year = summary.year;
        else
            summary.notes.append(Tr::tr("the workbook names no year (20XX年度): 年度 set to %1").arg(m.year));
        doc->applyMetadata(m);
        summary.notes.append(Tr::tr("made in the %1 edition (%2)")
                                     .arg(doc->reportTemplate().edition(),
                                          editionOption.isEmpty() ? Tr::tr("the edition of the report's year; --edition chooses another")
                                                                  : Tr::tr("--edition")));
    }
    printErr(summary.text().trimmed());
    if (!DocumentIO::save(*doc, out, &error)) {
        printErr(error);
        return 2;
    }
    return summary.differences.isEmpty() ? 0 : 1;
}

// juesuan migrate IN --edition YYYY -o OUT.juesuan: IN moved to a newer edition (what File →
// Change Edition… does); the report of what moved, was renamed or was left behind goes to
// stderr. Exit 0 written; 2 usage, unreadable, refused (not a newer edition) or not written.
int migrateVerb(const Args &args)
{
    const VerbArgs v = VerbArgs::parse(args, {}, {"output", "edition"});
    const QByteArray in = v.file, outBytes = v.options.value("output"), edition = v.options.value("edition");
    if (!v.ok || in.isEmpty() || outBytes.isEmpty() || edition.isEmpty()) {
        printErr(Tr::tr("usage: juesuan migrate FILE --edition YYYY -o OUT.juesuan"));
        return 2;
    }
    const QString out = QFile::decodeName(outBytes);
    if (QFile::encodeName(out) != outBytes) {
        printErr(Tr::tr("%1: the output name is not valid UTF-8; choose another").arg(shown(outBytes)));
        return 2;
    }
    QString error;
    const auto doc = load(in, &error);
    if (!doc) {
        printErr(error);
        return 2;
    }
    const auto target = ReportTemplate::builtin(QString::fromUtf8(edition), &error);
    if (!target) {
        printErr(Tr::tr("--edition: %1").arg(error));
        return 2;
    }
    EditionMigration::Report report;
    if (!EditionMigration::apply(*doc, target, &report, &error)) {
        printErr(Tr::tr("%1: %2").arg(shown(in), error));
        return 2;
    }
    printErr(report.text());
    if (!DocumentIO::save(*doc, out, &error)) {
        printErr(error);
        return 2;
    }
    return 0;
}

QString helpText()
{
    return Tr::tr("Usage:\n"
              "  juesuan [FILE]              open the editor (with FILE, or the last session)\n"
              "  juesuan table FILE NN [--exact]  print table NN (01–09) as TSV, amounts in 万元 as printed\n"
              "                              (舍位平衡); --exact: exact values\n"
              "  juesuan check FILE [--json] audit FILE; exit 0 clean, 1 with errors, 2 unreadable\n"
              "  juesuan export FILE -o OUT.pdf|OUT.html|OUT.xlsx [--progress] [--exact]\n"
              "                              the report as PDF or HTML, its tables as XLSX (printed\n"
              "                              values, 舍位平衡; --exact: exact values);\n"
              "                              --progress shows the work done on stderr when it is a terminal\n"
              "  juesuan import IN.xlsx|IN.xls|IN.csv -o OUT.juesuan [--into FILE | --edition YYYY] [--progress]\n"
              "                              the tables of a workbook; a new report is made in the\n"
              "                              edition of the workbook's year unless --edition names one;\n"
              "                              exit 0 imported, 1 imported with totals that differ,\n"
              "                              2 unreadable or refused\n"
              "  juesuan migrate FILE --edition YYYY -o OUT.juesuan\n"
              "                              FILE moved to a newer edition; what moved, was renamed\n"
              "                              or was left behind goes to stderr\n"
              "  juesuan --help | --version\n"
              "\n"
              "Verbs run without a display. Errors go to stderr; the exit code is non-zero.\n");
}

} // namespace

int CommandLine::run(int argc, char **argv)
{
    const bool headless = argc > 1 && (findVerb(argv[1]) || std::strcmp(argv[1], "--help") == 0
                                       || std::strcmp(argv[1], "-h") == 0
                                       || std::strcmp(argv[1], "--version") == 0);
    if (headless) {
        // Headless verbs need no display; the offscreen platform still gives fonts and painting.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Qt wants a private runtime folder and warns on stderr without one; make it quietly.
            const QString dir = QDir::tempPath() + QStringLiteral("/juesuan-runtime-")
                    + Platform::userTag();
            QDir().mkpath(dir);
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
        }
        QApplication app(argc, argv);
        QApplication::setApplicationName(QStringLiteral("juesuan"));
        QApplication::setApplicationVersion(QStringLiteral(JUESUAN_VERSION));
        // argv as QApplication left it (it takes out its own options), bytes untouched.
        Args args;
        for (int i = 2; i < argc; ++i)
            args.append(QByteArray(argv[i]));
        const char *verb = argv[1];
        if (std::strcmp(verb, "--help") == 0 || std::strcmp(verb, "-h") == 0) {
            QTextStream out(stdout);
            out << helpText();
            return finish(out);
        }
        if (std::strcmp(verb, "--version") == 0) {
            QTextStream out(stdout);
            out << QStringLiteral("juesuan ") << QStringLiteral(JUESUAN_VERSION) << Qt::endl;
            return finish(out);
        }
        return findVerb(verb)->run(args);
    }
    if (argc > 1 && argv[1][0] == '-' && !isGuiOption(argv[1])) {
        // Refused before any window system is needed, so a typo fails cleanly without a display.
        QCoreApplication core(argc, argv);
        printErr(Tr::tr("unknown option %1\n").arg(InputText::forMessage(QString::fromLocal8Bit(argv[1]))) + helpText());
        return 2;
    }
    if (argc > 1 && argv[1][0] != '-' && !Platform::exists(argv[1])) {
        // Neither a verb nor a file: a mistyped verb ("chek") must not open a window, which
        // would hang a script, or abort where there is no display.
        QCoreApplication core(argc, argv);
        const QString arg = InputText::forMessage(InputText::fileName(QByteArray(argv[1])));
        const bool looksLikeFile = std::strchr(argv[1], '/') || std::strchr(argv[1], '.');
        printErr((looksLikeFile ? Tr::tr("%1: no such file, and not a verb (the verbs are %2)")
                                : Tr::tr("unknown verb “%1” (the verbs are %2)"))
                         .arg(arg, verbList())
                 + QLatin1Char('\n') + helpText());
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("juesuan"));
    QApplication::setApplicationVersion(QStringLiteral(JUESUAN_VERSION));
    return GuiSession::run(app);
}

} // namespace Juesuan
