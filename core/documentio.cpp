#include "documentio.h"

#include "document.h"
#include "filewriter.h"
#include "inputtext.h"
#include "jsonscanner.h"
#include "platform.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QUndoStack>

#include <cmath>
#include <cstring>

namespace Juesuan {

namespace {

// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::DocumentIO)
};

constexpr double maxAmountFen = 1e15;
constexpr qint64 maxAmountFenInt = 1000000000000000LL;
// A report is a few hundred kilobytes; anything far larger is not one of ours.
constexpr qint64 maxFileSize = 256 * 1024 * 1024;

// A number QJsonDocument kept as an integer. JsonScanner has already refused every other
// number, so this is a guard, and toInteger() is exact here (it returns 0 out of range).
bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toVariant().userType() == QMetaType::LongLong;
}

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return Tr::tr("null");
    case QJsonValue::Bool:
        return Tr::tr("a boolean");
    case QJsonValue::Double:
        // The file's own digits: through a double, 9223372036854775807 would read …808.
        return Tr::tr("the number %1").arg(isInteger(v) ? QString::number(v.toInteger()) : QString::number(v.toDouble(), 'g', 17));
    case QJsonValue::String:
        return Tr::tr("the text “%1”").arg(InputText::forMessage(v.toString(), 40));
    case QJsonValue::Array:
        return Tr::tr("an array");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("nothing");
}

// Reads values out of the JSON tree, remembering the first problem with its path.
class Reader
{
public:
    QString error;

    bool fail(const QString &path, const QString &why)
    {
        if (error.isEmpty())
            error = path + QStringLiteral(": ") + why;
        return false;
    }

    bool object(const QJsonValue &v, const QString &path, QJsonObject *out, bool required = true)
    {
        if (v.isUndefined() && !required) {
            *out = QJsonObject();
            return true;
        }
        if (!v.isObject())
            return fail(path, Tr::tr("expected an object, found %1").arg(describe(v)));
        *out = v.toObject();
        return true;
    }

    bool array(const QJsonValue &v, const QString &path, QJsonArray *out, bool required = true)
    {
        if (v.isUndefined() && !required) {
            *out = QJsonArray();
            return true;
        }
        if (!v.isArray())
            return fail(path, Tr::tr("expected an array, found %1").arg(describe(v)));
        *out = v.toArray();
        return true;
    }

    bool string(const QJsonValue &v, const QString &path, QString *out, bool required = false)
    {
        if (v.isUndefined() && !required) {
            out->clear();
            return true;
        }
        if (!v.isString())
            return fail(path, Tr::tr("expected text, found %1").arg(describe(v)));
        *out = v.toString();
        return true;
    }

    bool integer(const QJsonValue &v, const QString &path, qint64 *out)
    {
        if (!isInteger(v))
            return fail(path, Tr::tr("expected a whole number, found %1").arg(describe(v)));
        *out = v.toInteger();
        return true;
    }

    bool boolean(const QJsonValue &v, const QString &path, bool *out)
    {
        if (v.isUndefined()) {
            *out = false;
            return true;
        }
        if (!v.isBool())
            return fail(path, Tr::tr("expected true or false, found %1").arg(describe(v)));
        *out = v.toBool();
        return true;
    }

    // An amount: an integer number of 分. Absent means blank.
    bool amount(const QJsonValue &v, const QString &path, Money *out)
    {
        if (v.isUndefined()) {
            *out = Money();
            return true;
        }
        if (!isInteger(v))
            return fail(path, Tr::tr("expected an amount in 分 (a whole number), found %1").arg(describe(v)));
        const qint64 fen = v.toInteger();
        if (fen > maxAmountFenInt || fen < -maxAmountFenInt)
            return fail(path, Tr::tr("the amount %1 分 is out of range (±10^15 分)").arg(fen));
        *out = Money::fromFen(fen);
        return true;
    }

    bool onlyKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                return fail(JsonScanner::member(path, it.key()),
                            Tr::tr("unknown member “%1” (allowed: %2)")
                                    .arg(InputText::forMessage(it.key()), allowed.join(QStringLiteral(", "))));
        return true;
    }
};

QString member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString index(const QString &path, int i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

// Line and column of a byte offset, for JSON syntax errors.
QString lineColumn(const QByteArray &data, int offset)
{
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < data.size(); ++i)
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    const int column = int(QString::fromUtf8(data.mid(lineStart, offset - lineStart)).size()) + 1;
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

const char *projectTypeName(EvaluationForm::ProjectType t)
{
    switch (t) {
    case EvaluationForm::ProjectType::Recurring:
        return "recurring";
    case EvaluationForm::ProjectType::Continuing:
        return "continuing";
    case EvaluationForm::ProjectType::OneOff:
        return "oneOff";
    case EvaluationForm::ProjectType::None:
        break;
    }
    return "";
}

bool readForm(Reader &r, const QJsonValue &v, const QString &path, EvaluationForm *form)
{
    QJsonObject o;
    if (!r.object(v, path, &o))
        return false;
    if (!r.onlyKeys(o, path,
                    {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("department"),
                     QStringLiteral("implementer"), QStringLiteral("projectType"), QStringLiteral("sources"),
                     QStringLiteral("budget"), QStringLiteral("executed"), QStringLiteral("basicTotal"),
                     QStringLiteral("projectTotal"), QStringLiteral("goal"), QStringLiteral("indicators"),
                     QStringLiteral("deviation"), QStringLiteral("improvement")}))
        return false;
    QString kind, type;
    if (!r.string(o.value(QLatin1String("kind")), member(path, QStringLiteral("kind")), &kind, true))
        return false;
    if (kind == QLatin1String("overall"))
        form->kind = EvaluationForm::Kind::Overall;
    else if (kind == QLatin1String("project"))
        form->kind = EvaluationForm::Kind::Project;
    else
        return r.fail(member(path, QStringLiteral("kind")), Tr::tr("must be “overall” or “project”, not “%1”").arg(InputText::forMessage(kind)));
    if (!r.string(o.value(QLatin1String("name")), member(path, QStringLiteral("name")), &form->name, true))
        return false;
    if (form->name.trimmed().isEmpty())
        return r.fail(member(path, QStringLiteral("name")), Tr::tr("a form needs a name"));
    if (!r.string(o.value(QLatin1String("department")), member(path, QStringLiteral("department")), &form->department)
        || !r.string(o.value(QLatin1String("implementer")), member(path, QStringLiteral("implementer")), &form->implementer)
        || !r.string(o.value(QLatin1String("projectType")), member(path, QStringLiteral("projectType")), &type)
        || !r.amount(o.value(QLatin1String("budget")), member(path, QStringLiteral("budget")), &form->budget)
        || !r.amount(o.value(QLatin1String("executed")), member(path, QStringLiteral("executed")), &form->executed)
        || !r.amount(o.value(QLatin1String("basicTotal")), member(path, QStringLiteral("basicTotal")), &form->basicTotal)
        || !r.amount(o.value(QLatin1String("projectTotal")), member(path, QStringLiteral("projectTotal")), &form->projectTotal)
        || !r.string(o.value(QLatin1String("goal")), member(path, QStringLiteral("goal")), &form->goal)
        || !r.string(o.value(QLatin1String("deviation")), member(path, QStringLiteral("deviation")), &form->deviation)
        || !r.string(o.value(QLatin1String("improvement")), member(path, QStringLiteral("improvement")), &form->improvement))
        return false;
    bool typeOk = false;
    for (auto t : {EvaluationForm::ProjectType::None, EvaluationForm::ProjectType::Recurring,
                   EvaluationForm::ProjectType::Continuing, EvaluationForm::ProjectType::OneOff})
        if (type == QLatin1String(projectTypeName(t))) {
            form->projectType = t;
            typeOk = true;
        }
    if (!typeOk)
        return r.fail(member(path, QStringLiteral("projectType")),
                      Tr::tr("must be “recurring”, “continuing”, “oneOff” or empty, not “%1”").arg(InputText::forMessage(type)));
    QJsonArray sources;
    const QString sourcesPath = member(path, QStringLiteral("sources"));
    if (!r.array(o.value(QLatin1String("sources")), sourcesPath, &sources, false))
        return false;
    if (!sources.isEmpty() && sources.size() != 3)
        return r.fail(sourcesPath, Tr::tr("expected 3 budget sources, found %1").arg(sources.size()));
    for (int i = 0; i < sources.size(); ++i) {
        QJsonObject s;
        const QString sp = index(sourcesPath, i);
        if (!r.object(sources.at(i), sp, &s) || !r.onlyKeys(s, sp, {QStringLiteral("checked"), QStringLiteral("amount")})
            || !r.boolean(s.value(QLatin1String("checked")), member(sp, QStringLiteral("checked")), &form->sources[i].checked)
            || !r.amount(s.value(QLatin1String("amount")), member(sp, QStringLiteral("amount")), &form->sources[i].amount))
            return false;
    }
    QJsonArray indicators;
    const QString ip = member(path, QStringLiteral("indicators"));
    if (!r.array(o.value(QLatin1String("indicators")), ip, &indicators, false))
        return false;
    for (int i = 0; i < indicators.size(); ++i) {
        QJsonObject io;
        Indicator ind;
        const QString p = index(ip, i);
        if (!r.object(indicators.at(i), p, &io)
            || !r.onlyKeys(io, p, {QStringLiteral("level1"), QStringLiteral("level2"), QStringLiteral("level3"),
                                   QStringLiteral("target"), QStringLiteral("actual")})
            || !r.string(io.value(QLatin1String("level1")), member(p, QStringLiteral("level1")), &ind.level1)
            || !r.string(io.value(QLatin1String("level2")), member(p, QStringLiteral("level2")), &ind.level2)
            || !r.string(io.value(QLatin1String("level3")), member(p, QStringLiteral("level3")), &ind.level3)
            || !r.string(io.value(QLatin1String("target")), member(p, QStringLiteral("target")), &ind.target)
            || !r.string(io.value(QLatin1String("actual")), member(p, QStringLiteral("actual")), &ind.actual))
            return false;
        form->indicators.append(ind);
    }
    return true;
}

// The house style of the explanations (`narrativeStyle`): every member optional, each absent
// one keeps its default; a value outside what the member allows is refused at its place.
struct StyleChoice {
    const char *name;
    int value;
};
constexpr StyleChoice amountChoices[] = {{"trimmed", int(NarrativeStyle::Amounts::Trimmed)},
                                         {"twoDecimals", int(NarrativeStyle::Amounts::TwoDecimals)}};
constexpr StyleChoice fundsChoices[] = {{"budgets", int(NarrativeStyle::PerformanceFunds::Budgets)},
                                        {"executed", int(NarrativeStyle::PerformanceFunds::Executed)}};
constexpr StyleChoice orderChoices[] = {{"entered", int(NarrativeStyle::ProjectOrder::AsEntered)},
                                        {"amount", int(NarrativeStyle::ProjectOrder::ByAmount)}};

template<size_t N>
bool readChoice(Reader &r, const QJsonValue &v, const QString &path, const StyleChoice (&choices)[N], int *out)
{
    if (v.isUndefined())
        return true;
    QString text;
    if (!r.string(v, path, &text, true))
        return false;
    QStringList names;
    for (const StyleChoice &c : choices) {
        if (text == QLatin1String(c.name)) {
            *out = c.value;
            return true;
        }
        names << QStringLiteral("“%1”").arg(QLatin1String(c.name));
    }
    return r.fail(path, Tr::tr("“%1” is not one of %2").arg(InputText::forMessage(text), names.join(QStringLiteral(", "))));
}

template<size_t N>
QString choiceName(const StyleChoice (&choices)[N], int value)
{
    for (const StyleChoice &c : choices)
        if (c.value == value)
            return QLatin1String(c.name);
    return QString();
}

bool readStyle(Reader &r, const QJsonValue &v, NarrativeStyle *style)
{
    const QString path = QStringLiteral("narrativeStyle");
    QJsonObject o;
    if (!r.object(v, path, &o, false))
        return false;
    const QString decimals[] = {QStringLiteral("shareDecimals"), QStringLiteral("changeDecimals"),
                                QStringLiteral("rateDecimals"), QStringLiteral("formRateDecimals")};
    if (!r.onlyKeys(o, path,
                    {decimals[0], decimals[1], decimals[2], decimals[3], QStringLiteral("amounts"),
                     QStringLiteral("rateOverBudget"), QStringLiteral("performanceFunds"),
                     QStringLiteral("projectOrder"), QStringLiteral("overallRate")}))
        return false;
    int *const targets[] = {&style->shareDecimals, &style->changeDecimals, &style->rateDecimals,
                            &style->formRateDecimals};
    for (int i = 0; i < 4; ++i) {
        const QJsonValue d = o.value(decimals[i]);
        if (d.isUndefined())
            continue;
        qint64 n = 0;
        if (!r.integer(d, member(path, decimals[i]), &n))
            return false;
        if (n < 0 || n > 2)
            return r.fail(member(path, decimals[i]), Tr::tr("a percentage prints with 0, 1 or 2 decimals, not %1").arg(n));
        *targets[i] = int(n);
    }
    int amounts = int(style->amounts), funds = int(style->performanceFunds), order = int(style->projectOrder);
    if (!readChoice(r, o.value(QLatin1String("amounts")), member(path, QStringLiteral("amounts")), amountChoices, &amounts)
        || !readChoice(r, o.value(QLatin1String("performanceFunds")), member(path, QStringLiteral("performanceFunds")),
                       fundsChoices, &funds)
        || !readChoice(r, o.value(QLatin1String("projectOrder")), member(path, QStringLiteral("projectOrder")),
                       orderChoices, &order)
        || !r.boolean(o.value(QLatin1String("rateOverBudget")), member(path, QStringLiteral("rateOverBudget")),
                      &style->rateOverBudget)
        || !r.boolean(o.value(QLatin1String("overallRate")), member(path, QStringLiteral("overallRate")),
                      &style->overallRate))
        return false;
    style->amounts = NarrativeStyle::Amounts(amounts);
    style->performanceFunds = NarrativeStyle::PerformanceFunds(funds);
    style->projectOrder = NarrativeStyle::ProjectOrder(order);
    return true;
}

QJsonObject styleToJson(const NarrativeStyle &s)
{
    return QJsonObject{{QStringLiteral("shareDecimals"), s.shareDecimals},
                       {QStringLiteral("changeDecimals"), s.changeDecimals},
                       {QStringLiteral("rateDecimals"), s.rateDecimals},
                       {QStringLiteral("formRateDecimals"), s.formRateDecimals},
                       {QStringLiteral("amounts"), choiceName(amountChoices, int(s.amounts))},
                       {QStringLiteral("rateOverBudget"), s.rateOverBudget},
                       {QStringLiteral("performanceFunds"), choiceName(fundsChoices, int(s.performanceFunds))},
                       {QStringLiteral("projectOrder"), choiceName(orderChoices, int(s.projectOrder))},
                       {QStringLiteral("overallRate"), s.overallRate}};
}

void putAmount(QJsonObject &o, const QString &key, const Money &m)
{
    if (!m.isBlank())
        o.insert(key, QJsonValue(m.fen()));
}

void putString(QJsonObject &o, const QString &key, const QString &s)
{
    if (!s.isEmpty())
        o.insert(key, s);
}

} // namespace

std::unique_ptr<Document> DocumentIO::load(const QString &path, QString *error)
{
    if (path.startsWith(QLatin1Char(':'))) {
        // A compiled-in resource (the bundled sample): Qt's, not the system's, so no device
        // or pipe can hide behind it and its size is known.
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("%1: cannot open: %2").arg(path, f.errorString());
            return nullptr;
        }
        return fromJson(f.read(maxFileSize), path, error);
    }
    return loadNative(QFile::encodeName(path), path, error);
}

std::unique_ptr<Document> DocumentIO::loadNative(const QByteArray &nativePath, const QString &name, QString *error)
{
    const QString shown = InputText::escapeControls(name);
    // The native bytes as they are (a name need not be valid UTF-8); only a regular file,
    // and a FIFO does not block the open (Platform::openRegularFile).
    QFile f;
    QString reason;
    switch (Platform::openRegularFile(nativePath, &f, &reason)) {
    case Platform::Opened::File: break;
    case Platform::Opened::Folder:
        *error = Tr::tr("%1: cannot open: it is a folder, not a file").arg(shown);
        return nullptr;
    case Platform::Opened::NotRegular:
        *error = Tr::tr("%1: cannot open: not a regular file (a device, pipe or socket)").arg(shown);
        return nullptr;
    case Platform::Opened::Failed:
        *error = Tr::tr("%1: cannot open: %2").arg(shown, reason);
        return nullptr;
    }
    // Read one byte past the limit rather than trusting the size: a file may grow meanwhile.
    const QByteArray data = f.read(maxFileSize + 1);
    if (data.size() > maxFileSize) {
        *error = Tr::tr("%1: the file is too large to be a Juesuan document (over %2 MiB)").arg(shown).arg(maxFileSize >> 20);
        return nullptr;
    }
    if (f.error() != QFileDevice::NoError) {
        *error = Tr::tr("%1: cannot read: %2").arg(shown, f.errorString());
        return nullptr;
    }
    return fromJson(data, name, error);
}

std::unique_ptr<Document> DocumentIO::fromJson(const QByteArray &data, const QString &source, QString *error)
{
    // Whatever the message echoes (names, members, values) reaches a terminal: no control
    // character gets through, each echoed value was already cut to a readable length.
    const auto failed = [&](const QString &why) {
        *error = InputText::escapeControls(source + QStringLiteral(": ") + why);
        return nullptr;
    };
    QJsonParseError pe;
    const QJsonDocument json = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError)
        return failed(Tr::tr("%1: not valid JSON (%2)").arg(lineColumn(data, pe.offset), pe.errorString()));
    if (!json.isObject())
        return failed(Tr::tr("not a Juesuan document (the top level is not a JSON object)"));
    QString scanned;
    if (!JsonScanner::check(data, &scanned))
        return failed(scanned);
    const QJsonObject root = json.object();
    Reader r;
    QString format, edition;
    if (!r.string(root.value(QLatin1String("format")), QStringLiteral("format"), &format, true))
        return failed(r.error);
    if (format != QLatin1String("juesuan"))
        return failed(Tr::tr("format: not a Juesuan document (format is “%1”)").arg(InputText::forMessage(format)));
    qint64 version = 0;
    if (!r.integer(root.value(QLatin1String("version")), QStringLiteral("version"), &version))
        return failed(r.error);
    if (version > formatVersion)
        return failed(Tr::tr("version: written by a newer Juesuan (format version %1; this program reads up to %2)")
                              .arg(version).arg(formatVersion));
    if (version < 1)
        return failed(Tr::tr("version: %1 is not a format version").arg(version));
    if (!r.onlyKeys(root, QString(),
                    {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("edition"),
                     QStringLiteral("metadata"), QStringLiteral("tables"), QStringLiteral("priorYear"),
                     QStringLiteral("budgets"), QStringLiteral("texts"), QStringLiteral("keyWork"),
                     QStringLiteral("evaluations"), QStringLiteral("facts"), QStringLiteral("itemNames"),
                     QStringLiteral("narrativeStyle")})
        || !r.string(root.value(QLatin1String("edition")), QStringLiteral("edition"), &edition, true))
        return failed(r.error);
    if (edition.size() > 16)
        return failed(Tr::tr("edition: “%1” is not an edition").arg(InputText::forMessage(edition)));
    QString why;
    auto reportTemplate = ReportTemplate::builtin(edition, &why);
    if (!reportTemplate)
        return failed(QStringLiteral("edition: ") + why);

    // metadata
    Metadata meta;
    QJsonObject mo;
    QString date;
    qint64 year = 0;
    if (!r.object(root.value(QLatin1String("metadata")), QStringLiteral("metadata"), &mo)
        || !r.onlyKeys(mo, QStringLiteral("metadata"),
                       {QStringLiteral("department"), QStringLiteral("year"), QStringLiteral("publishDate"),
                        QStringLiteral("amountUnit"), QStringLiteral("contactPhone"), QStringLiteral("description"),
                        QStringLiteral("keepRoundingNote")})
        || !r.string(mo.value(QLatin1String("department")), QStringLiteral("metadata.department"), &meta.department, true)
        || !r.integer(mo.value(QLatin1String("year")), QStringLiteral("metadata.year"), &year)
        || !r.string(mo.value(QLatin1String("publishDate")), QStringLiteral("metadata.publishDate"), &date)
        || !r.string(mo.value(QLatin1String("amountUnit")), QStringLiteral("metadata.amountUnit"), &meta.amountUnit, true)
        || !r.string(mo.value(QLatin1String("contactPhone")), QStringLiteral("metadata.contactPhone"), &meta.contactPhone)
        || !r.string(mo.value(QLatin1String("description")), QStringLiteral("metadata.description"), &meta.description)
        || !r.boolean(mo.value(QLatin1String("keepRoundingNote")), QStringLiteral("metadata.keepRoundingNote"),
                      &meta.keepRoundingNote))
        return failed(r.error);
    if (meta.department.trimmed().isEmpty())
        return failed(Tr::tr("metadata.department: the 部门 is empty"));
    if (year < 2000 || year > 2100)
        return failed(Tr::tr("metadata.year: %1 is not a plausible 年度 (2000–2100)").arg(year));
    meta.year = int(year);
    if (!date.isEmpty()) {
        // Qt's ISO parser takes any separator ("2024/10/28"); the format says YYYY-MM-DD.
        bool shape = date.size() == 10;
        for (int i = 0; shape && i < 10; ++i)
            shape = (i == 4 || i == 7) ? date.at(i) == QLatin1Char('-')
                                       : (date.at(i) >= QLatin1Char('0') && date.at(i) <= QLatin1Char('9'));
        meta.publishDate = shape ? QDate::fromString(date, Qt::ISODate) : QDate();
        if (!meta.publishDate.isValid())
            return failed(Tr::tr("metadata.publishDate: “%1” is not a date (YYYY-MM-DD)").arg(InputText::forMessage(date)));
    }
    if (meta.amountUnit != QStringLiteral("万元"))
        return failed(Tr::tr("metadata.amountUnit: “%1” is not supported (only 万元)").arg(InputText::forMessage(meta.amountUnit)));

    NarrativeStyle style;
    if (!readStyle(r, root.value(QLatin1String("narrativeStyle")), &style))
        return failed(r.error);

    // tables
    QJsonObject tables;
    QHash<QString, QStringList> itemRows;
    QHash<CellKey, Money> inputs;
    if (!r.object(root.value(QLatin1String("tables")), QStringLiteral("tables"), &tables))
        return failed(r.error);
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const QString tp = JsonScanner::member(QStringLiteral("tables"), it.key());
        const TableTemplate *t = reportTemplate->table(it.key());
        if (!t)
            return failed(Tr::tr("%1: edition %2 has no table “%3”").arg(tp, edition, InputText::forMessage(it.key())));
        QJsonObject to, cells;
        QJsonArray rows;
        if (!r.object(it.value(), tp, &to) || !r.onlyKeys(to, tp, {QStringLiteral("rows"), QStringLiteral("cells")})
            || !r.array(to.value(QLatin1String("rows")), tp + QStringLiteral(".rows"), &rows, false)
            || !r.object(to.value(QLatin1String("cells")), tp + QStringLiteral(".cells"), &cells, false))
            return failed(r.error);
        if (!t->isCodeList() && !rows.isEmpty())
            return failed(Tr::tr("%1.rows: %2 is a fixed table and has no subject rows").arg(tp, t->code()));
        QSet<QString> rowSet;
        for (int i = 0; i < rows.size(); ++i) {
            QString code;
            const QString rp = index(tp + QStringLiteral(".rows"), i);
            if (!r.string(rows.at(i), rp, &code, true))
                return failed(r.error);
            bool digits = SubjectCatalogue::level(code) == 3;
            for (QChar c : code)
                digits = digits && c.isDigit() && c.unicode() < 128;
            if (!digits)
                return failed(Tr::tr("%1: “%2” is not a 项 code (7 digits)").arg(rp, InputText::forMessage(code)));
            if (rowSet.contains(code))
                return failed(Tr::tr("%1: row %2 is listed twice").arg(rp, code));
            rowSet.insert(code);
            itemRows[it.key()].append(code);
        }
        inputs.reserve(inputs.size() + cells.size());
        for (auto c = cells.begin(); c != cells.end(); ++c) {
            // A large table has a hundred thousand cells: the place is spelled out only
            // when something is wrong.
            const QString name = c.key();
            const auto place = [&]() -> QString {
                return tp + QStringLiteral(".cells[\"") + InputText::forMessage(name) + QStringLiteral("\"]");
            };
            const CellKey key = CellKey::fromString(name, it.key());
            if (!key.isValid() || key.table != it.key() || name.contains(QLatin1Char('!')))
                return failed(Tr::tr("%1: not a cell name (row@column)").arg(place()));
            if (!t->hasCell(key))
                return failed(Tr::tr("%1: %2 has no such cell").arg(place(), t->code()));
            if (t->isCodeList() && !rowSet.contains(key.row))
                return failed(Tr::tr("%1: row %2 is not in the table's rows").arg(place(), key.row));
            if (!reportTemplate->isInputCell(key))
                return failed(Tr::tr("%1: this cell is computed from other cells and cannot be stored").arg(place()));
            const QJsonValue v = c.value();
            const double d = v.toDouble();
            Money m;
            if (isInteger(v) && std::fabs(d) <= maxAmountFen)
                m = Money::fromFen(v.toInteger());
            else if (!r.amount(v, place(), &m))
                return failed(r.error);
            inputs.insert(key, m);
        }
    }

    // names the document gives to subject codes the catalogue does not know
    QJsonObject namesObject;
    QMap<QString, QString> itemNames;
    if (!r.object(root.value(QLatin1String("itemNames")), QStringLiteral("itemNames"), &namesObject, false))
        return failed(r.error);
    for (auto it = namesObject.begin(); it != namesObject.end(); ++it) {
        const QString np = QStringLiteral("itemNames.") + it.key();
        bool digits = SubjectCatalogue::level(it.key()) != 0;
        for (QChar c : it.key())
            digits = digits && c.isDigit() && c.unicode() < 128;
        if (!digits)
            return failed(Tr::tr("%1: “%2” is not a subject code (3, 5 or 7 digits)").arg(np, it.key()));
        QString name;
        if (!r.string(it.value(), np, &name, true))
            return failed(r.error);
        if (name.trimmed().isEmpty() || name.trimmed() != name || name.size() > 200
            || name.contains(QLatin1Char('\n')))
            return failed(Tr::tr("%1: a name must be one line of 1–200 characters without surrounding spaces")
                                  .arg(np));
        itemNames.insert(it.key(), name);
    }

    // figures
    QJsonObject prior, budgets, texts;
    QMap<QString, Money> priorValues, budgetValues;
    if (!r.object(root.value(QLatin1String("priorYear")), QStringLiteral("priorYear"), &prior, false)
        || !r.onlyKeys(prior, QStringLiteral("priorYear"), reportTemplate->figures().priorYearKeys()))
        return failed(r.error);
    for (auto it = prior.begin(); it != prior.end(); ++it) {
        Money m;
        if (!r.amount(it.value(), JsonScanner::member(QStringLiteral("priorYear"), it.key()), &m))
            return failed(r.error);
        priorValues.insert(it.key(), m);
    }
    if (!r.object(root.value(QLatin1String("budgets")), QStringLiteral("budgets"), &budgets, false))
        return failed(r.error);
    for (auto it = budgets.begin(); it != budgets.end(); ++it) {
        const QString bp = JsonScanner::member(QStringLiteral("budgets"), it.key());
        bool digits = SubjectCatalogue::level(it.key()) == 3;
        for (QChar c : it.key())
            digits = digits && c.isDigit() && c.unicode() < 128;
        if (!digits)
            return failed(Tr::tr("%1: “%2” is not a 项 code (7 digits)").arg(bp, InputText::forMessage(it.key())));
        Money m;
        if (!r.amount(it.value(), bp, &m))
            return failed(r.error);
        budgetValues.insert(it.key(), m);
    }
    // facts: amounts in 分 or counts, each checked by the document's own rule
    QJsonObject factsObject;
    QMap<QString, qint64> factValues;
    if (!r.object(root.value(QLatin1String("facts")), QStringLiteral("facts"), &factsObject, false)
        || !r.onlyKeys(factsObject, QStringLiteral("facts"), reportTemplate->figures().factKeys()))
        return failed(r.error);
    for (auto it = factsObject.begin(); it != factsObject.end(); ++it) {
        const QString fp = JsonScanner::member(QStringLiteral("facts"), it.key());
        qint64 v = 0;
        if (!r.integer(it.value(), fp, &v))
            return failed(r.error);
        const QString bad = reportTemplate->figures().checkFact(it.key(), v);
        if (!bad.isEmpty())
            return failed(fp + QStringLiteral(": ") + bad);
        factValues.insert(it.key(), v);
    }
    if (!r.object(root.value(QLatin1String("texts")), QStringLiteral("texts"), &texts, false))
        return failed(r.error);
    QMap<QString, QString> textValues;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QString xp = JsonScanner::member(QStringLiteral("texts"), it.key());
        if (!Document::isValidTextKey(it.key()))
            return failed(Tr::tr("%1: unknown text part “%2”").arg(xp, InputText::forMessage(it.key())));
        QString s;
        if (!r.string(it.value(), xp, &s, true))
            return failed(r.error);
        textValues.insert(it.key(), s);
    }

    // 重点工作 and forms
    QJsonArray keyWork, evaluations;
    QList<KeyWorkItem> keyWorkItems;
    QList<EvaluationForm> forms;
    if (!r.array(root.value(QLatin1String("keyWork")), QStringLiteral("keyWork"), &keyWork, false))
        return failed(r.error);
    for (int i = 0; i < keyWork.size(); ++i) {
        const QString kp = index(QStringLiteral("keyWork"), i);
        QJsonObject ko;
        KeyWorkItem k;
        if (!r.object(keyWork.at(i), kp, &ko)
            || !r.onlyKeys(ko, kp, {QStringLiteral("item"), QStringLiteral("content"), QStringLiteral("result")})
            || !r.string(ko.value(QLatin1String("item")), member(kp, QStringLiteral("item")), &k.item)
            || !r.string(ko.value(QLatin1String("content")), member(kp, QStringLiteral("content")), &k.content)
            || !r.string(ko.value(QLatin1String("result")), member(kp, QStringLiteral("result")), &k.result))
            return failed(r.error);
        keyWorkItems.append(k);
    }
    if (!r.array(root.value(QLatin1String("evaluations")), QStringLiteral("evaluations"), &evaluations, false))
        return failed(r.error);
    int overall = 0;
    for (int i = 0; i < evaluations.size(); ++i) {
        EvaluationForm form;
        const QString ep = index(QStringLiteral("evaluations"), i);
        if (!readForm(r, evaluations.at(i), ep, &form))
            return failed(r.error);
        if (form.kind == EvaluationForm::Kind::Overall && ++overall > 1)
            return failed(Tr::tr("%1: a report has at most one overall (部门整体) form").arg(ep));
        forms.append(form);
    }

    // Everything checked: build the document in one go.
    auto doc = std::make_unique<Document>(reportTemplate);
    if (!doc->resetTables(itemRows, inputs, &why))
        return failed(why);
    doc->applyMetadata(meta);
    doc->applyNarrativeStyle(style);
    doc->applyItemNames(itemNames);
    for (auto it = priorValues.begin(); it != priorValues.end(); ++it)
        doc->applyPriorYear(it.key(), it.value());
    for (auto it = budgetValues.begin(); it != budgetValues.end(); ++it)
        doc->applyBudget(it.key(), it.value());
    for (auto it = textValues.begin(); it != textValues.end(); ++it)
        doc->applyText(it.key(), it.value());
    for (auto it = factValues.begin(); it != factValues.end(); ++it)
        doc->applyFact(it.key(), it.value());
    doc->applyKeyWork(keyWorkItems);
    doc->applyEvaluations(forms);
    doc->undoStack()->clear();
    doc->markSaved();
    return doc;
}

std::unique_ptr<Document> DocumentIO::create(const QString &edition, const QString &department, int year,
                                             QString *error)
{
    auto reportTemplate = ReportTemplate::builtin(edition, error);
    if (!reportTemplate)
        return nullptr;
    auto doc = std::make_unique<Document>(reportTemplate);
    Metadata m;
    m.department = department;
    m.year = year;
    doc->applyMetadata(m);
    return doc;
}

QJsonObject DocumentIO::toJsonObject(const Document &document)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("juesuan"));
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("edition"), document.reportTemplate().edition());
    const Metadata &m = document.metadata();
    QJsonObject meta;
    meta.insert(QStringLiteral("department"), m.department);
    meta.insert(QStringLiteral("year"), m.year);
    meta.insert(QStringLiteral("publishDate"), m.publishDate.isValid() ? m.publishDate.toString(Qt::ISODate) : QString());
    meta.insert(QStringLiteral("amountUnit"), m.amountUnit);
    putString(meta, QStringLiteral("contactPhone"), m.contactPhone);
    putString(meta, QStringLiteral("description"), m.description);
    if (m.keepRoundingNote)
        meta.insert(QStringLiteral("keepRoundingNote"), true);
    root.insert(QStringLiteral("metadata"), meta);
    // Only a style that differs from the defaults is written: older files stay as they were.
    if (!document.narrativeStyle().isDefault())
        root.insert(QStringLiteral("narrativeStyle"), styleToJson(document.narrativeStyle()));

    QJsonObject tables;
    const QHash<CellKey, Money> inputs = document.inputValues();
    for (const TableTemplate &t : document.reportTemplate().tables()) {
        QJsonObject to, cells;
        if (t.isCodeList()) {
            QJsonArray rows;
            for (const QString &code : document.itemRows(t.id()))
                rows.append(code);
            if (!rows.isEmpty())
                to.insert(QStringLiteral("rows"), rows);
        }
        for (auto it = inputs.begin(); it != inputs.end(); ++it)
            if (it.key().table == t.id())
                cells.insert(it.key().row + QLatin1Char('@') + it.key().col, QJsonValue(it.value().fen()));
        if (!cells.isEmpty())
            to.insert(QStringLiteral("cells"), cells);
        if (!to.isEmpty())
            tables.insert(t.id(), to);
    }
    root.insert(QStringLiteral("tables"), tables);
    if (!document.itemNames().isEmpty()) {
        QJsonObject names;
        for (auto it = document.itemNames().begin(); it != document.itemNames().end(); ++it)
            names.insert(it.key(), it.value());
        root.insert(QStringLiteral("itemNames"), names);
    }

    QJsonObject prior, budgets, texts;
    for (auto it = document.priorYearFigures().begin(); it != document.priorYearFigures().end(); ++it)
        putAmount(prior, it.key(), it.value());
    for (auto it = document.budgets().begin(); it != document.budgets().end(); ++it)
        putAmount(budgets, it.key(), it.value());
    for (auto it = document.texts().begin(); it != document.texts().end(); ++it)
        putString(texts, it.key(), it.value());
    root.insert(QStringLiteral("priorYear"), prior);
    root.insert(QStringLiteral("budgets"), budgets);
    root.insert(QStringLiteral("texts"), texts);
    if (!document.facts().isEmpty()) {
        QJsonObject facts;
        for (auto it = document.facts().begin(); it != document.facts().end(); ++it)
            facts.insert(it.key(), QJsonValue(it.value()));
        root.insert(QStringLiteral("facts"), facts);
    }

    QJsonArray keyWork;
    for (const KeyWorkItem &k : document.keyWork())
        keyWork.append(QJsonObject{{QStringLiteral("item"), k.item},
                                   {QStringLiteral("content"), k.content},
                                   {QStringLiteral("result"), k.result}});
    root.insert(QStringLiteral("keyWork"), keyWork);

    QJsonArray forms;
    for (const EvaluationForm &f : document.evaluations()) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), f.kind == EvaluationForm::Kind::Overall ? QStringLiteral("overall")
                                                                                 : QStringLiteral("project"));
        o.insert(QStringLiteral("name"), f.name);
        putString(o, QStringLiteral("department"), f.department);
        putString(o, QStringLiteral("implementer"), f.implementer);
        putString(o, QStringLiteral("projectType"), QLatin1String(projectTypeName(f.projectType)));
        QJsonArray sources;
        bool anySource = false;
        for (const auto &s : f.sources) {
            QJsonObject so{{QStringLiteral("checked"), s.checked}};
            putAmount(so, QStringLiteral("amount"), s.amount);
            anySource = anySource || s.checked || !s.amount.isBlank();
            sources.append(so);
        }
        if (anySource)
            o.insert(QStringLiteral("sources"), sources);
        putAmount(o, QStringLiteral("budget"), f.budget);
        putAmount(o, QStringLiteral("executed"), f.executed);
        putAmount(o, QStringLiteral("basicTotal"), f.basicTotal);
        putAmount(o, QStringLiteral("projectTotal"), f.projectTotal);
        putString(o, QStringLiteral("goal"), f.goal);
        QJsonArray indicators;
        for (const Indicator &i : f.indicators) {
            QJsonObject io;
            putString(io, QStringLiteral("level1"), i.level1);
            putString(io, QStringLiteral("level2"), i.level2);
            putString(io, QStringLiteral("level3"), i.level3);
            putString(io, QStringLiteral("target"), i.target);
            putString(io, QStringLiteral("actual"), i.actual);
            indicators.append(io);
        }
        if (!indicators.isEmpty())
            o.insert(QStringLiteral("indicators"), indicators);
        putString(o, QStringLiteral("deviation"), f.deviation);
        putString(o, QStringLiteral("improvement"), f.improvement);
        forms.append(o);
    }
    root.insert(QStringLiteral("evaluations"), forms);
    return root;
}

QByteArray DocumentIO::toJson(const Document &document)
{
    // "format" leads the file, so a file manager knows a report by its first bytes whatever
    // its name (the magic of application/x-juesuan, dist/juesuan-mime.xml). QJsonObject
    // orders keys alphabetically, which would put it after the forms: it goes in by hand.
    QJsonObject root = toJsonObject(document);
    root.remove(QStringLiteral("format"));
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    Q_ASSERT(json.startsWith("{\n"));
    return json.insert(2, "    \"format\": \"juesuan\",\n");
}

bool DocumentIO::save(const Document &document, const QString &path, QString *error)
{
    return FileWriter::save(path, toJson(document), error);
}

} // namespace Juesuan
