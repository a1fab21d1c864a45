#include "core/logging/RotatingLogFile.h"

#include <QDir>
#include <QMutexLocker>
#include <utility>

namespace clientele {

RotatingLogFile::RotatingLogFile(QString directory, QString baseName, Limits limits)
    : m_directory(std::move(directory))
    , m_baseName(std::move(baseName))
    , m_limits(limits)
{
}

RotatingLogFile::~RotatingLogFile() = default;

Result<void> RotatingLogFile::open()
{
    QMutexLocker lock(&m_mutex);
    if (!QDir().mkpath(m_directory)) {
        return Error(Error::Code::Io, QStringLiteral("Could not create the log folder"), m_directory);
    }
    // Logs hold record ids and technical detail only, but they are still nobody else's business.
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_file.setFileName(currentPath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return Error(Error::Code::Io, QStringLiteral("Could not open the log file"),
            currentPath() + u": " + m_file.errorString());
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

void RotatingLogFile::writeLine(const QByteArray& line)
{
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen()) {
        return;
    }
    if (m_file.size() > 0 && m_file.size() + line.size() + 1 > m_limits.maxBytes) {
        rotateLocked();
        if (!m_file.isOpen()) {
            return;
        }
    }
    m_file.write(line);
    m_file.write("\n", 1);
    m_file.flush();
}

QString RotatingLogFile::currentPath() const
{
    return m_directory + u'/' + m_baseName + u".log";
}

QString RotatingLogFile::rotatedPath(int index) const
{
    return m_directory + u'/' + m_baseName + u'.' + QString::number(index) + u".log";
}

void RotatingLogFile::rotateLocked()
{
    m_file.close();
    QFile::remove(rotatedPath(m_limits.keepFiles));
    for (int i = m_limits.keepFiles - 1; i >= 1; --i) {
        QFile::rename(rotatedPath(i), rotatedPath(i + 1));
    }
    if (m_limits.keepFiles > 0) {
        QFile::rename(currentPath(), rotatedPath(1));
    } else {
        QFile::remove(currentPath());
    }
    m_file.setFileName(currentPath());
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

} // namespace clientele
