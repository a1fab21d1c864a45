#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QScrollArea;
class QTableView;
class QWidget;

namespace clientele::ui {

// Pieces every list page and editor panel is built from, so they look and behave alike.

// A heading: the system font, `scale` times larger, semi-bold, wrapping.
QLabel* makeHeading(const QString& text, QWidget* parent, double scale = 1.3);

// A frameless scroll area holding a form whose fields grow with the panel; returns the form.
QFormLayout* makeScrollingForm(QWidget* parent, QScrollArea** scrollArea);

// A record list: whole rows selected one at a time, sortable, no grid or row numbers, alternating
// rows of the font's height plus padding, text elided rather than wrapped.
void setUpRecordTable(QTableView* table);

} // namespace clientele::ui
