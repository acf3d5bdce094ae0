#pragma once
// What many tests need: the bundled sample, on disk and loaded, and short ways to name a
// cell and an amount. Fixture paths come from the source tree (JUESUAN_SOURCE_DIR,
// JUESUAN_TEST_DATA, set by tests/CMakeLists.txt), never from the working directory.

#include "cellkey.h"
#include "document.h"
#include "documentio.h"
#include "money.h"

#include <QString>
#include <QtGlobal>

#include <memory>

namespace TestSupport {

// The sample report of the source tree (the one compiled in at :/samples too).
inline QString samplePath()
{
    return QStringLiteral(JUESUAN_SOURCE_DIR "/resources/samples/jianghan-bigdata-center-2023.juesuan");
}

// A file of tests/data.
inline QString testData(const QString &name)
{
    return QStringLiteral(JUESUAN_TEST_DATA "/") + name;
}

// The sample, loaded. Every test that asks for it needs it: one that does not load stops
// the test program with the reason.
inline std::unique_ptr<Juesuan::Document> loadSample()
{
    QString error;
    auto doc = Juesuan::DocumentIO::load(samplePath(), &error);
    if (!doc)
        qFatal("cannot load the sample: %s", qPrintable(error));
    return doc;
}

// "05!2010350@1" → the cell key.
inline Juesuan::CellKey key(const char *text)
{
    return Juesuan::CellKey::fromString(QString::fromUtf8(text));
}

// "3,087.79" → the amount in 万元 (blank when the text does not parse).
inline Juesuan::Money wan(const char *text)
{
    return Juesuan::Money::parse(QString::fromUtf8(text)).value;
}

} // namespace TestSupport
