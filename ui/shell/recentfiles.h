#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Juesuan {

// The most recently opened or saved files (QSettings "recentFiles", newest first, at most
// eight), shown as a menu whose entries ask to open the file.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxCount = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    // Fills `menu` with the files each time it is about to show.
    void attach(QMenu *menu);

signals:
    void openRequested(const QString &path);

private:
    void save(const QStringList &files);
    void fill(QMenu *menu);
};

} // namespace Juesuan
