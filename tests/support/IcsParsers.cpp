#include "tests/support/IcsParsers.h"

#include <QDebug>
#include <QJsonDocument>
#include <QProcess>

namespace clientele::test {

QJsonObject parseIcs(IcsParser parser, const QString& path)
{
    QProcess process;
    if (parser == IcsParser::PythonIcalendar) {
        // Debian's interpreter: python3-icalendar is installed for it, not for any other python3.
        process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(CLIENTELE_ICS_PARSE_PY), path});
    } else {
        process.start(QStringLiteral(CLIENTELE_NODE), {QStringLiteral(CLIENTELE_TEST_NODE_DIR "/ics-parse.mjs"), path});
    }
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << process.program() << "failed on" << path << ":" << process.readAllStandardError();
        return {};
    }
    QJsonParseError error {};
    const QJsonDocument json = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning() << process.program() << "printed no JSON:" << error.errorString();
    }
    return json.object();
}

} // namespace clientele::test
