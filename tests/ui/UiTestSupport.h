#pragma once

// Small helpers the widget tests share: finding children by objectName, and store calls the test
// itself makes to arrange a practice (the widgets never wait like this).
#include <QCoreApplication>
#include <QDir>
#include <QFuture>
#include <QObject>
#include <QWidget>

#include "core/Result.h"
#include "tests/store/StoreTestSupport.h"

namespace clientele::uitest {

template<typename T = QWidget>
T* find(QObject* root, const char* name)
{
    T* found = root->findChild<T*>(QLatin1String(name));
    if (!found) {
        qWarning("no child %s", name);
    }
    return found;
}

template<typename T>
T value(QFuture<Result<T>> future)
{
    const Result<T> result = test::await(std::move(future));
    if (!result) {
        qFatal("fixture refused: %s", qPrintable(result.error().toString()));
    }
    return result.value();
}

inline void require(QFuture<Result<void>> future)
{
    const Result<void> result = test::await(std::move(future));
    if (!result) {
        qFatal("fixture refused: %s", qPrintable(result.error().toString()));
    }
}

// Where screenshots go for a person to look at; empty when none are wanted.
inline QString screenshotDir()
{
    return QString::fromLocal8Bit(qgetenv("CLIENTELE_SCREENSHOT_DIR"));
}

// Saves what `widget` shows for a person to look at, when CLIENTELE_SCREENSHOT_DIR is set; true
// when there was nothing to do or the image was written.
inline bool shoot(QWidget* widget, const QString& name)
{
    const QString folder = screenshotDir();
    if (folder.isEmpty()) {
        return true;
    }
    QDir().mkpath(folder);
    QCoreApplication::processEvents();
    return widget->grab().save(QDir(folder).filePath(name));
}

} // namespace clientele::uitest
