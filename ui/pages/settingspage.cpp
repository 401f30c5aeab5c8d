#include "ui/pages/settingspage.h"

#include "ui/widgets/priceformat.h"

#include "models/marketservice.h"
#include "models/nodeprobe.h"
#include "models/syncengine.h"
#include "models/walletsecurity.h"
#include "models/walletservice.h"
#include "ui/language.h"
#include "ui/settingskeys.h"
#include "ui/theme.h"
#include "wire/logfile.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace fb::ui {

SettingsPage::SettingsPage(AppContext &context, QWidget *parent)
    : Page(QStringLiteral("settings"), context, parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_local(new QRadioButton(tr("Local &network (runs on this computer)"), this))
    , m_remote(new QRadioButton(tr("An&other node"), this))
    , m_platformUrl(new QLineEdit(this))
    , m_test(new QPushButton(tr("Test &connection"), this))
    , m_save(new QPushButton(tr("S&ave"), this))
    , m_testResult(new QLabel(this))
    , m_fingerprint(new QLabel(this))
    , m_trust(new QPushButton(tr("T&rust this certificate"), this))
    , m_saveNote(new QLabel(this))
    , m_connection(new QLabel(this))
{
    setHeader(title(), tr("Preferences are kept for this user on this computer."));
    QSettings settings;

    // Appearance
    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *af = new QFormLayout(appearance);
    af->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_language->setMinimumWidth(260);
    m_theme->setMinimumWidth(260);
    m_language->addItem(tr("Follow the system"), QString());
    for (const auto &[code, name] : Language::available())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(settings.value(SettingsKeys::language()).toString())));
    m_language->setAccessibleName(tr("Language"));
    m_languageNote->setText(tr("The new language applies the next time Flashback starts."));
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    m_languageNote->hide();
    af->addRow(tr("&Language:"), m_language);
    af->addRow(QString(), m_languageNote);

    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(qMax(
        0, m_theme->findData(settings.value(SettingsKeys::theme(), QStringLiteral("system")))));
    m_theme->setAccessibleName(tr("Theme"));
    af->addRow(tr("&Theme:"), m_theme);

    // Prices are kept in USD; they are shown in this currency at the node's rates.
    auto *currency = new QComboBox(this);
    currency->setObjectName(QStringLiteral("displayCurrency"));
    currency->setAccessibleName(tr("Display currency"));
    currency->setToolTip(tr("Prices are shown in this currency at the platform's exchange rates; "
                            "payments still settle in the currency you pay with."));
    for (const char *code : {"USD", "EUR", "XLM"})
        currency->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    currency->setCurrentIndex(
        qMax(0, currency->findData(
                    settings.value(SettingsKeys::displayCurrency(), QStringLiteral("USD")))));
    connect(currency, &QComboBox::currentIndexChanged, this, [currency] {
        // The pages showing money follow at once (PriceFormat's notifier).
        PriceFormat::setPreferredCurrency(currency->currentData().toString());
    });
    af->addRow(tr("&Prices in:"), currency);

    // Platform node
    auto *platform = new QGroupBox(tr("Platform node"), this);
    auto *pv = new QVBoxLayout(platform);
    auto *choice = new QButtonGroup(platform);
    choice->addButton(m_local);
    choice->addButton(m_remote);
    m_local->setObjectName(QStringLiteral("localNetwork"));
    m_remote->setObjectName(QStringLiteral("anotherNode"));
    m_local->setToolTip(tr("Flashback runs a platform node on this computer with a demo network; "
                           "nothing leaves this computer."));
    pv->addWidget(m_local);
    auto *remoteRow = new QHBoxLayout;
    remoteRow->addWidget(m_remote);
    m_platformUrl->setObjectName(QStringLiteral("platformUrl"));
    m_platformUrl->setPlaceholderText(tr("https://node.example.org"));
    m_platformUrl->setClearButtonEnabled(true);
    m_platformUrl->setAccessibleName(tr("Platform node URL"));
    m_platformUrl->setToolTip(
        tr("The address of a Flashback platform node, with http:// or https://."));
    remoteRow->addWidget(m_platformUrl, 1);
    pv->addLayout(remoteRow);

    auto *buttons = new QHBoxLayout;
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_save->setObjectName(QStringLiteral("savePlatform"));
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    buttons->addStretch();
    pv->addLayout(buttons);

    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pv->addWidget(m_testResult);
    auto *trustRow = new QHBoxLayout;
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    trustRow->addWidget(m_fingerprint, 1);
    trustRow->addWidget(m_trust, 0, Qt::AlignTop);
    pv->addLayout(trustRow);
    m_fingerprint->hide();
    m_trust->hide();
    m_saveNote->setObjectName(QStringLiteral("saveNote"));
    m_saveNote->setWordWrap(true);
    m_saveNote->setForegroundRole(QPalette::PlaceholderText);
    m_saveNote->hide();
    pv->addWidget(m_saveNote);

    auto *stateRow = new QFormLayout;
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_connection->setWordWrap(true);
    stateRow->addRow(tr("Connection:"), m_connection);
    pv->addLayout(stateRow);

    const QString configured = settings.value(SettingsKeys::platformUrl()).toString();
    m_platformUrl->setText(configured);
    (configured.isEmpty() ? m_local : m_remote)->setChecked(true);
    updateNodeChoice();

    // Data
    auto *data = new QGroupBox(tr("Data on this computer"), this);
    auto *df = new QFormLayout(data);
    auto *dir = new QLabel(context.dataDir, data);
    dir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *openDir = new QPushButton(tr("Open fol&der"), data);
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(dir, 1);
    dirRow->addWidget(openDir);
    df->addRow(tr("Data folder:"), dirRow);
    auto *log = new QLabel(LogFile::currentPath(), data);
    log->setTextInteractionFlags(Qt::TextSelectableByMouse);
    df->addRow(tr("Log file:"), log);

    // Wallet security: how long the wallet stays unlocked (the Wallet page offers the same).
    auto *security = new QGroupBox(tr("Wallet security"), this);
    auto *sf = new QFormLayout(security);
    sf->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *autoLock = new QComboBox(security);
    autoLock->setObjectName(QStringLiteral("settingsAutoLock"));
    autoLock->setAccessibleName(tr("Lock the wallet after"));
    autoLock->setToolTip(tr("Once unlocked, the wallet signs and opens your files without asking "
                            "for the password again until this long passes without keyboard or "
                            "mouse input, or the computer sleeps or locks its screen."));
    for (int minutes : WalletSecurity::autoLockChoices())
        autoLock->addItem(minutes == 0 ? tr("Never") : tr("%n minute(s)", nullptr, minutes),
                          minutes);
    WalletSecurity *walletSecurity = context.wallet ? context.wallet->security() : nullptr;
    const int minutes = walletSecurity ? walletSecurity->autoLockMinutes()
                                       : WalletSecurity::defaultAutoLockMinutes();
    autoLock->setCurrentIndex(qMax(0, autoLock->findData(minutes)));
    connect(autoLock, &QComboBox::activated, this, [autoLock, walletSecurity](int i) {
        if (walletSecurity)
            walletSecurity->setAutoLockMinutes(autoLock->itemData(i).toInt());
        else
            QSettings().setValue(WalletSecurity::autoLockSettingsKey(), autoLock->itemData(i));
    });
    sf->addRow(tr("Loc&k the wallet after:"), autoLock);
    auto *lockNote = new QLabel(WalletSecurity::watchesSystemLock()
                                    ? tr("The wallet also locks when the computer sleeps or the "
                                         "screen locks, and from File › Lock wallet now. A lock "
                                         "also locks your files and pauses their transfers.")
                                    : tr("The wallet also locks from File › Lock wallet now. A "
                                         "lock also locks your files and pauses their "
                                         "transfers."),
                                security);
    lockNote->setWordWrap(true);
    lockNote->setForegroundRole(QPalette::PlaceholderText);
    sf->addRow(lockNote);

    for (QGroupBox *box : {appearance, security, platform, data}) {
        box->setMaximumWidth(860);
        body()->addWidget(box);
    }
    body()->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(SettingsKeys::language(), m_language->currentData());
        m_languageNote->show();
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(SettingsKeys::theme(), m_theme->currentData());
        Theme::apply(Theme::fromString(m_theme->currentData().toString()));
        Q_EMIT themeChanged();
    });
    connect(m_local, &QRadioButton::toggled, this, &SettingsPage::updateNodeChoice);
    connect(m_test, &QPushButton::clicked, this, &SettingsPage::testConnection);
    connect(m_trust, &QPushButton::clicked, this, &SettingsPage::trustCertificate);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_platformUrl, &QLineEdit::returnPressed, this, &SettingsPage::testConnection);
    connect(openDir, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(this->context().dataDir)); });
    watchSync();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::selectTheme(const QString &name)
{
    const int i = m_theme->findData(name);
    if (i >= 0)
        m_theme->setCurrentIndex(i);
}

QString SettingsPage::themeName() const
{
    return m_theme->currentData().toString();
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

QString SettingsPage::fingerprintText(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

void SettingsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    watchSync();
}

void SettingsPage::setConnectionText(const QString &text)
{
    m_connection->setText(text);
}

void SettingsPage::watchSync()
{
    SyncEngine *sync = context().sync;
    if (sync != m_watched) {
        if (m_watched)
            disconnect(m_watched, nullptr, this, nullptr);
        m_watched = sync;
        if (sync)
            connect(sync, &SyncEngine::stateChanged, this, &SettingsPage::showSyncState);
    }
    showSyncState();
}

void SettingsPage::showSyncState()
{
    if (!m_watched) {
        if (m_connection->text().isEmpty())
            m_connection->setText(tr("Not connected"));
        return;
    }
    const QString network = context().networkDisplayName();
    m_connection->setText(network.isEmpty() ? m_watched->statusText()
                                            : tr("%1 · %2").arg(network, m_watched->statusText()));
}

void SettingsPage::updateNodeChoice()
{
    m_platformUrl->setEnabled(m_remote->isChecked());
    m_fingerprint->hide();
    m_trust->hide();
    m_testResult->clear();
    m_saveNote->hide();
}

QUrl SettingsPage::chosenUrl(QString *error) const
{
    if (m_local->isChecked()) {
        // The local network's node runs only while the app uses it: test the running one.
        const QString configured = QSettings().value(SettingsKeys::platformUrl()).toString();
        if (configured.isEmpty() && context().market && context().market->connected())
            return context().market->nodeUrl();
        *error = tr("The local network starts with Flashback; save and restart to use it.");
        return {};
    }
    const QString text = m_platformUrl->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        *error =
            text.isEmpty()
                ? tr("Enter the node's address, e.g. https://node.example.org.")
                : tr("“%1” is not a node address. Use http:// or https:// followed by the host.")
                      .arg(text);
        return {};
    }
    return url;
}

void SettingsPage::testConnection()
{
    m_fingerprint->hide();
    m_trust->hide();
    m_untrusted = QSslCertificate();
    QString error;
    const QUrl url = chosenUrl(&error);
    if (!url.isValid()) {
        m_testResult->setText(error);
        Q_EMIT connectionTested(false);
        return;
    }
    if (!m_probe)
        m_probe = new NodeProbe(this);
    m_probeUrl = url;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(url.toString(QUrl::RemoveUserInfo)));
    const QByteArray pin = QByteArray::fromHex(
        QSettings().value(SettingsKeys::platformCertificatePin(url)).toByteArray());
    m_probe->probe(url, pin, this, [this, url](Result<NodeHealth> r) {
        m_test->setEnabled(true);
        if (r.ok()) {
            m_testResult->setText(r->version.isEmpty()
                                      ? tr("Connected: the node at %1 answers.").arg(url.host())
                                      : tr("Connected: the node at %1 answers (version %2).")
                                            .arg(url.host(), r->version));
            Q_EMIT connectionTested(true);
            return;
        }
        const Error e = r.error();
        if (e.code != QLatin1String("tls")) {
            m_testResult->setText(tr("Cannot connect: %1").arg(e.message));
            Q_EMIT connectionTested(false);
            return;
        }
        // A certificate this computer does not trust (or not the pinned one): show it, so the
        // user can compare the fingerprint with the one the node's operator gives.
        m_testResult->setText(tr("The node's certificate is not trusted: %1").arg(e.message));
        m_probe->certificate(this, [this](Result<QSslCertificate> cert) {
            if (cert) {
                m_untrusted = *cert;
                const QByteArray sha = NodeProbe::fingerprint(*cert);
                m_fingerprint->setText(
                    tr("Certificate for “%1”, SHA-256 fingerprint:\n%2\nTrust it only if the "
                       "node's "
                       "operator gave you this same fingerprint.")
                        .arg(cert->subjectDisplayName(), fingerprintText(sha)));
                m_fingerprint->show();
                m_trust->show();
            }
            Q_EMIT connectionTested(false);
        });
    });
}

void SettingsPage::trustCertificate()
{
    if (m_untrusted.isNull() || !m_probeUrl.isValid())
        return;
    const QByteArray sha = NodeProbe::fingerprint(m_untrusted);
    QSettings().setValue(SettingsKeys::platformCertificatePin(m_probeUrl),
                         QString::fromLatin1(sha.toHex()));
    m_trust->hide();
    m_fingerprint->setText(tr("Trusted certificate %1.").arg(fingerprintText(sha)));
    testConnection();
}

void SettingsPage::save()
{
    QString url;
    if (m_remote->isChecked()) {
        QString error;
        QUrl parsed = chosenUrl(&error);
        if (!parsed.isValid()) {
            m_testResult->setText(error);
            return;
        }
        if (parsed.path() == QLatin1String("/"))
            parsed.setPath(QString());
        url = parsed.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    }
    QSettings settings;
    const bool changed = settings.value(SettingsKeys::platformUrl()).toString() != url;
    settings.setValue(SettingsKeys::platformUrl(), url);
    settings.sync();
    m_saveNote->setText(changed ? (url.isEmpty() ? tr("Saved: switching to the local network…")
                                                 : tr("Saved: connecting to %1…").arg(url))
                                : tr("Saved. This is the node already in use."));
    m_saveNote->show();
    Q_EMIT platformUrlChanged(url);
}

} // namespace fb::ui
