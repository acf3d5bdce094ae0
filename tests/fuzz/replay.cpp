// Runs a fuzz entry point once over every file of the given corpus folders: the fuzzer's
// findings and seeds, replayed by CTest in the normal build (no clang, no fuzzing).
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QString dir = QFile::decodeName(argv[i]);
        if (!QDir(dir).exists()) {
            std::fprintf(stderr, "replay: no corpus folder %s\n", argv[i]);
            return 1;
        }
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(f.fileName()));
                return 1;
            }
            const QByteArray data = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++files;
        }
    }
    std::printf("replayed %d inputs\n", files);
    // An empty corpus would pass without testing anything.
    return files > 0 ? 0 : 1;
}
