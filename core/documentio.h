#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace Juesuan {

class Document;

// Reads and writes the .juesuan format (docs/file-format.md): versioned UTF-8 JSON,
// amounts as integers in 分. Loading checks everything before it builds anything, so a
// damaged file yields an error naming the place and the reason, and never a half-loaded
// document. Saving goes through QSaveFile: the old file stays whole if writing fails.
class DocumentIO
{
public:
    static constexpr int formatVersion = 1;

    // Refuses anything but a regular file (a FIFO or /dev/zero never ends) and reads at most
    // the size limit.
    static std::unique_ptr<Document> load(const QString &path, QString *error);
    // The same for a file name as the system gives it (bytes, maybe not valid UTF-8, as in
    // argv); `name` names it in messages.
    static std::unique_ptr<Document> loadNative(const QByteArray &nativePath, const QString &name, QString *error);
    // `source` names the data in messages (a file name).
    static std::unique_ptr<Document> fromJson(const QByteArray &data, const QString &source, QString *error);
    // A new, empty document of an edition.
    static std::unique_ptr<Document> create(const QString &edition, const QString &department, int year,
                                            QString *error);

    static bool save(const Document &document, const QString &path, QString *error);
    static QByteArray toJson(const Document &document);
    static QJsonObject toJsonObject(const Document &document);
};

} // namespace Juesuan
