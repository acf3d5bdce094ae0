#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Juesuan {

// A small, strict XML tokenizer over UTF-8 bytes for the hot parts of an xlsx (the sheet
// data), about four times faster than QXmlStreamReader. It handles elements, attributes,
// text with the predefined and numeric entities, comments and processing instructions,
// and checks that tags nest; anything else (CDATA, DOCTYPE, another encoding, a broken
// tag) makes it stop with Invalid, and the caller reads the part again with
// QXmlStreamReader, which either copes or reports the error with its line and column.
class XmlScanner
{
public:
    enum class Token { StartElement, EndElement, Characters, EndDocument, Invalid };

    explicit XmlScanner(const QByteArray &data);

    Token next();
    // Of the current element (start or end): the name without its namespace prefix.
    QByteArrayView name() const { return m_name; }
    // Of the current start element: the raw value of the attribute with this local name
    // (namespace declarations excluded), or a null view. Values with entities are not
    // supported: the scanner turns Invalid on the next call.
    QByteArrayView attribute(QByteArrayView localName);
    // Of the current Characters token: the text with line ends normalized to LF and
    // entities decoded. On an unknown entity the scanner turns Invalid on the next call.
    QString text();

private:
    struct Attribute
    {
        QByteArrayView name, value;
    };

    Token fail()
    {
        m_invalid = true;
        return Token::Invalid;
    }
    bool parseStartTag();

    const char *m_begin = nullptr;
    const char *m_p = nullptr;
    const char *m_end = nullptr;
    QList<QByteArrayView> m_stack; // qualified names of the open elements
    QList<Attribute> m_attributes;
    QByteArrayView m_name;
    QByteArrayView m_text;
    bool m_pendingEnd = false; // a self-closing tag still owes its EndElement
    bool m_seenRoot = false;
    bool m_invalid = false;
};

} // namespace Juesuan
