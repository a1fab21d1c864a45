#include "app/LogHandler.h"

#include <QLoggingCategory>
#include <QSettings>
#include <cstdio>
#include <memory>

#include "core/Logging.h"
#include "core/logging/RotatingLogFile.h"

namespace clientele {

namespace {

std::unique_ptr<RotatingLogFile> g_logFile;
QtMessageHandler g_previousHandler = nullptr;

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString line = qFormatLogMessage(type, context, message);
    if (g_logFile) {
        g_logFile->writeLine(line.toUtf8());
    }
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace

QString installLogHandler(const QString& directory)
{
    qSetMessagePattern(logMessagePattern());
    const QString rules = QSettings().value(QStringLiteral("logging/rules")).toString();
    if (!rules.isEmpty() && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(rules);
    }

    auto file = std::make_unique<RotatingLogFile>(directory, QStringLiteral("clientele"), RotatingLogFile::Limits {});
    const Result<void> opened = file->open();
    QString path;
    if (opened) {
        path = file->currentPath();
        g_logFile = std::move(file);
    }
    g_previousHandler = qInstallMessageHandler(handleMessage);
    if (!opened) {
        qCWarning(lcApp).noquote() << "Logging to stderr only:" << opened.error().toString();
    }
    return path;
}

void removeLogHandler()
{
    qInstallMessageHandler(g_previousHandler);
    g_logFile.reset();
}

} // namespace clientele
