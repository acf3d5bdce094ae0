#include "xmlscanner.h"

#include <cstring>

namespace Juesuan {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameChar(char c)
{
    return !isSpace(c) && c != '/' && c != '>' && c != '<' && c != '=' && c != '"' && c != '\'' && c != '&';
}

QByteArrayView localName(QByteArrayView qualified)
{
    const qsizetype colon = qualified.lastIndexOf(':');
    return colon < 0 ? qualified : qualified.sliced(colon + 1);
}

const char *find(const char *from, const char *end, const char *what)
{
    const size_t n = std::strlen(what);
    for (const char *p = from; p + n <= end; ++p) {
        p = static_cast<const char *>(std::memchr(p, what[0], size_t(end - p)));
        if (!p || p + n > end)
            return nullptr;
        if (std::memcmp(p, what, n) == 0)
            return p;
    }
    return nullptr;
}

} // namespace

XmlScanner::XmlScanner(const QByteArray &data)
    : m_begin(data.constData()), m_p(data.constData()), m_end(data.constData() + data.size())
{
    if (data.startsWith("\xEF\xBB\xBF"))
        m_p += 3;
    // Only UTF-8 is handled here; a declared other encoding goes to QXmlStreamReader.
    if (m_end - m_p >= 5 && std::memcmp(m_p, "<?xml", 5) == 0) {
        const char *close = find(m_p, m_end, "?>");
        if (!close) {
            m_invalid = true;
            return;
        }
        const QByteArrayView decl(m_p, close - m_p);
        const qsizetype at = decl.indexOf("encoding");
        if (at >= 0) {
            const QByteArray rest = decl.sliced(at).toByteArray().toLower();
            if (!rest.contains("utf-8") && !rest.contains("utf8"))
                m_invalid = true;
        }
        m_p = close + 2;
    } else if (m_p < m_end && *m_p != '<' && !isSpace(*m_p)) {
        m_invalid = true; // UTF-16 or not XML at all
    }
    m_stack.reserve(16);
    m_attributes.reserve(16);
}

XmlScanner::Token XmlScanner::next()
{
    if (m_invalid)
        return Token::Invalid;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_stack.removeLast();
        return Token::EndElement;
    }
    for (;;) {
        if (m_p >= m_end)
            return m_stack.isEmpty() && m_seenRoot ? Token::EndDocument : fail();
        if (*m_p != '<') {
            const char *lt = static_cast<const char *>(std::memchr(m_p, '<', size_t(m_end - m_p)));
            const char *stop = lt ? lt : m_end;
            const QByteArrayView run(m_p, stop - m_p);
            m_p = stop;
            if (m_stack.isEmpty()) {
                for (char c : run)
                    if (!isSpace(c))
                        return fail();
                continue;
            }
            m_text = run;
            return Token::Characters;
        }
        // m_p at '<'
        if (m_end - m_p >= 2 && m_p[1] == '?') {
            const char *close = find(m_p + 2, m_end, "?>");
            if (!close)
                return fail();
            m_p = close + 2;
            continue;
        }
        if (m_end - m_p >= 4 && std::memcmp(m_p, "<!--", 4) == 0) {
            const char *close = find(m_p + 4, m_end, "-->");
            if (!close)
                return fail();
            m_p = close + 3;
            continue;
        }
        if (m_end - m_p >= 2 && m_p[1] == '!')
            return fail(); // CDATA or DOCTYPE
        if (m_end - m_p >= 2 && m_p[1] == '/') {
            const char *s = m_p + 2;
            const char *e = s;
            while (e < m_end && isNameChar(*e))
                ++e;
            const QByteArrayView qname(s, e - s);
            while (e < m_end && isSpace(*e))
                ++e;
            if (e >= m_end || *e != '>' || m_stack.isEmpty() || m_stack.last() != qname)
                return fail();
            m_stack.removeLast();
            m_name = localName(qname);
            m_p = e + 1;
            return Token::EndElement;
        }
        if (!parseStartTag())
            return fail();
        return Token::StartElement;
    }
}

bool XmlScanner::parseStartTag()
{
    const char *s = m_p + 1;
    const char *e = s;
    while (e < m_end && isNameChar(*e))
        ++e;
    if (e == s || (m_stack.isEmpty() && m_seenRoot))
        return false;
    const QByteArrayView qname(s, e - s);
    m_attributes.clear();
    for (;;) {
        const char *before = e;
        while (e < m_end && isSpace(*e))
            ++e;
        if (e >= m_end)
            return false;
        if (*e == '>') {
            m_p = e + 1;
            break;
        }
        if (*e == '/') {
            if (e + 1 >= m_end || e[1] != '>')
                return false;
            m_p = e + 2;
            m_pendingEnd = true;
            break;
        }
        if (e == before)
            return false; // attributes are separated by white space
        const char *an = e;
        while (e < m_end && isNameChar(*e))
            ++e;
        if (e == an)
            return false;
        const QByteArrayView attrName(an, e - an);
        while (e < m_end && isSpace(*e))
            ++e;
        if (e >= m_end || *e != '=')
            return false;
        ++e;
        while (e < m_end && isSpace(*e))
            ++e;
        if (e >= m_end || (*e != '"' && *e != '\''))
            return false;
        const char quote = *e++;
        const char *close = static_cast<const char *>(std::memchr(e, quote, size_t(m_end - e)));
        if (!close)
            return false;
        const QByteArrayView value(e, close - e);
        if (value.contains('<'))
            return false;
        m_attributes.append({attrName, value});
        e = close + 1;
    }
    m_seenRoot = true;
    m_stack.append(qname);
    m_name = localName(qname);
    return true;
}

QByteArrayView XmlScanner::attribute(QByteArrayView name)
{
    for (const Attribute &a : std::as_const(m_attributes)) {
        if (a.name.startsWith("xmlns") && (a.name.size() == 5 || a.name.at(5) == ':'))
            continue;
        if (localName(a.name) == name) {
            if (a.value.contains('&'))
                m_invalid = true;
            return a.value;
        }
    }
    return QByteArrayView();
}

QString XmlScanner::text()
{
    // Line ends become LF before entities are decoded, as XML says (so &#13; stays CR).
    QByteArray normalized;
    QByteArrayView raw = m_text;
    if (raw.contains('\r')) {
        normalized = raw.toByteArray().replace("\r\n", "\n").replace('\r', '\n');
        raw = normalized;
    }
    if (!raw.contains('&'))
        return QString::fromUtf8(raw);
    QByteArray decoded;
    decoded.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c != '&') {
            decoded.append(c);
            continue;
        }
        const qsizetype semi = raw.indexOf(';', i);
        if (semi < 0 || semi - i > 12) {
            m_invalid = true;
            return QString();
        }
        const QByteArrayView entity = raw.sliced(i + 1, semi - i - 1);
        if (entity == "lt") {
            decoded.append('<');
        } else if (entity == "gt") {
            decoded.append('>');
        } else if (entity == "amp") {
            decoded.append('&');
        } else if (entity == "quot") {
            decoded.append('"');
        } else if (entity == "apos") {
            decoded.append('\'');
        } else if (entity.startsWith('#')) {
            bool ok = false;
            const uint code = entity.startsWith("#x") ? entity.sliced(2).toByteArray().toUInt(&ok, 16)
                                                      : entity.sliced(1).toByteArray().toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
                m_invalid = true;
                return QString();
            }
            const char32_t ch = char32_t(code);
            decoded.append(QString::fromUcs4(&ch, 1).toUtf8());
        } else {
            m_invalid = true;
            return QString();
        }
        i = semi;
    }
    return QString::fromUtf8(decoded);
}

} // namespace Juesuan
