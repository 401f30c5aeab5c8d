#include "ui/provider/certificationpanel.h"

#include "models/formats.h"

#include "models/providerservice.h"
#include "ui/provider/providersession.h"
#include "ui/theme.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <optional>

namespace fb::ui {

namespace {
QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}
} // namespace

CertificationPanel::CertificationPanel(ProviderSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("certificationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    QFont f = m_status->font();
    f.setBold(true);
    m_status->setFont(f);

    auto *box = new QGroupBox(tr("Certification request"), this);
    m_certifications = new QLineEdit(box);
    m_certifications->setObjectName(QStringLiteral("certCertifications"));
    m_certifications->setPlaceholderText(tr("ISO 27001, SOC 2"));
    m_certifications->setToolTip(tr("The certifications your business holds, separated by "
                                    "commas."));
    m_regions = new QLineEdit(box);
    m_regions->setObjectName(QStringLiteral("certRegions"));
    m_regions->setPlaceholderText(tr("eu-central-1, eu-west-1"));
    m_regions->setToolTip(tr("The regions your consumers' data may live in (at least one), "
                             "separated by commas."));
    m_dataProtection = new QPlainTextEdit(box);
    m_dataProtection->setObjectName(QStringLiteral("certDataProtection"));
    m_dataProtection->setPlaceholderText(tr("How you protect personal data: GDPR, where data is "
                                            "kept, who can access it."));
    m_dataProtection->setTabChangesFocus(true);
    m_dataProtection->setMaximumHeight(80);
    m_documents = new QListWidget(box);
    m_documents->setObjectName(QStringLiteral("certDocuments"));
    m_documents->setToolTip(tr("Links to your compliance documents. Del removes the selected "
                               "one."));
    m_documents->setMaximumHeight(90);
    m_newDocument = new QLineEdit(box);
    m_newDocument->setObjectName(QStringLiteral("certNewDocument"));
    m_newDocument->setPlaceholderText(tr("https://example.com/iso27001.pdf, then Enter"));
    auto *add = new QPushButton(tr("&Add"), box);
    add->setToolTip(tr("Adds the link to the documents"));
    m_preview = new QPushButton(tr("&Preview"), box);
    m_preview->setObjectName(QStringLiteral("certPreview"));
    m_preview->setToolTip(tr("Shows the selected document"));
    auto *remove = new QPushButton(tr("Re&move"), box);
    remove->setToolTip(tr("Removes the selected document (Del)"));
    m_submit = new QPushButton(tr("&Request certification"), box);
    m_submit->setObjectName(QStringLiteral("requestCertification"));
    m_submit->setToolTip(tr("Sends the request to the platform's admins, who review it."));
    m_error = new QLabel(box);
    m_error->setObjectName(QStringLiteral("certificationError"));
    m_error->setWordWrap(true);
    Theme::setTextColor(m_error, ThemeColor::Danger);
    m_error->hide();
    m_previewHost = new QWidget(this);
    m_previewHost->setObjectName(QStringLiteral("certPreviewHost"));
    new QVBoxLayout(m_previewHost);
    m_previewHost->layout()->setContentsMargins(0, 0, 0, 0);
    m_previewHost->hide();

    auto *docRow = new QHBoxLayout;
    docRow->addWidget(m_newDocument, 1);
    docRow->addWidget(add);
    auto *docButtons = new QHBoxLayout;
    docButtons->addWidget(m_preview);
    docButtons->addWidget(remove);
    docButtons->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Certifications:"), m_certifications);
    form->addRow(tr("Re&gions:"), m_regions);
    form->addRow(tr("&Data protection:"), m_dataProtection);
    form->addRow(tr("D&ocuments:"), m_documents);
    form->addRow(QString(), docButtons);
    // A row of a layout gets no buddy from addRow(): without one the label would show the
    // mnemonic's "&" instead of underlining the letter.
    auto *addLabel = new QLabel(tr("Add &link:"), box);
    addLabel->setBuddy(m_newDocument);
    form->addRow(addLabel, docRow);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    auto *submitRow = new QHBoxLayout;
    submitRow->addWidget(m_error, 1);
    submitRow->addWidget(m_submit);
    boxLayout->addLayout(submitRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(box);
    layout->addWidget(m_previewHost, 1);
    layout->addStretch();

    auto addDoc = [this] {
        const QUrl u(m_newDocument->text().trimmed(), QUrl::StrictMode);
        if (!u.isValid() ||
            (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))) {
            m_error->setText(tr("A document is an http(s) link, such as "
                                "https://example.com/iso27001.pdf."));
            m_error->show();
            return;
        }
        m_error->hide();
        m_documents->addItem(u.toString());
        m_documents->setCurrentRow(m_documents->count() - 1);
        m_newDocument->clear();
    };
    connect(add, &QPushButton::clicked, this, addDoc);
    connect(m_newDocument, &QLineEdit::returnPressed, this, addDoc);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_documents->currentItem(); });
    auto *del = new QAction(m_documents);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, [this] { delete m_documents->currentItem(); });
    m_documents->addAction(del);
    connect(m_preview, &QPushButton::clicked, this, &CertificationPanel::previewDocument);
    connect(m_documents, &QListWidget::itemActivated, this, &CertificationPanel::previewDocument);
    connect(m_submit, &QPushButton::clicked, this, &CertificationPanel::submit);
    connect(session, &ProviderSession::providerChanged, this, &CertificationPanel::refresh);
    refresh();
}

QString CertificationPanel::statusText() const
{
    return m_status->text();
}

void CertificationPanel::refresh()
{
    const Certification &c = m_session->provider().certification;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString text;
    std::optional<ThemeColor> color;
    if (c.status == QLatin1String("pending")) {
        text = tr("Pending: the platform's admins are reviewing your request (sent %1). Offers can "
                  "be published once it is approved.")
                   .arg(Formats().dateTime(c.requestedAt));
        m_submit->setText(tr("&Update the request"));
    } else if (c.status == QLatin1String("approved")) {
        const qint64 days = now.daysTo(c.expiresAt);
        const QString until = Formats().date(c.expiresAt);
        if (!c.isApproved(now)) {
            text = tr("Expired on %1: your offers are no longer listed. Request certification "
                      "again below.")
                       .arg(until);
            color = ThemeColor::Danger;
        } else if (days <= kExpiryWarningDays) {
            text = tr("Approved (%1 level), but it expires in %n day(s), on %2. Request a "
                      "renewal below so your offers stay listed.",
                      "", int(days))
                       .arg(c.level, until);
            color = ThemeColor::Warning;
        } else {
            text = tr("Approved: %1 level, valid until %2. You can publish offers.")
                       .arg(c.level, until);
            color = ThemeColor::Success;
        }
        m_submit->setText(tr("&Request a renewal"));
    } else if (c.status == QLatin1String("rejected")) {
        text = tr("Rejected: %1. Correct the request below and send it again.")
                   .arg(c.reason.isEmpty() ? tr("no reason given") : c.reason);
        color = ThemeColor::Danger;
        m_submit->setText(tr("&Resubmit"));
    } else {
        text = tr("Not certified yet. Consumers only see certified providers' offers: fill in "
                  "the request below and send it to the platform's admins.");
        m_submit->setText(tr("&Request certification"));
    }
    m_status->setText(text);
    if (color)
        Theme::setTextColor(m_status, *color);
    else
        Theme::clearTextColor(m_status);
    // The form starts from what was sent last time.
    if (m_certifications->text().isEmpty() && m_regions->text().isEmpty()) {
        m_certifications->setText(c.certifications.join(QStringLiteral(", ")));
        m_regions->setText(c.regions.join(QStringLiteral(", ")));
        m_dataProtection->setPlainText(c.dataProtection);
        m_documents->clear();
        m_documents->addItems(c.documents);
    }
}

void CertificationPanel::submit()
{
    ProviderService *svc = m_session->context().providers;
    if (!svc || m_busy)
        return;
    Certification request;
    request.certifications = splitList(m_certifications->text());
    request.regions = splitList(m_regions->text());
    request.dataProtection = m_dataProtection->toPlainText().trimmed();
    for (int i = 0; i < m_documents->count(); ++i)
        request.documents << m_documents->item(i)->text();
    if (request.regions.isEmpty()) {
        m_error->setText(tr("Name at least one region your consumers' data may live in."));
        m_error->show();
        m_regions->setFocus();
        return;
    }
    m_busy = true;
    m_submit->setEnabled(false);
    m_error->hide();
    svc->requestCertification(m_session->provider().id, request, this, [this](Result<Provider> r) {
        m_busy = false;
        m_submit->setEnabled(true);
        if (!r) {
            m_error->setText(r.error().message);
            m_error->show();
            return;
        }
        m_session->setProvider(*r);
    });
}

void CertificationPanel::previewDocument()
{
    QListWidgetItem *item = m_documents->currentItem();
    if (!item) {
        m_error->setText(tr("Select a document to preview."));
        m_error->show();
        return;
    }
    const QUrl url(item->text());
    const auto &make = m_session->context().documentView;
    if (!make) {
        QDesktopServices::openUrl(url);
        return;
    }
    QLayout *l = m_previewHost->layout();
    while (QLayoutItem *old = l->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    QWidget *view = make(url, m_previewHost);
    view->setMinimumHeight(240);
    l->addWidget(view);
    m_previewHost->show();
}

} // namespace fb::ui
