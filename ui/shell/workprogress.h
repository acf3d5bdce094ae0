#pragma once

#include "progress.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

namespace Juesuan {

// A Progress shown to the user: a window-modal QProgressDialog with a Cancel button that
// appears only when the work passes half a second, so quick exports flash nothing. Make one
// on the stack around the work and pass progress() to it; Cancel makes the work stop at its
// next step. Export (PDF, HTML, XLSX), print and import all use it the same way.
class WorkProgress
{
public:
    WorkProgress(QWidget *parent, const QString &label);
    ~WorkProgress();
    WorkProgress(const WorkProgress &) = delete;
    WorkProgress &operator=(const WorkProgress &) = delete;

    Progress *progress() { return &m_progress; }
    bool isCancelled() const { return m_progress.isCancelled(); }
    // The dialog, made on the first report; nullptr before. Tests press its Cancel button.
    QProgressDialog *dialog() const;

    // How long the work runs before the dialog appears (500 ms unless a test says otherwise).
    static void setShowDelay(int milliseconds);

private:
    bool report(int done, int total);

    QWidget *m_parent;
    QString m_label;
    QPointer<QProgressDialog> m_dialog;
    QElapsedTimer m_clock;
    Progress m_progress;
};

} // namespace Juesuan
