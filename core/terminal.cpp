#include "terminal.h"

#include "platform.h"

#include <cstdio>

namespace Juesuan {

bool Terminal::isStderrTerminal()
{
    return Platform::isStderrTerminal();
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
