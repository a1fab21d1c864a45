#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QPainter;

namespace clientele::ui {

// The colour family of a status: a pill always carries its text too, so no status is told by colour
// alone (UI.md "Text, space and colour").
enum class StatusTone
{
    Neutral, // drafts, void, cancelled
    Info, // sent, awaiting payment, confirmed
    Success, // paid, signed, delivered
    Warning, // partially paid, needs attention soon
    Danger, // overdue, failed
};

// Paints a cell as a small rounded pill: the cell's display text on a tint of the tone's colour. The
// tone comes from an item role (an int holding a StatusTone, Qt::UserRole + 64 unless told
// otherwise), so any list can use it: invoices, bookings, contracts. The colours are mixed from the
// palette (Base, Text) and a fixed hue per tone, so the pill keeps its contrast in light and dark.
class StatusPillDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPillDelegate)

public:
    static constexpr int kDefaultToneRole = Qt::UserRole + 64;

    explicit StatusPillDelegate(QObject* parent = nullptr, int toneRole = kDefaultToneRole);

    int toneRole() const { return m_toneRole; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The pill's fill and text colours for a tone on a palette (also used by StatusPillLabel-like
    // widgets outside item views).
    static QColor fillColor(StatusTone tone, const QPalette& palette);
    static QColor textColor(StatusTone tone, const QPalette& palette);
    // Paints one pill with its text, left-aligned and vertically centred in rect; returns the pill's rect.
    static QRect paintPill(QPainter* painter, const QRect& rect, const QString& text, StatusTone tone,
        const QPalette& palette, const QFont& font);
    // The size a pill with this text needs.
    static QSize pillSize(const QString& text, const QFont& font);

private:
    int m_toneRole;
};

} // namespace clientele::ui
