#pragma once

#include <QHash>
#include <QTranslator>

namespace Juesuan {

// Finds a translation by its source text when the context the code asks for is not the one
// lupdate filed it under: a tr() helper called from a free function or a helper class of a
// .cpp file is filed under "Juesuan" or that class, while it asks with the file's main
// class. Reads the .ts once, on the first such miss.
class FallbackTranslator : public QTranslator
{
public:
    explicit FallbackTranslator(const QString &tsFile, QObject *parent = nullptr);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

private:
    void read() const;

    QString m_tsFile;
    mutable bool m_read = false;
    mutable QHash<QString, QString> m_bySource; // source (+ "\n" disambiguation) → translation
};

} // namespace Juesuan
