#include "ui/widgets/OpenInBrowser.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

namespace clientele::ui {

namespace {

std::function<bool(const QUrl&)>& launcher()
{
    static std::function<bool(const QUrl&)> current;
    return current;
}

} // namespace

void setBrowserLauncher(std::function<bool(const QUrl&)> replacement)
{
    launcher() = std::move(replacement);
}

void openInBrowser(QWidget* parent, const QUrl& url)
{
    const bool started = launcher() ? launcher()(url) : QDesktopServices::openUrl(url);
    if (started) {
        return;
    }
    const QString explanation = QApplication::translate("OpenInBrowser",
        "No web browser could be started on this computer. Copy the address and open it in a browser:");
    auto* box = new QMessageBox(QMessageBox::Warning, QApplication::translate("OpenInBrowser", "No Web Browser"),
        explanation + u"\n\n" + url.toString(), QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("browserFallbackBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The address is in the main text, which can be selected (the informative text cannot).
    box->setTextFormat(Qt::PlainText);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPushButton* copy =
        box->addButton(QApplication::translate("OpenInBrowser", "&Copy Address"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("browserFallbackCopyButton"));
    box->setDefaultButton(copy);
    // An action button would close the box; copying keeps it open until Close.
    copy->disconnect();
    QObject::connect(copy, &QPushButton::clicked, box, [box, url] {
        QApplication::clipboard()->setText(url.toString());
        box->setInformativeText(QApplication::translate("OpenInBrowser", "Copied."));
    });
    box->open();
}

} // namespace clientele::ui
