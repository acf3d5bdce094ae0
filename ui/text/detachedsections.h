#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTimer;
class QPushButton;
class QVBoxLayout;

namespace Juesuan {

class Document;
class TextPartEditor;

// The 第三部分 page's "Own wording" tab: choose a section, detach it to word it freely (its
// generated text becomes the starting point), edit it in a TextPartEditor, or re-attach it
// to the generated text. Detach and re-attach are one undo step each (NarrativeOverrides);
// the audit checks the detached words against the tables (TextCheck).
class DetachedSections : public QWidget
{
    Q_OBJECT
public:
    explicit DetachedSections(Document *document, QWidget *parent = nullptr);

    // Chooses section `id`; its editor when it is detached, else nullptr.
    TextPartEditor *showSection(const QString &id);
    QString currentSection() const;
    TextPartEditor *editor() const { return m_editor; }
    QPushButton *detachButton() const { return m_detach; }

public slots:
    void detachOrReattach();

private:
    void refreshSections();
    void showCurrent();
    void updatePreview();

    QPointer<Document> m_document;
    QComboBox *m_sections;
    QPushButton *m_detach;
    QLabel *m_state;
    QVBoxLayout *m_editorPlace;
    QPlainTextEdit *m_preview; // the generated words of an attached section, read-only
    QTimer *m_previewTimer;
    TextPartEditor *m_editor = nullptr;
};

} // namespace Juesuan
