#include "core/documents/DocumentFileName.h"

namespace clientele::documents {

QString documentFileName(const QString& title, const QString& extension)
{
    constexpr int kMaxBaseLength = 120;
    QString base;
    base.reserve(title.size());
    for (const QChar c : title) {
        if (c.category() == QChar::Other_Format) {
            continue; // invisible bidi and joiner marks
        }
        if (c.category() == QChar::Other_Control) {
            base += u' '; // tabs and line breaks separate words
            continue;
        }
        static const QString kRefused = QStringLiteral("<>:\"/\\|?*");
        base += kRefused.contains(c) ? QChar(u'-') : c;
    }
    base = base.simplified();
    if (base.size() > kMaxBaseLength) {
        base.truncate(kMaxBaseLength);
        // Never leave half of a surrogate pair at the end.
        if (base.back().isHighSurrogate()) {
            base.chop(1);
        }
    }
    while (!base.isEmpty() && (base.back() == u'.' || base.back() == u' ')) {
        base.chop(1);
    }
    while (base.startsWith(u'.')) {
        base.remove(0, 1); // no hidden files
    }
    if (base.isEmpty()) {
        base = QStringLiteral("Document");
    }
    return extension.isEmpty() ? base : base + u'.' + extension;
}

} // namespace clientele::documents
