// Autosaver on a full disk: the recovery copy fails loudly (failed(), false) and leaves no
// half-written copy that a later session would offer to restore.
#include "autosaver.h"
#include "disklimit.h"
#include "document.h"
#include "documentio.h"
#include "testsupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Juesuan;
using namespace TestSupport;

class TestAutosaver : public QObject
{
    Q_OBJECT
private slots:
    void fullDiskFailsAndLeavesNoCopy();
};

void TestAutosaver::fullDiskFailsAndLeavesNoCopy()
{
    QTemporaryDir dir;
    qputenv("JUESUAN_RECOVERY_DIR", QFile::encodeName(dir.path()));
    QString error;
    auto doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(doc, qPrintable(error));
    Autosaver saver;
    saver.setDocument(doc.get(), samplePath());
    doc->setText(QStringLiteral("duties"), QStringLiteral("改过的职责"));
    QSignalSpy failed(&saver, &Autosaver::failed);
    {
        DiskLimit limit(8 * 1024); // the copy is about 35 KB
        QVERIFY(limit.ok());
        QVERIFY(!saver.saveNow());
    }
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("writing failed")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!QFile::exists(saver.recoveryFile()));
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.juesuan")}, QDir::Files).isEmpty());
    // With room again the copy is written, and it loads.
    QVERIFY(saver.saveNow());
    QVERIFY2(DocumentIO::load(saver.recoveryFile(), &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAutosaver)
#include "tst_autosaver.moc"
