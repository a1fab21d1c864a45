#include "ui/practice/FirstRunWizard.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include "ui/settings/PracticeProfileForm.h"
#include "ui/widgets/PanelParts.h"

namespace clientele::ui {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    return makeHeading(text, parent, 1.5);
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// A step: a centred column of limited width, with its buttons at the bottom right.
QWidget* stepFrame(QWidget* parent, QVBoxLayout*& content, QHBoxLayout*& buttons)
{
    auto* page = new QWidget(parent);
    auto* outer = new QHBoxLayout(page);
    auto* column = new QWidget(page);
    column->setMaximumWidth(720);
    content = new QVBoxLayout(column);
    content->setSpacing(12);
    buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto* wrapper = new QVBoxLayout;
    wrapper->addWidget(column, 1);
    wrapper->addLayout(buttons);
    outer->addStretch(1);
    outer->addLayout(wrapper, 4);
    outer->addStretch(1);
    return page;
}

} // namespace

FirstRunWizard::FirstRunWizard(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 24, 16, 16);
    m_steps = new QStackedWidget(this);
    m_steps->setObjectName(QStringLiteral("firstRunSteps"));
    layout->addWidget(m_steps);
    m_steps->addWidget(buildWelcome());
    m_steps->addWidget(buildDetails());
    m_steps->addWidget(buildProtection());
    m_steps->addWidget(buildCreating());
    m_steps->addWidget(buildRecovery());
}

QWidget* FirstRunWizard::buildWelcome()
{
    QVBoxLayout* content = nullptr;
    QHBoxLayout* buttons = nullptr;
    QWidget* page = stepFrame(m_steps, content, buttons);
    auto* icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app/clientele.svg")).pixmap(72, 72));
    content->addStretch(1);
    content->addWidget(icon);
    content->addWidget(heading(tr("Welcome to Clientele"), page));
    content->addWidget(paragraph(tr("Clients, bookings, contracts, invoices and messages of your practice, kept on "
                                    "this computer and encrypted. It works without an internet connection; "
                                    "nothing leaves this computer unless you connect an account or send it."),
        page));
    content->addWidget(paragraph(tr("Setting up takes two minutes: your practice's details, then how to unlock "
                                    "it if this computer's keychain is ever lost."),
        page));
    content->addWidget(paragraph(tr("Already keep your practice on another computer? Set up this one, then join "
                                    "it under Settings → Relay → Join a Practice…: the practice arrives here."),
        page));
    content->addStretch(2);

    auto* demo = new QPushButton(tr("Try the Demo Practice"), page);
    demo->setObjectName(QStringLiteral("firstRunDemoButton"));
    demo->setToolTip(tr("Opens a separate practice filled with fictional clients and bookings."));
    auto* start = new QPushButton(tr("Set Up My Practice"), page);
    start->setObjectName(QStringLiteral("firstRunStartButton"));
    start->setDefault(true);
    buttons->addWidget(demo);
    buttons->addWidget(start);
    connect(demo, &QPushButton::clicked, this, &FirstRunWizard::demoRequested);
    connect(start, &QPushButton::clicked, this, [this] {
        m_steps->setCurrentIndex(1);
        m_form->setFocus();
    });
    return page;
}

QWidget* FirstRunWizard::buildDetails()
{
    QVBoxLayout* content = nullptr;
    QHBoxLayout* buttons = nullptr;
    QWidget* page = stepFrame(m_steps, content, buttons);
    content->addWidget(heading(tr("Your practice"), page));
    content->addWidget(paragraph(tr("What your invoices and documents will carry. You can change all of it later "
                                    "in Settings."),
        page));
    m_form = new PracticeProfileForm(page);
    m_form->setEmbedded(true);
    domain::PracticeProfile defaults;
    const QLocale system;
    defaults.localeName = system.name();
    defaults.timeZoneId = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    const Result<domain::Currency> currency =
        domain::Currency::fromCode(system.currencySymbol(QLocale::CurrencyIsoCode));
    defaults.currency = currency ? currency.value() : domain::Currency::fromCode(QStringLiteral("EUR")).value();
    m_form->setProfile(defaults);
    auto* scroll = new QScrollArea(page);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    content->addWidget(scroll, 1);

    auto* back = new QPushButton(tr("Back"), page);
    m_detailsNext = new QPushButton(tr("Continue"), page);
    m_detailsNext->setObjectName(QStringLiteral("firstRunDetailsNextButton"));
    m_detailsNext->setDefault(true);
    buttons->addWidget(back);
    buttons->addWidget(m_detailsNext);
    connect(back, &QPushButton::clicked, this, [this] { m_steps->setCurrentIndex(0); });
    connect(m_detailsNext, &QPushButton::clicked, this, [this] {
        if (m_form->isValid()) {
            m_steps->setCurrentIndex(2);
            m_useCode->setFocus();
        }
    });
    const auto refresh = [this] { m_detailsNext->setEnabled(m_form->isValid()); };
    connect(m_form, &PracticeProfileForm::validationChanged, this, refresh);
    refresh();
    return page;
}

QWidget* FirstRunWizard::buildProtection()
{
    QVBoxLayout* content = nullptr;
    QHBoxLayout* buttons = nullptr;
    QWidget* page = stepFrame(m_steps, content, buttons);
    content->addWidget(heading(tr("Keeping it safe"), page));
    content->addWidget(paragraph(tr("Your practice is encrypted with a random key. The key is kept in this "
                                    "computer's keychain, so Clientele opens without a password. If the keychain is "
                                    "lost (a new computer, a reinstalled system), you unlock it with a recovery "
                                    "code or a passphrase of your own. Without either, nobody — not even us — can "
                                    "open it."),
        page));
    m_useCode = new QRadioButton(tr("Give me a recovery code to print (recommended)"), page);
    m_useCode->setObjectName(QStringLiteral("firstRunUseCodeRadio"));
    m_useCode->setChecked(true);
    m_usePassphrase = new QRadioButton(tr("I will choose my own passphrase"), page);
    m_usePassphrase->setObjectName(QStringLiteral("firstRunUsePassphraseRadio"));
    m_passphrase = new QLineEdit(page);
    m_passphrase->setObjectName(QStringLiteral("firstRunPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_repeat = new QLineEdit(page);
    m_repeat->setObjectName(QStringLiteral("firstRunRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat the passphrase"));
    auto* form = new QFormLayout;
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("Repeat:"), m_repeat);
    m_protectionError = new QLabel(page);
    m_protectionError->setObjectName(QStringLiteral("firstRunProtectionError"));
    m_protectionError->setWordWrap(true);
    content->addWidget(m_useCode);
    content->addWidget(m_usePassphrase);
    content->addLayout(form);
    content->addWidget(m_protectionError);
    content->addStretch(1);

    auto* back = new QPushButton(tr("Back"), page);
    m_create = new QPushButton(tr("Create Practice"), page);
    m_create->setObjectName(QStringLiteral("firstRunCreateButton"));
    m_create->setDefault(true);
    buttons->addWidget(back);
    buttons->addWidget(m_create);
    connect(back, &QPushButton::clicked, this, [this] { m_steps->setCurrentIndex(1); });
    connect(m_useCode, &QRadioButton::toggled, this, &FirstRunWizard::updateProtection);
    connect(m_passphrase, &QLineEdit::textChanged, this, &FirstRunWizard::updateProtection);
    connect(m_repeat, &QLineEdit::textChanged, this, &FirstRunWizard::updateProtection);
    connect(m_create, &QPushButton::clicked, this, [this] {
        Q_EMIT createRequested(m_form->profile(), m_useCode->isChecked() ? QString() : m_passphrase->text());
    });
    updateProtection();
    return page;
}

void FirstRunWizard::updateProtection()
{
    const bool own = m_usePassphrase->isChecked();
    m_passphrase->setEnabled(own);
    m_repeat->setEnabled(own);
    QString problem;
    if (own) {
        if (m_passphrase->text().size() < kMinimumPassphraseLength) {
            problem = tr("Use at least %n characters; a few unrelated words are easy to remember and hard to guess.",
                nullptr, kMinimumPassphraseLength);
        } else if (m_repeat->text() != m_passphrase->text()) {
            problem = tr("The two passphrases differ; type the same one twice.");
        }
    }
    m_protectionError->setText(problem);
    m_create->setEnabled(problem.isEmpty());
}

QWidget* FirstRunWizard::buildCreating()
{
    QVBoxLayout* content = nullptr;
    QHBoxLayout* buttons = nullptr;
    QWidget* page = stepFrame(m_steps, content, buttons);
    content->addStretch(1);
    content->addWidget(heading(tr("Creating your practice…"), page));
    m_creatingStatus = paragraph(tr("Encrypting the new practice and storing its key in the keychain."), page);
    m_creatingStatus->setObjectName(QStringLiteral("firstRunCreatingStatus"));
    content->addWidget(m_creatingStatus);
    content->addStretch(2);
    auto* back = new QPushButton(tr("Back"), page);
    back->setObjectName(QStringLiteral("firstRunCreatingBackButton"));
    back->hide();
    buttons->addWidget(back);
    connect(back, &QPushButton::clicked, this, [this, back] {
        back->hide();
        m_steps->setCurrentIndex(2);
    });
    return page;
}

void FirstRunWizard::showCreating()
{
    m_creatingStatus->setText(tr("Encrypting the new practice and storing its key in the keychain."));
    m_steps->setCurrentIndex(3);
}

void FirstRunWizard::showCreateFailed(const QString& message)
{
    m_creatingStatus->setText(tr("The practice could not be created: %1").arg(message));
    if (auto* back = findChild<QPushButton*>(QStringLiteral("firstRunCreatingBackButton"))) {
        back->show();
    }
    m_steps->setCurrentIndex(3);
}

QWidget* FirstRunWizard::buildRecovery()
{
    QVBoxLayout* content = nullptr;
    QHBoxLayout* buttons = nullptr;
    QWidget* page = stepFrame(m_steps, content, buttons);
    content->addWidget(heading(tr("Your recovery code"), page));
    content->addWidget(paragraph(tr("Print it or write it down and keep it somewhere safe, away from this computer. "
                                    "It is shown only now. With it, your practice can be opened on any computer "
                                    "that has its files; without it, a lost keychain means lost data."),
        page));
    m_code = new QLabel(page);
    m_code->setObjectName(QStringLiteral("firstRunRecoveryCodeLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    m_code->setFont(mono);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setFrameShape(QFrame::StyledPanel);
    m_code->setMinimumHeight(m_code->fontMetrics().height() * 3);
    m_code->setAccessibleName(tr("Recovery code"));
    content->addWidget(m_code);
    auto* actions = new QHBoxLayout;
    auto* print = new QPushButton(tr("Print…"), page);
    print->setObjectName(QStringLiteral("firstRunPrintCodeButton"));
    auto* save = new QPushButton(tr("Save as Text File…"), page);
    save->setObjectName(QStringLiteral("firstRunSaveCodeButton"));
    actions->addWidget(print);
    actions->addWidget(save);
    actions->addStretch(1);
    content->addLayout(actions);
    m_keychainWarning = paragraph({}, page);
    m_keychainWarning->setObjectName(QStringLiteral("firstRunKeychainWarning"));
    m_keychainWarning->hide();
    content->addWidget(m_keychainWarning);
    m_codeKept = new QCheckBox(tr("I have printed or written down my recovery code"), page);
    m_codeKept->setObjectName(QStringLiteral("firstRunCodeKeptCheck"));
    content->addWidget(m_codeKept);
    content->addStretch(1);

    m_finish = new QPushButton(tr("Open My Practice"), page);
    m_finish->setObjectName(QStringLiteral("firstRunFinishButton"));
    m_finish->setDefault(true);
    m_finish->setEnabled(false);
    buttons->addWidget(m_finish);
    connect(m_codeKept, &QCheckBox::toggled, m_finish, &QPushButton::setEnabled);
    connect(print, &QPushButton::clicked, this, &FirstRunWizard::printCode);
    connect(save, &QPushButton::clicked, this, &FirstRunWizard::saveCode);
    connect(m_finish, &QPushButton::clicked, this, [this] {
        m_code->clear();
        m_codeText.fill(u' ');
        m_codeText.clear();
        Q_EMIT finished();
    });
    return page;
}

void FirstRunWizard::showRecoveryCode(const QString& code, const QString& keychainProblem)
{
    if (code.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    m_codeText = code;
    m_code->setText(code);
    if (!keychainProblem.isEmpty()) {
        m_keychainWarning->setText(tr("The key could not be stored in the system keychain (%1), so Clientele will ask "
                                      "for this code each time it starts.")
                                       .arg(keychainProblem));
        m_keychainWarning->show();
    }
    m_steps->setCurrentIndex(4);
    m_codeKept->setFocus();
}

void FirstRunWizard::printCode()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Recovery Code"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QPainter painter(&printer);
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    QFont font = painter.font();
    font.setPointSize(14);
    painter.setFont(font);
    const QString text = tr("Clientele recovery code\n\n%1\n\nKeep this page somewhere safe. Anyone with this code and "
                            "the practice files can open the practice.")
                             .arg(m_codeText);
    painter.drawText(page.adjusted(0, page.height() / 8, 0, 0), Qt::AlignHCenter | Qt::TextWordWrap, text);
}

void FirstRunWizard::saveCode()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Recovery Code"), tr("Clientele recovery code.txt"), tr("Text files (*.txt)"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    const QByteArray text = (tr("Clientele recovery code: %1").arg(m_codeText) + u'\n').toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Save Recovery Code"),
            tr("The code could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    // Owner-only: the code opens the practice.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace clientele::ui
