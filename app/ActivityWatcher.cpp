#include "app/ActivityWatcher.h"

#include <QEvent>
#include <utility>

namespace clientele {

ActivityWatcher::ActivityWatcher(std::function<void()> onActivity, QObject* parent)
    : QObject(parent)
    , m_onActivity(std::move(onActivity))
{
}

bool ActivityWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_onActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace clientele
