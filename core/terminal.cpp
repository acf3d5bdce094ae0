#include "terminal.h"

#include <cstdio>

#if defined(Q_OS_WIN)
#include <io.h>
#define JUESUAN_ISATTY _isatty
#define JUESUAN_FILENO _fileno
#else
#include <unistd.h>
#define JUESUAN_ISATTY isatty
#define JUESUAN_FILENO fileno
#endif

namespace Juesuan {

bool Terminal::isStderrTerminal()
{
    return JUESUAN_ISATTY(JUESUAN_FILENO(stderr)) != 0;
}

void Terminal::printProgress(const QString &label, int done, int total)
{
    const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
    const QByteArray line = (QStringLiteral("\r%1 %2/%3 (%4%)").arg(label).arg(done).arg(total).arg(percent)).toLocal8Bit();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    if (done >= total)
        std::fputc('\n', stderr);
    std::fflush(stderr); // stderr is unbuffered on glibc, but not everywhere
}

} // namespace Juesuan
