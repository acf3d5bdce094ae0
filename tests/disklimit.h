#pragma once

#include <csignal>
#include <sys/resource.h>

// Test support: while a DiskLimit lives, this process's writes to files fail past `bytes`
// (EFBIG), as on a full disk; RLIMIT_FSIZE needs neither root nor a small tmpfs. SIGXFSZ is
// ignored so that such a write fails instead of killing the test.
class DiskLimit
{
public:
    explicit DiskLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit l = m_saved;
        l.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &l) == 0;
    }
    ~DiskLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    DiskLimit(const DiskLimit &) = delete;
    DiskLimit &operator=(const DiskLimit &) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_saved {};
    bool m_ok = false;
};
