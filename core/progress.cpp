#include "progress.h"

namespace Juesuan {

bool Progress::report(int done, int total)
{
    // Asked again after a cancel (e.g. a final "done" report), the watcher is not consulted:
    // a dialog that was cancelled must not be told the work finished.
    if (!m_cancelled && m_callback && !m_callback(done, total))
        m_cancelled = true;
    return !m_cancelled;
}

} // namespace Juesuan
