#pragma once

#include <functional>

namespace Juesuan {

// The seam between long work (export, print, import) and whoever watches it: the work calls
// report(done, total) between steps and stops cleanly when it returns false; the watcher — a
// progress dialog, a line on a terminal, a test — is a callback that returns false to cancel.
// Once cancelled it stays cancelled, so the work and its caller agree on what happened (the
// caller asks isCancelled() to tell a cancel from a failure). A default Progress watches
// nothing and never cancels; functions take `Progress *` and accept nullptr alike.
class Progress
{
public:
    using Callback = std::function<bool(int done, int total)>;

    Progress() = default;
    explicit Progress(Callback callback) : m_callback(std::move(callback)) {}

    // false when the watcher cancelled (now or before); the work then stops without committing.
    bool report(int done, int total);
    bool isCancelled() const { return m_cancelled; }

    // For functions that take an optional Progress: a null pointer never cancels.
    static bool report(Progress *progress, int done, int total)
    {
        return !progress || progress->report(done, total);
    }

private:
    Callback m_callback;
    bool m_cancelled = false;
};

} // namespace Juesuan
