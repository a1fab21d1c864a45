#pragma once

#include <QEvent>
#include <QObject>
#include <QWidget>
#include <functional>
#include <utility>

namespace clientele::ui {

// Runs `load` the first time `page` is shown, then never again. Sections load their lists when the
// user first opens them, so opening the practice reads only what Today shows (DESIGN.md §6: start-up
// time and memory).
class FirstShow final : public QObject
{
public:
    static void whenFirstShown(QWidget* page, std::function<void()> load)
    {
        if (page->isVisible()) {
            load();
            return;
        }
        page->installEventFilter(new FirstShow(page, std::move(load)));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show) {
            watched->removeEventFilter(this);
            std::function<void()> load = std::move(m_load);
            deleteLater();
            load();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    FirstShow(QObject* parent, std::function<void()> load)
        : QObject(parent)
        , m_load(std::move(load))
    {
    }

    std::function<void()> m_load;
};

} // namespace clientele::ui
