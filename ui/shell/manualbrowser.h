#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace Juesuan {

// The user manual: plain HTML compiled in under :/manual/<language>/ (zh_CN and en), shown
// in a QTextBrowser window with Back, Forward and Contents. sectionFor() maps an outline
// page to the section about it, so F1 on 公开05表 opens the manual at that table.
class ManualBrowser : public QDialog
{
    Q_OBJECT
public:
    explicit ManualBrowser(const QString &language, QWidget *parent = nullptr);

    // Shows `url` (a page of the manual, with an optional #anchor).
    void showSection(const QUrl &url);
    QUrl currentUrl() const;
    QTextBrowser *browser() const { return m_browser; }

    // The manual's languages and their root folders in the resources.
    static QStringList languages() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }
    static QUrl indexUrl(const QString &language);
    // The section that explains outline entry `outlineId` (table/05, part3, figure/2, …);
    // the index for an entry the manual does not single out.
    static QUrl sectionFor(const QString &outlineId, const QString &language);
    // Every outline id that has a section of its own (the F1 targets tests check).
    static QStringList outlineIdsWithSections();

private:
    QTextBrowser *m_browser;
    QString m_language;
};

} // namespace Juesuan
