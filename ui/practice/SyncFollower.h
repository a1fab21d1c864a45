#pragma once

#include <QObject>
#include <QPointer>
#include <optional>

#include "core/Error.h"

#include "core/domain/PracticeProfile.h"
#include "core/store/ChangeBatches.h"

namespace clientele {
class ChangeSync;
} // namespace clientele

namespace clientele::ui {

class PracticeContext;
class RelayPage;

// Keeps the open practice and the sync with its other computers in step: an edit here wakes the sync
// at once; what another computer changed refreshes the views it touches (and the practice's profile,
// through profileChanged); Settings → Relay says whether this computer is in step. Made for one
// running ChangeSync and gone with it.
class SyncFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncFollower)

public:
    SyncFollower(PracticeContext& context, RelayPage* page, ChangeSync& sync, QObject* parent = nullptr);
    ~SyncFollower() override;

Q_SIGNALS:
    // Another computer changed the practice's profile (name, currency, time zone…).
    void profileChanged(const clientele::domain::PracticeProfile& profile);

private:
    void took(const ChangeBatches::Applied& applied);
    void showState();

    PracticeContext& m_context;
    QPointer<RelayPage> m_page;
    std::optional<Error> m_sending; // the push's last failure, until it succeeds
    std::optional<Error> m_receiving; // the pull's, likewise
    bool m_sent = false;
    bool m_received = false;
    bool m_refused = false;
    int m_setAside = 0;
};

} // namespace clientele::ui
