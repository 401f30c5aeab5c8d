#include "ui/dialogs/signdialog.h"
#include "ui/theme.h"
#include "wallet/reviewtext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fb::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Long addresses in groups of four, easier to compare with another screen.
QString grouped(const QString &address)
{
    if (address.size() < 20)
        return esc(address);
    QStringList parts;
    for (qsizetype i = 0; i < address.size(); i += 4)
        parts << address.mid(i, 4);
    return QStringLiteral("<tt>%1</tt>").arg(esc(parts.join(QLatin1Char(' '))));
}

} // namespace

QString SignDialog::reviewHtml(const TxReview &r)
{
    QString h;
    if (r.testNetwork) {
        h += QStringLiteral("<p style='background:%1;color:%2;padding:4px'><b>%3</b></p>")
                 .arg(Theme::colorName(ThemeColor::DangerBanner),
                      Theme::colorName(ThemeColor::OnDangerBanner),
                      esc(SignDialog::tr("TEST NETWORK (%1): this money has no value.")
                              .arg(r.network)));
    }
    h += QStringLiteral("<table cellspacing='4'>");
    auto row = [&](const QString &k, const QString &v) {
        h += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>").arg(esc(k), v);
    };
    row(SignDialog::tr("Network"), esc(r.network));
    if (!r.source.isEmpty())
        row(SignDialog::tr("From"), grouped(r.source));
    int n = 0;
    for (const auto &l : r.lines) {
        QString v = QStringLiteral("<b>%1</b>").arg(esc(review::kindLabel(l.kind)));
        if (!l.amount.isEmpty())
            v += QStringLiteral(" %1 <small>(%2)</small>")
                     .arg(esc(l.amount),
                          esc(SignDialog::tr("%1 base units").arg(review::integer(l.amountBase))));
        if (!l.destination.isEmpty())
            v += QStringLiteral("<br>%1 %2").arg(esc(SignDialog::tr("to")), grouped(l.destination));
        for (const auto &d : l.details)
            v += QStringLiteral("<br><small>%1</small>").arg(esc(d));
        row(SignDialog::tr("Operation %1").arg(++n), v);
    }
    if (!r.fee.isEmpty())
        row(SignDialog::tr("Network fee"), esc(r.fee));
    if (!r.memo.isEmpty())
        row(SignDialog::tr("Memo"), esc(r.memo));
    if (!r.validity.isEmpty())
        row(SignDialog::tr("Valid"), esc(r.validity));
    if (!r.hash.isEmpty())
        row(SignDialog::tr("Transaction id"),
            QStringLiteral("<tt><small>%1</small></tt>").arg(esc(r.hash)));
    h += QStringLiteral("</table>");
    for (const auto &w : r.warnings) {
        const ThemeColor color = w.severity == TxReviewWarning::Danger    ? ThemeColor::Danger
                                 : w.severity == TxReviewWarning::Caution ? ThemeColor::Warning
                                                                          : ThemeColor::Info;
        h += QStringLiteral("<p style='color:%1'>⚠ %2</p>")
                 .arg(Theme::colorName(color), esc(w.text));
    }
    return h;
}

SignDialog::SignDialog(const TxReview &review, const QString &purpose, QWidget *parent)
    : SignDialog(QList<TxReview>{review}, purpose, parent)
{}

SignDialog::SignDialog(const QList<TxReview> &reviews, const QString &purpose, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Review and sign"));
    auto *intro = new QLabel(purpose, this);
    intro->setWordWrap(true);
    QStringList parts;
    for (int i = 0; i < reviews.size(); ++i) {
        QString part = reviewHtml(reviews[i]);
        if (reviews.size() > 1)
            part.prepend(QStringLiteral("<h3>%1</h3>")
                             .arg(tr("Transaction %1 of %2").arg(i + 1).arg(reviews.size())));
        parts << part;
    }
    auto *details = new QLabel(parts.join(QStringLiteral("<hr>")), this);
    details->setObjectName(QStringLiteral("review"));
    details->setWordWrap(true);
    // The review reads from the top (the test-network banner first), not centred in the space.
    details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    details->setAccessibleName(tr("Transaction review"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Wallet password"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    Theme::setTextColor(m_error, ThemeColor::Danger);
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons = buttons;
    m_sign = buttons->addButton(tr("&Sign and pay"), QDialogButtonBox::AcceptRole);
    m_sign->setObjectName(QStringLiteral("sign"));
    m_sign->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_sign->setEnabled(!t.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    m_passwordLabel = new QLabel(tr("Wallet &password:"), this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    m_unlockedNote = new QLabel(tr("The wallet is unlocked: signing uses it without asking for "
                                   "the password again."),
                                this);
    m_unlockedNote->setObjectName(QStringLiteral("unlockedNote"));
    m_unlockedNote->setWordWrap(true);
    m_unlockedNote->hide();
    form->addRow(m_unlockedNote);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_password->setFocus();
    resize(620, 520);
}

SignDialog::~SignDialog()
{
    m_password->clear();
}

QPushButton *SignDialog::addAlternative(const QString &text, const QString &toolTip, int result)
{
    auto *b = m_buttons->addButton(text, QDialogButtonBox::ActionRole);
    b->setToolTip(toolTip);
    b->setAutoDefault(false);
    connect(b, &QPushButton::clicked, this, [this, result] {
        m_password->clear();
        done(result);
    });
    return b;
}

SecretBytes SignDialog::takePassword()
{
    QString text = m_password->text();
    QByteArray utf8 = text.toUtf8();
    SecretBytes s = SecretBytes::fromBytes(utf8);
    SecretBytes::wipe(utf8);
    SecretBytes::wipe(text);
    m_password->clear();
    return s;
}

void SignDialog::useUnlockedSession(std::shared_ptr<const SecretBytes> password)
{
    m_kept = std::move(password);
    const bool kept = m_kept != nullptr;
    m_password->setVisible(!kept);
    m_passwordLabel->setVisible(!kept);
    m_unlockedNote->setVisible(kept);
    m_sign->setEnabled(kept || !m_password->text().isEmpty());
    if (kept)
        m_sign->setFocus();
}

std::shared_ptr<const SecretBytes> SignDialog::password()
{
    if (m_kept)
        return m_kept;
    return std::make_shared<const SecretBytes>(takePassword());
}

void SignDialog::showError(const QString &message)
{
    if (m_kept)
        useUnlockedSession(nullptr);
    m_error->setText(message);
    m_password->setFocus();
}

} // namespace fb::ui
