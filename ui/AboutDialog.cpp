#include "ui/AboutDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

#include "core/AppInfo.h"

namespace clientele::ui {

AboutDialog::AboutDialog(const ComponentVersions& versions, QWidget* parent)
    : QDialog(parent)
    , m_versions(versions)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(AppInfo::name()));

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/app/clientele.svg")).pixmap(QSize(64, 64), devicePixelRatioF()));

    auto* name = new QLabel(AppInfo::name(), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);

    auto* version = new QLabel(tr("Version %1").arg(AppInfo::version()), this);
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* blurb = new QLabel(tr("Your practice — clients, bookings, contracts, invoices and messages — kept encrypted "
                                "on your own computer, working offline."),
        this);
    blurb->setWordWrap(true);

    auto* header = new QVBoxLayout;
    header->setSpacing(4);
    header->addWidget(name);
    header->addWidget(version);

    auto* top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addLayout(header, 1);

    auto* components = new QFormLayout;
    components->setLabelAlignment(Qt::AlignRight);
    const auto addRow = [&](const QString& label, const QString& value, const char* objectName) {
        auto* field = new QLabel(value, this);
        field->setObjectName(QLatin1String(objectName));
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        components->addRow(label, field);
    };
    QString qt = versions.qtRuntime;
    if (!versions.qtBuild.isEmpty() && versions.qtBuild != versions.qtRuntime) {
        qt = tr("%1 (built with %2)").arg(versions.qtRuntime, versions.qtBuild);
    }
    addRow(tr("Qt:"), qt, "qtVersionLabel");
    addRow(tr("SQLCipher:"), tr("%1 on SQLite %2").arg(versions.sqlcipher, versions.sqlite), "sqlcipherVersionLabel");
    addRow(tr("OpenSSL:"), versions.openssl, "opensslVersionLabel");
    addRow(tr("System:"), QSysInfo::prettyProductName(), "systemLabel");

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy Version Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionsPushButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(debugInfo()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(blurb);
    layout->addLayout(components);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AboutDialog::debugInfo() const
{
    QStringList lines = m_versions.reportLines();
    lines << QSysInfo::prettyProductName() + u' ' + QSysInfo::currentCpuArchitecture();
    return lines.join(u'\n');
}

} // namespace clientele::ui
