#include "commandline.h"

#include "auditengine.h"
#include "document.h"
#include "documentio.h"
#include "guisession.h"
#include "htmlexporter.h"
#include "reportprinter.h"
#include "tableexport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <QFile>
#include <QFileInfo>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace Juesuan {

namespace {

const char *const verbs[] = {"table", "check", "export"};

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

bool isVerb(const char *arg)
{
    for (const char *v : verbs)
        if (std::strcmp(arg, v) == 0)
            return true;
    return false;
}

QString tr(const char *s)
{
    return QCoreApplication::translate("Juesuan::CommandLine", s);
}

void printErr(const QString &s)
{
    QTextStream(stderr) << s << Qt::endl;
}

int tableVerb(const QStringList &args)
{
    QStringList rest = args;
    const bool exact = rest.removeAll(QStringLiteral("--exact")) > 0;
    if (rest.size() != 2) {
        printErr(tr("usage: juesuan table FILE NN [--exact]"));
        return 2;
    }
    QString error;
    const auto doc = DocumentIO::load(rest.at(0), &error);
    if (!doc) {
        printErr(error);
        return 2;
    }
    QString id = rest.at(1);
    if (id.size() == 1)
        id.prepend(QLatin1Char('0')); // "1" means 01
    const QString tsv = TableExport::toTsv(*doc, id, &error,
                                           exact ? TableExport::Values::Exact : TableExport::Values::Printed);
    if (tsv.isEmpty()) {
        printErr(rest.at(0) + QStringLiteral(": ") + error);
        return 2;
    }
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    out << tsv;
    return 0;
}

// juesuan check FILE [--json]: the audit's findings; exit 1 when any is an error.
int checkVerb(const QStringList &args)
{
    QStringList files = args;
    const bool json = files.removeAll(QStringLiteral("--json")) > 0;
    if (files.size() != 1 || files.first().startsWith(QLatin1Char('-'))) {
        printErr(tr("usage: juesuan check FILE [--json]"));
        return 2;
    }
    const QString path = files.first();
    QString error;
    const auto doc = DocumentIO::load(path, &error);
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
                                         {QStringLiteral("name"), doc->rowName(k.table, k.row)}});
            QJsonObject o{{QStringLiteral("rule"), f.ruleId},
                          {QStringLiteral("severity"), Finding::severityName(f.severity)},
                          {QStringLiteral("message"), f.message},
                          {QStringLiteral("cells"), cells}};
            if (!f.textKey.isEmpty())
                o.insert(QStringLiteral("text"), f.textKey);
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
        // One line per finding: severity rule cells: message.
        for (const Finding &f : findings) {
            QStringList where;
            for (const CellKey &k : f.cells)
                where.append(k.toString());
            if (!f.textKey.isEmpty())
                where.append(QStringLiteral("text:") + f.textKey);
            if (f.evaluation >= 0)
                where.append(QStringLiteral("form:") + QString::number(f.evaluation));
            out << Finding::severityName(f.severity) << QLatin1Char(' ') << f.ruleId << QLatin1Char(' ')
                << (where.isEmpty() ? QStringLiteral("-") : where.join(QLatin1Char(','))) << QStringLiteral(": ")
                << f.message << Qt::endl;
        }
        // The tally goes to stderr so that stdout holds only finding lines.
        printErr(tr("%1: %2 errors, %3 warnings").arg(path).arg(errors).arg(warnings));
        // Equality rules are checked on exact values and again on printed ones (舍位平衡).
        const PrintedValues &printed = doc->printed();
        printErr(printed.balanced()
                         ? tr("%1: printed values (舍位平衡) keep every equality rule that holds exactly; "
                              "%2 cells differ from half-up rounding")
                                   .arg(path)
                                   .arg(printed.stats().nudged)
                         : tr("%1: printed values (舍位平衡) give up %2 relations (see the “On printed values” findings)")
                                   .arg(path)
                                   .arg(std::count_if(printed.unkept().cbegin(), printed.unkept().cend(),
                                                      [](const PrintedValues::Unkept &u) { return !u.grandTotal; })));
    }
    return errors > 0 ? 1 : 0;
}

// juesuan export FILE -o OUT.(pdf|html): the finished report. A document with audit errors is
// exported all the same (a script has no one to ask) with a warning on stderr.
int exportVerb(const QStringList &args)
{
    QString in, out;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && i + 1 < args.size())
            out = args.at(++i);
        else if (a.startsWith(QLatin1String("--output=")))
            out = a.mid(9);
        else if (in.isEmpty() && !a.startsWith(QLatin1Char('-')))
            in = a;
        else
            in = QString(), out = QString(), i = int(args.size());
    }
    if (in.isEmpty() || out.isEmpty()) {
        printErr(tr("usage: juesuan export FILE -o OUT.pdf|OUT.html"));
        return 2;
    }
    const QString format = QFileInfo(out).suffix().toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("html") && format != QLatin1String("htm")) {
        printErr(tr("%1: unknown export format “%2” (use .pdf or .html)").arg(out, format));
        return 2;
    }
    QString error;
    const auto doc = DocumentIO::load(in, &error);
    if (!doc) {
        printErr(error);
        return 2;
    }
    const AuditEngine engine(*doc);
    if (engine.isValid()) {
        int errors = 0;
        for (const Finding &f : engine.run())
            errors += f.severity == Finding::Severity::Error;
        if (errors > 0)
            printErr(tr("%1: warning: the audit finds %2 errors; exported anyway (see juesuan check)")
                             .arg(in)
                             .arg(errors));
    }
    const bool ok = format == QLatin1String("pdf") ? ReportPrinter::exportPdf(*doc, out, &error)
                                                   : HtmlExporter::exportHtml(*doc, out, &error);
    if (!ok) {
        printErr(error);
        return 2;
    }
    return 0;
}

QString helpText()
{
    return tr("Usage:\n"
              "  juesuan [FILE]              open the editor (with FILE, or the last session)\n"
              "  juesuan table FILE NN [--exact]  print table NN (01–09) as TSV, amounts in 万元 as printed\n"
              "                              (舍位平衡); --exact: exact values\n"
              "  juesuan check FILE [--json] audit FILE; exit 0 clean, 1 with errors, 2 unreadable\n"
              "  juesuan export FILE -o OUT.pdf|OUT.html  the finished report as PDF or HTML\n"
              "  juesuan --help | --version\n"
              "\n"
              "Verbs run without a display. Errors go to stderr; the exit code is non-zero.\n");
}

} // namespace

int CommandLine::run(int argc, char **argv)
{
    const bool headless = argc > 1 && (isVerb(argv[1]) || std::strcmp(argv[1], "--help") == 0
                                       || std::strcmp(argv[1], "-h") == 0
                                       || std::strcmp(argv[1], "--version") == 0);
    if (headless) {
        // Headless verbs need no display; the offscreen platform still gives fonts and painting.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Qt wants a private runtime folder and warns on stderr without one; make it quietly.
            const QString dir = QDir::tempPath() + QStringLiteral("/juesuan-runtime-")
                    + QString::number(qint64(getuid()));
            QDir().mkpath(dir);
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
        }
        QApplication app(argc, argv);
        QApplication::setApplicationName(QStringLiteral("juesuan"));
        QApplication::setApplicationVersion(QStringLiteral(JUESUAN_VERSION));
        QStringList args = QApplication::arguments().mid(1);
        const QString verb = args.takeFirst();
        if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
            QTextStream(stdout) << helpText();
            return 0;
        }
        if (verb == QLatin1String("--version")) {
            QTextStream(stdout) << QStringLiteral("juesuan ") << QStringLiteral(JUESUAN_VERSION) << Qt::endl;
            return 0;
        }
        if (verb == QLatin1String("table"))
            return tableVerb(args);
        if (verb == QLatin1String("check"))
            return checkVerb(args);
        if (verb == QLatin1String("export"))
            return exportVerb(args);
    }
    if (argc > 1 && argv[1][0] == '-' && !isGuiOption(argv[1])) {
        // Refused before any window system is needed, so a typo fails cleanly without a display.
        QCoreApplication core(argc, argv);
        printErr(tr("unknown option %1\n").arg(QString::fromLocal8Bit(argv[1])) + helpText());
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("juesuan"));
    QApplication::setApplicationVersion(QStringLiteral(JUESUAN_VERSION));
    return GuiSession::run(app);
}

} // namespace Juesuan
