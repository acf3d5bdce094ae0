#include "manualbrowser.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace Juesuan {

namespace {

// Outline id → page#anchor of the manual. Ids of the nine tables are made from their number.
struct Section {
    const char *outlineId;
    const char *page;
};
const Section sections[] = {
        {"part1", "texts.html#part1"},
        {"duties", "texts.html#duties"},
        {"organization", "texts.html#organization"},
        {"part2", "tables.html"},
        {"part3", "explanations.html"},
        {"part4", "texts.html#part4"},
        {"part5", "texts.html#part5"},
        {"part6", "forms.html"},
        {"figures", "figures.html"},
        {"figure/1", "figures.html#figure1"},
        {"figure/2", "figures.html#figure2"},
        {"figure/3", "figures.html#figure3"},
        {"figure/4", "figures.html#figure4"},
};

QUrl root(const QString &language)
{
    const QString lang = ManualBrowser::languages().contains(language) ? language : QStringLiteral("zh_CN");
    return QUrl(QStringLiteral("qrc:/manual/") + lang + QLatin1Char('/'));
}

} // namespace

ManualBrowser::ManualBrowser(const QString &language, QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this)), m_language(language)
{
    setObjectName(QStringLiteral("manualBrowser"));
    setWindowTitle(tr("Juesuan Manual"));
    // A window of its own beside the editor: the user reads and works at the same time.
    setWindowFlag(Qt::Window);
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setObjectName(QStringLiteral("manualText"));
    m_browser->setOpenExternalLinks(true);

    auto *back = new QToolButton(this);
    back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    back->setToolTip(tr("Back"));
    back->setEnabled(false);
    auto *forward = new QToolButton(this);
    forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    forward->setToolTip(tr("Forward"));
    forward->setEnabled(false);
    auto *contents = new QPushButton(tr("&Contents"), this);
    connect(back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QToolButton::setEnabled);
    connect(contents, &QPushButton::clicked, this, [this] { showSection(indexUrl(m_language)); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(forward);
    bar->addWidget(contents);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 700);
    showSection(indexUrl(language));
}

void ManualBrowser::showSection(const QUrl &url)
{
    m_browser->setSource(url);
}

QUrl ManualBrowser::currentUrl() const
{
    return m_browser->source();
}

QUrl ManualBrowser::indexUrl(const QString &language)
{
    return root(language).resolved(QUrl(QStringLiteral("index.html")));
}

QUrl ManualBrowser::sectionFor(const QString &outlineId, const QString &language)
{
    if (outlineId.startsWith(QLatin1String("table/")))
        return root(language).resolved(QUrl(QStringLiteral("tables.html#t") + outlineId.mid(6)));
    for (const Section &s : sections)
        if (outlineId == QLatin1String(s.outlineId))
            return root(language).resolved(QUrl(QString::fromLatin1(s.page)));
    // The self-evaluation forms added under 第六部分 have ids of their own.
    if (outlineId.startsWith(QLatin1String("form")) || outlineId.startsWith(QLatin1String("evaluation")))
        return root(language).resolved(QUrl(QStringLiteral("forms.html")));
    return indexUrl(language);
}

QStringList ManualBrowser::outlineIdsWithSections()
{
    QStringList ids;
    for (const Section &s : sections)
        ids.append(QString::fromLatin1(s.outlineId));
    return ids;
}

} // namespace Juesuan
