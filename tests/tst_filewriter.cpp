// FileWriter and the writers built on it: a write that stops short (a full disk) is a
// failure, the previous file stays whole and no temporary file is left.
#include "document.h"
#include "documentio.h"
#include "disklimit.h"
#include "filewriter.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Juesuan;
using namespace TestSupport;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// A device that takes `capacity` bytes and then refuses, short-writing the call that crosses it.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity) : m_capacity(capacity) { open(QIODevice::WriteOnly); }
    QByteArray data;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *d, qint64 len) override
    {
        const qint64 room = m_capacity - data.size();
        if (room <= 0)
            return -1;
        const qint64 n = qMin(room, len);
        data.append(d, n);
        return n;
    }

private:
    qint64 m_capacity;
};

class TestFileWriter : public QObject
{
    Q_OBJECT
private slots:
    void writeAllStopsAtAShortWrite_data();
    void writeAllStopsAtAShortWrite();
    void saveOnAFullDiskKeepsTheOldFile();
    void documentSaveOnAFullDisk();
    void saveIntoAMissingFolder();
};

void TestFileWriter::writeAllStopsAtAShortWrite_data()
{
    QTest::addColumn<qint64>("capacity");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("ok");
    QTest::newRow("room to spare") << qint64(1000) << qint64(999) << true;
    QTest::newRow("exactly full") << qint64(1000) << qint64(1000) << true;
    QTest::newRow("one byte short") << qint64(1000) << qint64(1001) << false;
    QTest::newRow("nothing fits") << qint64(0) << qint64(10) << false;
    QTest::newRow("short in a later chunk") << qint64(3 << 20) << qint64(4 << 20) << false;
}

void TestFileWriter::writeAllStopsAtAShortWrite()
{
    QFETCH(qint64, capacity);
    QFETCH(qint64, size);
    QFETCH(bool, ok);
    FullDevice device(capacity);
    const QByteArray data(size, 'x');
    QCOMPARE(FileWriter::writeAll(&device, data), ok);
    if (ok)
        QCOMPARE(device.data, data);
}

void TestFileWriter::saveOnAFullDiskKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    const QByteArray old(1000, 'o');
    QString error;
    QVERIFY2(FileWriter::save(path, old, &error), qPrintable(error));
    {
        DiskLimit limit(64 * 1024);
        QVERIFY(limit.ok());
        QVERIFY(!FileWriter::save(path, QByteArray(260035, 'n'), &error));
    }
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("unchanged")), qPrintable(error));
    QCOMPARE(contents(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("report.html")});
    // With room again, the same write succeeds.
    QVERIFY2(FileWriter::save(path, QByteArray(260035, 'n'), &error), qPrintable(error));
    QCOMPARE(contents(path).size(), 260035);
}

void TestFileWriter::documentSaveOnAFullDisk()
{
    QString error;
    const auto doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(doc, qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.juesuan"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("{}");
    old.close();
    {
        DiskLimit limit(8 * 1024); // the sample is about 35 KB
        QVERIFY(limit.ok());
        QVERIFY(!DocumentIO::save(*doc, path, &error));
    }
    QVERIFY2(error.contains(QStringLiteral("writing failed")), qPrintable(error));
    QCOMPARE(contents(path), QByteArray("{}"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("report.juesuan")});
}

void TestFileWriter::saveIntoAMissingFolder()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!FileWriter::save(dir.filePath(QStringLiteral("missing/x.pdf")), QByteArray("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("missing/x.pdf: cannot write")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFileWriter)
#include "tst_filewriter.moc"
