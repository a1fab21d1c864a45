#pragma once

#include <QObject>
#include <functional>

namespace clientele {

// Tells the idle lock that the user is there: any key, click or scroll in any window of the app.
class ActivityWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityWatcher)

public:
    explicit ActivityWatcher(std::function<void()> onActivity, QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<void()> m_onActivity;
};

} // namespace clientele
