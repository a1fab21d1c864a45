#pragma once

#include <QString>
#include <QStringList>

namespace clientele {

// Versions of the libraries a build runs on, for --version, the About dialog and bug reports.
// Filled in by each executable's wiring from the adapters that own those libraries.
struct ComponentVersions final
{
    QString qtRuntime; // qVersion()
    QString qtBuild; // QT_VERSION_STR
    QString sqlcipher; // PRAGMA cipher_version; empty if the executable has no store
    QString sqlite; // sqlite_version() under SQLCipher
    QString openssl; // OpenSSL_version(OPENSSL_VERSION)

    // One "Component version" line each, in a fixed order, untranslated (for logs).
    QStringList toLines() const;
    // "Clientele <version>" followed by toLines(): what --version, `clientele-cli version` and the
    // About dialog's copy button report.
    QStringList reportLines() const;
};

} // namespace clientele
