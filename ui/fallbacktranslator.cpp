#include "fallbacktranslator.h"

#include <QFile>
#include <QXmlStreamReader>

namespace Juesuan {

FallbackTranslator::FallbackTranslator(const QString &tsFile, QObject *parent)
    : QTranslator(parent), m_tsFile(tsFile)
{
}

void FallbackTranslator::read() const
{
    m_read = true;
    QFile f(m_tsFile);
    if (!f.open(QIODevice::ReadOnly))
        return;
    QXmlStreamReader xml(&f);
    QString source, comment, translation;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("message")) {
                source.clear();
                comment.clear();
                translation.clear();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                // Plural messages: the first form serves Chinese, which has one.
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!finished)
                    translation.clear();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && !translation.isEmpty()) {
            m_bySource.insert(comment.isEmpty() ? source : source + QLatin1Char('\n') + comment, translation);
        }
    }
}

QString FallbackTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                      int n) const
{
    Q_UNUSED(context);
    Q_UNUSED(n);
    if (!sourceText || !*sourceText)
        return QString();
    if (!m_read)
        read();
    QString key = QString::fromUtf8(sourceText);
    if (disambiguation && *disambiguation)
        key += QLatin1Char('\n') + QString::fromUtf8(disambiguation);
    return m_bySource.value(key);
}

} // namespace Juesuan
