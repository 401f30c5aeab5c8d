#include "ui/pages/settingspage.h"

#include "models/logfile.h"
#include "ui/language.h"
#include "ui/settingskeys.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace fb::ui {

SettingsPage::SettingsPage(AppContext &context, QWidget *parent)
    : Page(QStringLiteral("settings"), context, parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_platformUrl(new QLineEdit(this))
    , m_connection(new QLabel(this))
    , m_languageNote(new QLabel(this))
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

    // Platform
    auto *platform = new QGroupBox(tr("Platform"), this);
    auto *pf = new QFormLayout(platform);
    m_platformUrl->setPlaceholderText(tr("Empty: run a local network on this computer"));
    m_platformUrl->setText(settings.value(SettingsKeys::platformUrl()).toString());
    m_platformUrl->setClearButtonEnabled(true);
    m_platformUrl->setAccessibleName(tr("Platform node URL"));
    m_platformUrl->setToolTip(
        tr("The address of a Flashback platform node, e.g. https://node.example.org. Leave it "
           "empty to use the local network that Flashback runs for you."));
    auto *apply = new QPushButton(tr("&Apply"), platform);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_platformUrl, 1);
    urlRow->addWidget(apply);
    pf->addRow(tr("Node &URL:"), urlRow);
    pf->addRow(tr("Connection:"), m_connection);
    static_cast<QLabel *>(pf->labelForField(urlRow))->setBuddy(m_platformUrl);

    // Data
    auto *data = new QGroupBox(tr("Data on this computer"), this);
    auto *df = new QFormLayout(data);
    auto *dir = new QLabel(context.dataDir, data);
    dir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *openDir = new QPushButton(tr("Open &folder"), data);
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(dir, 1);
    dirRow->addWidget(openDir);
    df->addRow(tr("Data folder:"), dirRow);
    auto *log = new QLabel(LogFile::currentPath(), data);
    log->setTextInteractionFlags(Qt::TextSelectableByMouse);
    df->addRow(tr("Log file:"), log);

    for (QGroupBox *box : {appearance, platform, data}) {
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
    connect(apply, &QPushButton::clicked, this, &SettingsPage::applyPlatformUrl);
    connect(m_platformUrl, &QLineEdit::returnPressed, this, &SettingsPage::applyPlatformUrl);
    connect(openDir, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(this->context().dataDir)); });
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

void SettingsPage::setConnectionText(const QString &text)
{
    m_connection->setText(text);
}

void SettingsPage::applyPlatformUrl()
{
    const QString url = m_platformUrl->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") &&
                                  parsed.scheme() != QLatin1String("http"))) {
            m_connection->setText(
                tr("“%1” is not a node address. Use http:// or https:// followed by the host.")
                    .arg(url));
            return;
        }
    }
    QSettings().setValue(SettingsKeys::platformUrl(), url);
    Q_EMIT platformUrlChanged(url);
}

} // namespace fb::ui
