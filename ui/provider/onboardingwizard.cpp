#include "ui/provider/onboardingwizard.h"

#include "models/providerservice.h"
#include "ui/theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fb::ui {

namespace {

// A wizard page whose completeness the wizard decides.
class Page : public QWizardPage
{
public:
    explicit Page(std::function<bool()> complete, QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_complete(std::move(complete))
    {}
    bool isComplete() const override { return m_complete(); }
    void changed() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

QLabel *note(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

} // namespace

OnboardingWizard::OnboardingWizard(AppContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_probe(new StorageProbe(this))
{
    setObjectName(QStringLiteral("providerOnboarding"));
    setWindowFlags(Qt::Widget); // lives inside the Provider page
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoCancelButton);
    setButtonText(QWizard::FinishButton, tr("&Register"));
    setPage(BusinessPage, buildBusiness());
    setPage(StoragePage, buildStorage());
    setPage(ReviewPage, buildReview());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ReviewPage)
            updateReview();
    });
    connect(m_probe, &StorageProbe::step, m_probeStatus, &QLabel::setText);
    connect(m_probe, &StorageProbe::finished, this, [this](bool ok, const QString &message) {
        m_testedOk = ok;
        m_test->setEnabled(true);
        m_probeStatus->setText(
            ok ? QString(QStringLiteral("✔ ") + message)
               : QString(message + QLatin1Char(' ') + tr("Check the settings and test again.")));
        static_cast<Page *>(page(StoragePage))->changed();
        if (ok)
            button(QWizard::NextButton)->setFocus();
    });
}

QWizardPage *OnboardingWizard::buildBusiness()
{
    auto *page = new Page([this] {
        return !m_name->text().trimmed().isEmpty() && !m_contact->text().trimmed().isEmpty() &&
               !m_jurisdiction->text().trimmed().isEmpty();
    });
    page->setTitle(tr("Your business"));
    page->setSubTitle(tr("Consumers see this when they compare offers. You can change it later."));
    m_roleProvider = new QRadioButton(tr("&Storage provider: I sell storage capacity"), page);
    m_roleProvider->setObjectName(QStringLiteral("roleProvider"));
    m_roleProvider->setToolTip(tr("Publish storage offers that consumers buy in the Marketplace."));
    m_roleService = new QRadioButton(tr("Ser&vice vendor: I sell services to storage consumers "
                                        "(migration, analytics, compliance tools)"),
                                     page);
    m_roleService->setObjectName(QStringLiteral("roleService"));
    m_roleService->setToolTip(tr("Service vendors follow the same certification path and are "
                                 "listed in the Marketplace's Services tab."));
    m_roleProvider->setChecked(true);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("businessName"));
    m_name->setPlaceholderText(tr("e.g. Rhein Storage GmbH"));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("businessKind"));
    m_kind->addItem(tr("Cloud (data centres you run or rent)"), QStringLiteral("cloud"));
    m_kind->addItem(tr("DePIN network (Filecoin, Storj, AIOZ, …)"), QStringLiteral("depin"));
    m_kind->setToolTip(tr("How your storage is built: a classic cloud or a decentralised "
                          "network of nodes."));
    m_jurisdiction = new QLineEdit(page);
    m_jurisdiction->setObjectName(QStringLiteral("jurisdiction"));
    m_jurisdiction->setPlaceholderText(tr("Country or legal area: DE, EU, US-CA"));
    m_jurisdiction->setToolTip(tr("Where your business is registered: the law your contracts "
                                  "follow."));
    m_contact = new QLineEdit(page);
    m_contact->setObjectName(QStringLiteral("contact"));
    m_contact->setPlaceholderText(tr("ops@example.com"));
    m_contact->setToolTip(tr("How consumers and the platform's admins reach you."));
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlaceholderText(tr("What you offer, where your sites are, what makes you "
                                         "reliable."));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Jurisdiction:"), m_jurisdiction);
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(tr("&Description:"), m_description);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_roleProvider);
    layout->addWidget(m_roleService);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(note(tr("Name, jurisdiction and contact are required."), page));
    for (QLineEdit *e : {m_name, m_jurisdiction, m_contact})
        connect(e, &QLineEdit::textChanged, page, &Page::changed);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        // Follow the name in the suggested folder until the user typed their own.
        if (m_folder && m_folder->property("suggested").toBool() && !m_context.dataDir.isEmpty()) {
            m_folder->setText(StorageEndpoint::suggestedLocalFolder(m_context.dataDir, name));
            m_folder->setProperty("suggested", true);
        }
    });
    return page;
}

QWizardPage *OnboardingWizard::buildStorage()
{
    auto *page = new Page([this] { return m_testedOk; });
    page->setTitle(tr("Where you sell from"));
    page->setSubTitle(tr("The store your consumers' data goes to. Flashback tests it now: it "
                         "lists, writes, reads back and deletes a small probe object."));
    m_local = new QRadioButton(tr("A &local folder (development network)"), page);
    m_local->setObjectName(QStringLiteral("storageLocal"));
    m_local->setToolTip(tr("For trying things out on the local network: consumers on this "
                           "machine store into this folder."));
    m_s3 = new QRadioButton(tr("An S&3-compatible bucket"), page);
    m_s3->setObjectName(QStringLiteral("storageS3"));
    m_s3->setToolTip(tr("AWS S3, MinIO, Ceph, Wasabi, Storj's gateway or any store that speaks "
                        "the S3 API."));
    m_local->setChecked(true);

    m_storageForms = new QStackedWidget(page);
    auto *localForm = new QWidget(m_storageForms);
    m_folder = new QLineEdit(localForm);
    m_folder->setObjectName(QStringLiteral("storageFolder"));
    m_folder->setToolTip(tr("An absolute folder. On the embedded local network the node only "
                            "accepts folders under its demo-storage folder, as suggested."));
    if (!m_context.dataDir.isEmpty()) {
        m_folder->setText(StorageEndpoint::suggestedLocalFolder(m_context.dataDir, QString()));
        m_folder->setProperty("suggested", true);
    }
    connect(m_folder, &QLineEdit::textEdited, this,
            [this] { m_folder->setProperty("suggested", false); });
    auto *browse = new QPushButton(tr("&Browse…"), localForm);
    browse->setToolTip(tr("Choose the folder"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Storage folder"), m_folder->text());
        if (!dir.isEmpty()) {
            m_folder->setText(dir);
            m_folder->setProperty("suggested", false);
        }
    });
    // The folder row at the top of its page (the stack is as tall as the S3 form), right under
    // the choice, not floating in the middle.
    auto *localOuter = new QVBoxLayout(localForm);
    localOuter->setContentsMargins(0, 0, 0, 0);
    auto *localRow = new QHBoxLayout;
    localOuter->addLayout(localRow);
    localOuter->addStretch();
    localRow->addWidget(new QLabel(tr("&Folder:"), localForm));
    static_cast<QLabel *>(localRow->itemAt(0)->widget())->setBuddy(m_folder);
    localRow->addWidget(m_folder, 1);
    localRow->addWidget(browse);
    m_storageForms->addWidget(localForm);

    auto *s3Form = new QWidget(m_storageForms);
    m_s3Endpoint = new QLineEdit(s3Form);
    m_s3Endpoint->setObjectName(QStringLiteral("s3Endpoint"));
    m_s3Endpoint->setPlaceholderText(QStringLiteral("https://s3.eu-central-1.amazonaws.com"));
    m_s3Region = new QLineEdit(QStringLiteral("us-east-1"), s3Form);
    m_s3Region->setObjectName(QStringLiteral("s3Region"));
    m_s3Bucket = new QLineEdit(s3Form);
    m_s3Bucket->setObjectName(QStringLiteral("s3Bucket"));
    m_s3AccessKey = new QLineEdit(s3Form);
    m_s3AccessKey->setObjectName(QStringLiteral("s3AccessKey"));
    m_s3Secret = new QLineEdit(s3Form);
    m_s3Secret->setObjectName(QStringLiteral("s3Secret"));
    m_s3Secret->setEchoMode(QLineEdit::Password);
    m_s3Secret->setToolTip(tr("Kept in protected memory for this session only; never written "
                              "to disk. Flashback asks for it again when it needs it after a "
                              "restart."));
    auto *s3Layout = new QFormLayout(s3Form);
    s3Layout->setContentsMargins(0, 0, 0, 0);
    s3Layout->addRow(tr("&Endpoint:"), m_s3Endpoint);
    s3Layout->addRow(tr("&Region:"), m_s3Region);
    s3Layout->addRow(tr("&Bucket:"), m_s3Bucket);
    s3Layout->addRow(tr("&Access key:"), m_s3AccessKey);
    s3Layout->addRow(tr("&Secret key:"), m_s3Secret);
    m_storageForms->addWidget(s3Form);

    m_test = new QPushButton(tr("&Test the store"), page);
    m_test->setObjectName(QStringLiteral("testStorage"));
    m_test->setToolTip(tr("Lists, writes, reads back and deletes a probe object."));
    m_probeStatus = note(tr("Not tested yet: test the store to go on."), page);
    m_probeStatus->setObjectName(QStringLiteral("probeStatus"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_local);
    layout->addWidget(m_s3);
    layout->addWidget(m_storageForms);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_probeStatus, 1);
    layout->addLayout(testRow);
    layout->addStretch();

    connect(m_local, &QRadioButton::toggled, this, [this](bool local) {
        m_storageForms->setCurrentIndex(local ? 0 : 1);
        storageEdited();
    });
    for (QLineEdit *e : {m_folder, m_s3Endpoint, m_s3Region, m_s3Bucket, m_s3AccessKey, m_s3Secret})
        connect(e, &QLineEdit::textChanged, this, &OnboardingWizard::storageEdited);
    connect(m_test, &QPushButton::clicked, this, &OnboardingWizard::testStorage);
    return page;
}

QWizardPage *OnboardingWizard::buildReview()
{
    auto *page = new Page([this] { return !m_registering; });
    page->setTitle(tr("Register"));
    page->setSubTitle(tr("Register signs your business to your wallet's account on %1.")
                          .arg(m_context.networkDisplayName().isEmpty()
                                   ? tr("the platform")
                                   : m_context.networkDisplayName()));
    m_summary = note(QString(), page);
    m_summary->setObjectName(QStringLiteral("onboardingSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_registerError = note(QString(), page);
    m_registerError->setObjectName(QStringLiteral("registerError"));
    Theme::setTextColor(m_registerError, ThemeColor::Danger);
    m_registerError->hide();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(note(tr("Next, on your provider panel: request certification (an admin "
                              "reviews it), then publish your first offer."),
                           page));
    layout->addWidget(m_registerError);
    layout->addStretch();
    return page;
}

int OnboardingWizard::nextId() const
{
    switch (currentId()) {
    case BusinessPage:
        // A service vendor sells no storage: no endpoint to test.
        return m_roleService->isChecked() ? ReviewPage : StoragePage;
    case StoragePage:
        return ReviewPage;
    default:
        return -1;
    }
}

void OnboardingWizard::restartFresh()
{
    m_testedOk = false;
    m_registering = false;
    m_registerError->hide();
    restart();
}

Provider OnboardingWizard::entry() const
{
    Provider p;
    p.role = m_roleService->isChecked() ? QStringLiteral("service") : QStringLiteral("provider");
    p.name = m_name->text().trimmed();
    p.kind = m_kind->currentData().toString();
    p.jurisdiction = m_jurisdiction->text().trimmed();
    p.contact = m_contact->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    return p;
}

StorageEndpoint OnboardingWizard::endpoint() const
{
    StorageEndpoint e;
    if (m_local->isChecked()) {
        e.type = QStringLiteral("local");
        e.path = m_folder->text().trimmed();
        return e;
    }
    e.type = QStringLiteral("s3");
    e.endpoint = m_s3Endpoint->text().trimmed();
    e.region = m_s3Region->text().trimmed();
    e.bucket = m_s3Bucket->text().trimmed();
    e.accessKey = m_s3AccessKey->text().trimmed();
    QString secret = m_s3Secret->text();
    QByteArray utf8 = secret.toUtf8();
    e.secretKey = std::make_shared<const SecretBytes>(SecretBytes::fromBytes(utf8));
    SecretBytes::wipe(utf8);
    SecretBytes::wipe(secret);
    return e;
}

void OnboardingWizard::storageEdited()
{
    if (m_testedOk || m_probe->running()) {
        m_testedOk = false;
        m_probeStatus->setText(tr("Settings changed: test the store again to go on."));
    }
    static_cast<Page *>(page(StoragePage))->changed();
}

void OnboardingWizard::testStorage()
{
    const StorageEndpoint e = endpoint();
    if (!e.isValid()) {
        m_probeStatus->setText(e.type == QLatin1String("local")
                                   ? tr("Enter an absolute folder path.")
                                   : tr("Enter an http(s) endpoint, a bucket and an access key."));
        return;
    }
    m_testedOk = false;
    m_test->setEnabled(false);
    m_probe->start(e);
}

void OnboardingWizard::updateReview()
{
    const Provider p = entry();
    QString text =
        tr("%1 (%2), %3, contact %4.")
            .arg(p.name,
                 p.role == QLatin1String("service") ? tr("service vendor") : tr("storage provider"),
                 p.jurisdiction, p.contact);
    if (p.role != QLatin1String("service")) {
        const StorageEndpoint e = endpoint();
        text +=
            QLatin1Char('\n') + tr("Sells from: %1 (tested).")
                                    .arg(e.type == QLatin1String("local")
                                             ? e.path
                                             : QString(e.endpoint + QLatin1Char('/') + e.bucket));
    }
    m_summary->setText(text);
}

bool OnboardingWizard::focusNextPrevChild(bool next)
{
    // QWizard hides its pages and buttons for an instant while it updates the buttons, which it
    // does on every keystroke that may change a page's completeness. Qt then moves the focus
    // off the hidden field to the next widget that can take it. As a window of its own the
    // wizard has none, so the focus stays; embedded in the main window, the focus would go to
    // the sidebar after the first character typed. A field that is only hidden for that
    // instant keeps the keyboard; Tab and Shift+Tab from a visible field work as usual.
    if (QWidget *focus = QApplication::focusWidget();
        focus && isAncestorOf(focus) && !focus->isVisible() && isVisible())
        return true;
    return QWizard::focusNextPrevChild(next);
}

void OnboardingWizard::accept()
{
    if (m_registering)
        return;
    ProviderService *svc = m_context.providers;
    if (!svc) {
        m_registerError->setText(tr("Not connected to a platform node: check the status bar."));
        m_registerError->show();
        return;
    }
    m_registering = true;
    m_registerError->hide();
    static_cast<Page *>(page(ReviewPage))->changed();
    button(QWizard::FinishButton)->setEnabled(false);
    const Provider p = entry();
    svc->registerProvider(p, this, [this](Result<Provider> r) {
        m_registering = false;
        static_cast<Page *>(page(ReviewPage))->changed();
        button(QWizard::FinishButton)->setEnabled(true);
        if (!r) {
            m_registerError->setText(r.error().message);
            m_registerError->show();
            return;
        }
        const StorageEndpoint e =
            r->role == QLatin1String("service") ? StorageEndpoint() : endpoint();
        Q_EMIT registered(*r, e);
    });
}

} // namespace fb::ui
