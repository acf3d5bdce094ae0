#pragma once

#include <QByteArray>
#include <QString>

namespace Juesuan {

// Makes text that came from outside safe to show: in messages (control characters escaped,
// long text cut), in TSV fields (no tab or line break can start a field or a row), and file
// names given as raw bytes (not valid UTF-8) readable.
class InputText
{
public:
    // At most `limit` characters of `s`, with every control character (C0, DEL, C1, line and
    // paragraph separators, bidi controls) written as \uXXXX; a cut is marked with
    // "… (N characters)". For echoing input inside a message.
    static QString forMessage(const QString &s, int limit = 80);
    // Every control character as \uXXXX; nothing cut. Line breaks are kept when `keepNewlines`.
    static QString escapeControls(const QString &s, bool keepNewlines = false);
    // One TSV field: backslash, tab, CR and LF as \\ \t \r \n, other control characters as
    // \uXXXX (docs/file-format.md states the rule).
    static QString tsvField(const QString &s);
    // A native file name for messages: valid UTF-8 as text, every other byte as \xNN.
    static QString fileName(const QByteArray &native);
    static bool isControl(char32_t c);
};

} // namespace Juesuan
