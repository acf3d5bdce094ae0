#include "jsonscanner.h"

#include "inputtext.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace Juesuan {

namespace {

// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::JsonScanner)
};

struct Frame {
    bool object = false;
    QString path;
    QSet<QString> keys;
    int index = 0;
    bool expectKey = false; // in an object: the next string is a member name
    QString key;            // in an object: the member whose value comes next
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decodes the JSON string starting at json[*pos] (the opening quote); leaves *pos after the
// closing quote. Member names must compare decoded: "a" and "\u0061" are the same member.
QString readString(const QByteArray &json, qsizetype *pos)
{
    const qsizetype start = ++*pos;
    qsizetype i = start;
    bool escaped = false;
    while (i < json.size() && json.at(i) != '"') {
        if (json.at(i) == '\\') {
            escaped = true;
            ++i;
        }
        ++i;
    }
    const qsizetype end = qMin(i, json.size());
    *pos = end + 1;
    if (!escaped)
        return QString::fromUtf8(json.constData() + start, end - start);
    QString out;
    QByteArray run;
    for (qsizetype k = start; k < end; ++k) {
        const char c = json.at(k);
        if (c != '\\') {
            run += c;
            continue;
        }
        out += QString::fromUtf8(run);
        run.clear();
        if (++k >= end)
            break;
        switch (json.at(k)) {
        case 'b': out += QLatin1Char('\b'); break;
        case 'f': out += QLatin1Char('\f'); break;
        case 'n': out += QLatin1Char('\n'); break;
        case 'r': out += QLatin1Char('\r'); break;
        case 't': out += QLatin1Char('\t'); break;
        case 'u': {
            int v = 0;
            for (int h = 1; h <= 4 && k + h < end; ++h)
                v = v * 16 + qMax(0, hexValue(json.at(k + h)));
            out += QChar(char16_t(v)); // surrogate halves pair up by themselves in UTF-16
            k += 4;
            break;
        }
        default: out += QLatin1Char(json.at(k)); break; // \" \\ \/
        }
    }
    return out + QString::fromUtf8(run);
}

int lineOf(const QByteArray &json, qsizetype pos)
{
    return int(json.left(pos).count('\n')) + 1;
}

} // namespace

QString JsonScanner::member(const QString &path, const QString &key)
{
    bool plain = !key.isEmpty();
    for (QChar c : key)
        plain = plain && c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.')
                                               || c == QLatin1Char('-'));
    if (!plain)
        return path + QStringLiteral("[\"") + InputText::forMessage(key) + QStringLiteral("\"]");
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

bool JsonScanner::check(const QByteArray &json, QString *error)
{
    QList<Frame> stack;
    qsizetype i = 0;
    const qsizetype n = json.size();
    // The path of the value that starts at the current position.
    const auto valuePath = [&]() -> QString {
        if (stack.isEmpty())
            return QString();
        const Frame &f = stack.last();
        if (f.object)
            return member(f.path, f.key);
        return f.path + QLatin1Char('[') + QString::number(f.index) + QLatin1Char(']');
    };
    const auto fail = [&](const QString &path, const QString &why) {
        if (error)
            *error = (path.isEmpty() ? Tr::tr("(top level)") : path) + QStringLiteral(": ") + why;
        return false;
    };
    while (i < n) {
        const char c = json.at(i);
        if (isSpace(c) || c == ':') {
            ++i;
        } else if (c == '{' || c == '[') {
            Frame f;
            f.object = c == '{';
            f.expectKey = f.object;
            f.path = valuePath();
            stack.append(f);
            ++i;
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            ++i;
        } else if (c == ',') {
            if (!stack.isEmpty()) {
                Frame &f = stack.last();
                if (f.object)
                    f.expectKey = true;
                else
                    ++f.index;
            }
            ++i;
        } else if (c == '"') {
            const qsizetype start = i;
            if (stack.isEmpty() || !stack.last().object || !stack.last().expectKey) {
                // A value: only its end matters.
                for (++i; i < n && json.at(i) != '"'; ++i)
                    if (json.at(i) == '\\')
                        ++i;
                ++i;
            } else {
                const QString s = readString(json, &i);
                Frame &f = stack.last();
                f.expectKey = false;
                f.key = s;
                if (f.keys.contains(s))
                    return fail(member(f.path, s),
                                Tr::tr("the member is given more than once in its object (again at line %1); "
                                   "a document names each member once")
                                        .arg(lineOf(json, start)));
                f.keys.insert(s);
            }
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            const qsizetype start = i;
            bool integral = true;
            while (i < n && (json.at(i) == '-' || json.at(i) == '+' || json.at(i) == '.' || json.at(i) == 'e'
                             || json.at(i) == 'E' || (json.at(i) >= '0' && json.at(i) <= '9'))) {
                integral = integral && json.at(i) != '.' && json.at(i) != 'e' && json.at(i) != 'E'
                        && json.at(i) != '+';
                ++i;
            }
            const QByteArray token = json.mid(start, i - start);
            const QString shown = InputText::forMessage(QString::fromLatin1(token), 40);
            if (!integral)
                return fail(valuePath(), Tr::tr("the number %1 is not a whole number (numbers in a Juesuan document are "
                                            "JSON integers: no decimal point, no exponent)")
                                                 .arg(shown));
            bool ok = false;
            token.toLongLong(&ok);
            if (!ok)
                return fail(valuePath(), Tr::tr("the number %1 is out of range (at most 19 digits, within ±9223372036854775807)")
                                                 .arg(shown));
        } else {
            ++i; // true, false, null: letters only
        }
    }
    return true;
}

} // namespace Juesuan
