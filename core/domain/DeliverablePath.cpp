#include "core/domain/DeliverablePath.h"

#include <QCoreApplication>
#include <QStringList>

namespace clientele::domain {

namespace {

constexpr qsizetype kMaxComponentBytes = 255;
constexpr qsizetype kMaxPathBytes = 4096;

Error pathError(const char* key, QString message)
{
    return Error(Error::Code::InvalidInput, std::move(message), QString::fromLatin1(key));
}

bool isReservedWindowsName(const QString& component)
{
    const QString stem = component.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList plain = {
        QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (plain.contains(stem)) {
        return true;
    }
    if (stem.size() == 4 && (stem.startsWith(QStringLiteral("COM")) || stem.startsWith(QStringLiteral("LPT")))) {
        const QChar digit = stem.at(3);
        return digit >= u'1' && digit <= u'9';
    }
    return false;
}

Result<void> checkComponent(const QString& component)
{
    if (component.isEmpty()) {
        return pathError("path.empty-component",
            QCoreApplication::translate(
                "DeliverablePath", "A file path contains an empty folder name (“//” or a trailing “/”)."));
    }
    if (component == u"." || component == u"..") {
        return pathError("path.dot-component",
            QCoreApplication::translate("DeliverablePath", "A file path cannot contain “.” or “..” as a folder name."));
    }
    if (isReservedWindowsName(component)) {
        return pathError("path.reserved-name",
            QCoreApplication::translate("DeliverablePath", "“%1” is a reserved name on Windows. Rename the file.")
                .arg(component));
    }
    if (component.endsWith(u'.') || component.endsWith(u' ')) {
        return pathError("path.trailing-dot-space",
            QCoreApplication::translate("DeliverablePath", "“%1” ends with a dot or a space. Rename the file.")
                .arg(component));
    }
    if (component.toUtf8().size() > kMaxComponentBytes) {
        return pathError("path.component-too-long",
            QCoreApplication::translate(
                "DeliverablePath", "A file or folder name is longer than 255 bytes. Shorten it."));
    }
    return {};
}

} // namespace

Result<QString> DeliverablePath::normalize(const QString& path)
{
    const QString nfc = path.normalized(QString::NormalizationForm_C);
    for (const QChar c : nfc) {
        if (c.category() == QChar::Other_Control) {
            return pathError("path.control",
                QCoreApplication::translate(
                    "DeliverablePath", "A file path contains a control character. Rename the file."));
        }
    }
    if (nfc.contains(u'\\')) {
        return pathError("path.backslash",
            QCoreApplication::translate(
                "DeliverablePath", "A file path cannot contain a backslash (\\). Use / between folders."));
    }
    if (nfc.isEmpty() || nfc.count(u'/') == nfc.size()) {
        return pathError("path.empty", QCoreApplication::translate("DeliverablePath", "The file path is empty."));
    }
    const bool drive = nfc.size() >= 2 && nfc.at(1) == u':' && nfc.at(0).isLetter();
    if (nfc.startsWith(u'/') || drive) {
        return pathError("path.absolute",
            QCoreApplication::translate(
                "DeliverablePath", "A file path inside a delivery must be relative, not start with / or a drive."));
    }
    static const QString reserved = QStringLiteral("<>:\"|?*");
    for (const QChar c : nfc) {
        if (reserved.contains(c)) {
            return pathError("path.reserved-char",
                QCoreApplication::translate("DeliverablePath", "A file name cannot contain “%1”. Rename the file.")
                    .arg(c));
        }
    }
    if (nfc.toUtf8().size() > kMaxPathBytes) {
        return pathError("path.too-long",
            QCoreApplication::translate("DeliverablePath", "The file path is longer than 4096 bytes."));
    }
    const QStringList components = nfc.split(u'/');
    for (const QString& component : components) {
        if (Result<void> ok = checkComponent(component); !ok) {
            return ok.error();
        }
    }
    return nfc;
}

} // namespace clientele::domain
