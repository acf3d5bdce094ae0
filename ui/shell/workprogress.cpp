#include "workprogress.h"

#include <QApplication>
#include <QProgressDialog>

#include <limits>

namespace Juesuan {

namespace {
int showDelay = 500;
}

WorkProgress::WorkProgress(QWidget *parent, const QString &label)
    : m_parent(parent), m_label(label), m_progress([this](int done, int total) { return report(done, total); })
{
    m_clock.start();
    QApplication::setOverrideCursor(Qt::WaitCursor);
}

WorkProgress::~WorkProgress()
{
    QApplication::restoreOverrideCursor();
    delete m_dialog;
}

QProgressDialog *WorkProgress::dialog() const
{
    return m_dialog;
}

void WorkProgress::setShowDelay(int milliseconds)
{
    showDelay = milliseconds;
}

bool WorkProgress::report(int done, int total)
{
    if (!m_dialog) {
        // The default Cancel button carries Qt's own translation of its text.
        m_dialog = new QProgressDialog(m_parent);
        m_dialog->setLabelText(m_label);
        m_dialog->setRange(0, total);
        m_dialog->setObjectName(QStringLiteral("workProgressDialog"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        // We decide when it shows: the dialog's own clock would start at its creation, while
        // the work may have spent a while laying out before its first report.
        m_dialog->setMinimumDuration(std::numeric_limits<int>::max());
    }
    if (m_dialog->maximum() != total)
        m_dialog->setMaximum(total);
    m_dialog->setValue(qBound(0, done, total));
    if (!m_dialog->isVisible() && !m_dialog->wasCanceled() && done < total && m_clock.elapsed() >= showDelay)
        m_dialog->show();
    // Paints the bar and lets Cancel be pressed; the window-modal dialog keeps every other
    // action of the window out while the work runs.
    if (m_dialog->isVisible())
        QCoreApplication::processEvents();
    return !m_dialog->wasCanceled();
}

} // namespace Juesuan
