#pragma once

#include <QString>
#include <functional>

class QBoxLayout;
class QDialog;
class QFormLayout;
class QPushButton;
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

// A hint under or beside a control: wrapped, in the palette's quieter placeholder colour.
QLabel* makeHint(const QString& text, QWidget* parent);

// A settings page's line that reports how an action went: `text` (hidden when empty), in the error
// colour when `error`.
void showOutcomeText(QLabel* label, const QString& text, bool error);

// The line under a dialog's form that says what is wrong, in plain bold text.
QLabel* makeDialogErrorLabel(const QString& objectName, QWidget* parent);

// OK (labelled okText) and Cancel at the bottom of `layout`; OK accepts the dialog only while
// isValid() says so, so Enter on an invalid form does nothing. Returns the OK button.
QPushButton* addDialogButtons(QDialog* dialog, QBoxLayout* layout, const QString& okText, const QString& okName,
    const QString& cancelName, std::function<bool()> isValid);

// Grows a dialog to the height its wrapped labels need at its current width: a window does not
// grow by itself for height-for-width text, so a message that appears later would be clipped.
void fitDialogHeight(QDialog* dialog);

// A record list: whole rows selected one at a time, sortable, no grid or row numbers, alternating
// rows of the font's height plus padding, text elided rather than wrapped.
void setUpRecordTable(QTableView* table);

} // namespace clientele::ui
