#include "detachedsections.h"

#include "document.h"
#include "narrative.h"
#include "narrativeoverrides.h"
#include "textparteditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Juesuan {

DetachedSections::DetachedSections(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("detachedSections"));
    m_sections = new QComboBox;
    m_sections->setObjectName(QStringLiteral("detachedSectionChoice"));
    auto *label = new QLabel(tr("&Section:"));
    label->setBuddy(m_sections);
    m_detach = new QPushButton;
    m_detach->setObjectName(QStringLiteral("detachSection"));
    m_state = new QLabel;
    m_state->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_sections, 1);
    row->addWidget(m_detach);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_state);
    // An attached section shows the words it prints now, so the user sees what detaching
    // starts from; they follow the figures while the tab is open.
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("generatedPreview"));
    m_preview->setReadOnly(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_preview, 1);
    m_editorPlace = new QVBoxLayout;
    layout->addLayout(m_editorPlace, 1);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &DetachedSections::updatePreview);
    const auto schedulePreview = [this] {
        if (m_preview->isVisible())
            m_previewTimer->start();
    };
    connect(document, &Document::cellsChanged, this, schedulePreview);
    connect(document, &Document::figuresChanged, this, schedulePreview);
    connect(document, &Document::metadataChanged, this, schedulePreview);
    connect(document, &Document::textChanged, this, schedulePreview); // the 主要原因

    connect(m_sections, &QComboBox::currentIndexChanged, this, &DetachedSections::showCurrent);
    connect(m_detach, &QPushButton::clicked, this, &DetachedSections::detachOrReattach);
    // Sections come and go with the data (七 with 政府性基金, the project forms); their
    // detached state with the texts.
    connect(document, &Document::documentReset, this, &DetachedSections::refreshSections);
    connect(document, &Document::rowsChanged, this, &DetachedSections::refreshSections);
    connect(document, &Document::evaluationsChanged, this, &DetachedSections::refreshSections);
    connect(document, &Document::textChanged, this, [this](const QString &key) {
        if (!NarrativeOverrides::sectionOf(key).isEmpty())
            refreshSections();
    });
    refreshSections();
}

QString DetachedSections::currentSection() const
{
    return m_sections->currentData().toString();
}

void DetachedSections::refreshSections()
{
    if (!m_document)
        return;
    const QString current = currentSection();
    {
        const QSignalBlocker block(m_sections);
        m_sections->clear();
        for (const NarrativeSection &s : Narrative::generate(*m_document)) {
            // A heading with nothing under it (五, 九, 十三) has no words of its own to detach.
            if (s.paragraphs.isEmpty() && !NarrativeOverrides::isDetached(*m_document, s.id))
                continue;
            const QString mark = NarrativeOverrides::isDetached(*m_document, s.id) ? tr(" (own wording)") : QString();
            m_sections->addItem((s.level > 1 ? QStringLiteral("    ") : QString()) + s.heading + mark, s.id);
        }
        m_sections->setCurrentIndex(qMax(0, m_sections->findData(current)));
    }
    showCurrent();
}

void DetachedSections::showCurrent()
{
    if (!m_document)
        return;
    const QString id = currentSection();
    const bool detached = !id.isEmpty() && NarrativeOverrides::isDetached(*m_document, id);
    m_detach->setEnabled(!id.isEmpty());
    m_detach->setText(detached ? tr("&Re-attach (generated text)") : tr("&Detach to edit"));
    m_detach->setToolTip(detached ? tr("Drop these words: the section is generated from the tables again")
                                  : tr("Start from the generated words and edit them freely; the audit checks "
                                       "their amounts and percentages against the tables"));
    m_state->setText(detached ? tr("This section prints the words below. One paragraph per line; amounts and "
                                   "percentages next to figures the report knows are checked against the tables.")
                              : tr("This section is generated from the tables and the reasons on the "
                                   "Explanations tab."));
    const QString key = NarrativeOverrides::key(id);
    // Typing the words away (or undoing the detach) leaves the editor where it is: the section
    // prints generated text while it is empty, and is detached again by what is typed next.
    // Re-attach and choosing another section take it away.
    const bool emptied = !detached && m_editor && m_editor->key() == key;
    if (emptied)
        m_state->setText(tr("Empty: the section prints its generated text until you type its own words."));
    else if (m_editor && (!detached || m_editor->key() != key)) {
        m_editor->deleteLater();
        m_editor = nullptr;
    }
    if (detached && !m_editor) {
        m_editor = new TextPartEditor(m_document, key, this);
        m_editorPlace->addWidget(m_editor);
        setFocusProxy(m_editor);
    }
    if (!detached && !emptied)
        setFocusProxy(m_sections);
    m_preview->setVisible(!detached && !emptied && !id.isEmpty());
    updatePreview();
}

void DetachedSections::updatePreview()
{
    if (!m_document || m_preview->isHidden())
        return;
    const QString id = currentSection();
    for (const NarrativeSection &s : Narrative::generate(*m_document)) {
        if (s.id == id) {
            m_preview->setPlainText(s.paragraphs.join(QLatin1Char('\n')));
            return;
        }
    }
    m_preview->clear();
}

TextPartEditor *DetachedSections::showSection(const QString &id)
{
    const int i = m_sections->findData(id);
    if (i < 0)
        return nullptr;
    m_sections->setCurrentIndex(i);
    showCurrent();
    return m_editor;
}

void DetachedSections::detachOrReattach()
{
    if (!m_document)
        return;
    const QString id = currentSection();
    QString error;
    const bool ok = NarrativeOverrides::isDetached(*m_document, id) ? NarrativeOverrides::reattach(m_document, id, &error)
                                                                    : NarrativeOverrides::detach(m_document, id, &error);
    if (!ok) {
        QMessageBox::warning(this, tr("Own wording"), error);
        return;
    }
    if (m_editor && !NarrativeOverrides::isDetached(*m_document, id)) { // re-attached: no words to edit
        m_editor->deleteLater();
        m_editor = nullptr;
    }
    showCurrent();
    if (m_editor)
        m_editor->setFocus();
}

} // namespace Juesuan
