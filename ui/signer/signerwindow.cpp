#include "ui/signer/signerwindow.h"

#include "ui/signer/slatermsview.h"

#include "models/walletservice.h"
#include "ui/dialogs/passwordprompt.h"
#include "ui/dialogs/signdialog.h"
#include "ui/signer/qrio.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace fb::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString grouped(const QString &address)
{
    if (address.size() < 20)
        return esc(address);
    QStringList parts;
    for (qsizetype i = 0; i < address.size(); i += 4)
        parts << address.mid(i, 4);
    return QStringLiteral("<tt>%1</tt>").arg(esc(parts.join(QLatin1Char(' '))));
}

QString chainTitle(offlinetx::Chain c)
{
    switch (c) {
    case offlinetx::Chain::Stellar:
        return SignerWindow::tr("Stellar transaction");
    case offlinetx::Chain::Algorand:
        return SignerWindow::tr("Algorand transaction");
    case offlinetx::Chain::Bitcoin:
        return SignerWindow::tr("Bitcoin transaction (PSBT)");
    case offlinetx::Chain::Starknet:
        return SignerWindow::tr("Starknet transaction (INVOKE v3)");
    }
    return {};
}

} // namespace

SignerWindow::SignerWindow(WalletService *wallet, QWidget *parent)
    : QWidget(parent)
    , m_wallet(wallet)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_fileSource(new FileSource(this))
    , m_fileSink(new FileSink(this))
    , m_clipboardSink(new ClipboardSink(this))
    , m_qrSource(new QrSource(this))
    , m_qrSink(new QrSink(this))
{
    setObjectName(QStringLiteral("signerWindow"));
    setWindowTitle(tr("Sign a transaction"));
    setAcceptDrops(true);

    auto *intro = new QLabel(
        tr("Open, paste or scan an unsigned transaction, read what it does, sign it with your "
           "wallet password, then save, copy or show as QR codes the signed result for the "
           "online computer."),
        this);
    intro->setWordWrap(true);

    // 1. Input.
    auto *input = new QGroupBox(tr("1. Unsigned transaction"), this);
    m_sourceRow = new QHBoxLayout;
    m_paste = new QPlainTextEdit(input);
    m_paste->setObjectName(QStringLiteral("pasteInput"));
    m_paste->setPlaceholderText(tr("Paste the transaction here (base64 Stellar XDR, base64 "
                                   "Algorand msgpack, base64 PSBT, Starknet INVOKE v3 JSON or "
                                   "a signing request), or drop its file on this window."));
    m_paste->setAccessibleName(tr("Pasted transaction text"));
    m_paste->setToolTip(tr("Paste an unsigned transaction as text; it is read as you paste"));
    m_paste->setTabChangesFocus(true);
    m_paste->setMaximumHeight(80);
    m_origin = new QLabel(input);
    m_origin->setObjectName(QStringLiteral("origin"));
    m_origin->setWordWrap(true);
    m_error = new QLabel(input);
    m_error->setObjectName(QStringLiteral("inputError"));
    m_error->setWordWrap(true);
    Theme::setTextColor(m_error, ThemeColor::Danger);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->hide();
    auto *inputLayout = new QVBoxLayout(input);
    inputLayout->addLayout(m_sourceRow);
    inputLayout->addWidget(m_paste);
    inputLayout->addWidget(m_origin);
    inputLayout->addWidget(m_error);

    // What the payload does not say: the Stellar network, the Bitcoin network, the account.
    auto *options = new QFormLayout;
    m_stellarNetwork = new QComboBox(this);
    m_stellarNetwork->setObjectName(QStringLiteral("stellarNetwork"));
    m_stellarNetwork->addItem(tr("Public network"), QStringLiteral("public"));
    m_stellarNetwork->addItem(tr("Test network"), QStringLiteral("testnet"));
    m_stellarNetwork->addItem(tr("Futurenet"), QStringLiteral("futurenet"));
    m_stellarNetwork->addItem(tr("Other (passphrase)"), QStringLiteral("custom"));
    m_stellarNetwork->setToolTip(tr("A Stellar envelope does not say its network: the signature "
                                    "is only valid on the network chosen here"));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("stellarPassphrase"));
    m_passphrase->setPlaceholderText(tr("Network passphrase"));
    m_passphrase->setToolTip(tr("The passphrase of the Stellar network the transaction is for"));
    m_passphrase->hide();
    auto *stellarRow = new QHBoxLayout;
    stellarRow->addWidget(m_stellarNetwork);
    stellarRow->addWidget(m_passphrase, 1);
    m_stellarNetworkLabel = new QLabel(tr("Stellar &network:"), this);
    m_stellarNetworkLabel->setBuddy(m_stellarNetwork);
    options->addRow(m_stellarNetworkLabel, stellarRow);
    m_bitcoinNetwork = new QComboBox(this);
    m_bitcoinNetwork->setObjectName(QStringLiteral("bitcoinNetwork"));
    m_bitcoinNetwork->addItem(tr("Bitcoin mainnet"), QStringLiteral("mainnet"));
    m_bitcoinNetwork->addItem(tr("Bitcoin testnet"), QStringLiteral("testnet"));
    m_bitcoinNetwork->setToolTip(tr("Chosen from the inputs' derivation paths; change it if the "
                                    "addresses look wrong"));
    m_bitcoinNetworkLabel = new QLabel(tr("Bitcoin n&etwork:"), this);
    m_bitcoinNetworkLabel->setBuddy(m_bitcoinNetwork);
    options->addRow(m_bitcoinNetworkLabel, m_bitcoinNetwork);
    m_index = new QSpinBox(this);
    m_index->setObjectName(QStringLiteral("accountIndex"));
    m_index->setRange(0, 0x7fffffff);
    m_index->setToolTip(tr("Which of the wallet's accounts signs (0 is the first). Bitcoin "
                           "signs every input that belongs to the wallet."));
    m_index->setMaximumWidth(140);
    m_stellarNetwork->setMinimumWidth(180);
    m_bitcoinNetwork->setMaximumWidth(220);
    auto *indexLabel = new QLabel(tr("&Account index:"), this);
    indexLabel->setBuddy(m_index);
    options->addRow(indexLabel, m_index);

    // 2. Review.
    auto *reviewBox = new QGroupBox(tr("2. Review"), this);
    m_validity = new QLabel(reviewBox);
    m_validity->setObjectName(QStringLiteral("validity"));
    m_validity->setWordWrap(true);
    m_validity->setTextFormat(Qt::RichText);
    m_review = new QTextBrowser(reviewBox);
    m_review->setObjectName(QStringLiteral("review"));
    m_review->setAccessibleName(tr("Transaction review"));
    m_review->setOpenLinks(false);
    m_review->setPlaceholderText(tr("Nothing to review yet: open a transaction file, drop one "
                                    "here or paste its text above."));
    auto *reviewLayout = new QVBoxLayout(reviewBox);
    reviewLayout->addWidget(m_validity);
    reviewLayout->addWidget(m_review, 1);
    auto *signRow = new QHBoxLayout;
    m_signButton = new QPushButton(tr("&Sign…"), reviewBox);
    m_signButton->setObjectName(QStringLiteral("sign"));
    m_signButton->setShortcut(QKeySequence(tr("Ctrl+Return")));
    m_signButton->setToolTip(tr("Sign with the wallet password after reading the review (%1)")
                                 .arg(m_signButton->shortcut().toString(QKeySequence::NativeText)));
    m_signButton->setEnabled(false);
    m_status = new QLabel(reviewBox);
    m_status->setObjectName(QStringLiteral("signStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    signRow->addWidget(m_signButton);
    signRow->addWidget(m_status, 1);
    reviewLayout->addLayout(signRow);

    // 3. Result.
    auto *resultBox = new QGroupBox(tr("3. Signed transaction"), this);
    m_result = new QPlainTextEdit(resultBox);
    m_result->setObjectName(QStringLiteral("signedText"));
    m_result->setReadOnly(true);
    m_result->setAccessibleName(tr("Signed transaction text"));
    m_result->setPlaceholderText(tr("The signed transaction appears here once signed."));
    m_result->setMaximumHeight(70);
    m_result->setTabChangesFocus(true);
    m_sinkRow = new QHBoxLayout;
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->addWidget(m_result);
    resultLayout->addLayout(m_sinkRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(input);
    layout->addLayout(options);
    layout->addWidget(reviewBox, 1);
    layout->addWidget(resultBox);

    addSource(m_fileSource);
    addSource(m_qrSource);
    m_sourceRow->addStretch(1);
    addSink(m_fileSink);
    addSink(m_clipboardSink);
    addSink(m_qrSink);
    m_sinkRow->addStretch(1);

    connect(m_paste, &QPlainTextEdit::textChanged, this, &SignerWindow::pastedTextChanged);
    connect(m_stellarNetwork, &QComboBox::currentIndexChanged, this, &SignerWindow::networkChanged);
    connect(m_passphrase, &QLineEdit::editingFinished, this, &SignerWindow::networkChanged);
    connect(m_bitcoinNetwork, &QComboBox::currentIndexChanged, this, &SignerWindow::networkChanged);
    connect(m_index, &QSpinBox::valueChanged, this, [this] {
        m_unlockedAccounts.reset();
        refresh();
    });
    connect(m_signButton, &QPushButton::clicked, this, &SignerWindow::sign);
    refresh();
    resize(760, 820);
}

SignerWindow::~SignerWindow() = default;

void SignerWindow::addSource(PayloadSource *source)
{
    source->setParent(this);
    auto *b = new QPushButton(source->label(), this);
    b->setObjectName(
        QStringLiteral("source_") +
        QString::fromLatin1(source->metaObject()->className()).section(QLatin1String("::"), -1));
    b->setToolTip(source->toolTip());
    if (!source->shortcut().isEmpty())
        b->setShortcut(source->shortcut());
    // Before the stretch that closes the row, once built.
    const int at =
        m_sourceRow->count() > 0 && m_sourceRow->itemAt(m_sourceRow->count() - 1)->spacerItem()
            ? m_sourceRow->count() - 1
            : m_sourceRow->count();
    m_sourceRow->insertWidget(at, b);
    connect(b, &QPushButton::clicked, source, [this, source] { source->request(this); });
    connect(source, &PayloadSource::loaded, this,
            [this](const QByteArray &bytes, const QString &origin) {
                m_loadingFile = true;
                loadBytes(bytes, origin);
                m_loadingFile = false;
            });
    connect(source, &PayloadSource::failed, this, &SignerWindow::showError);
}

void SignerWindow::addSink(PayloadSink *sink)
{
    sink->setParent(this);
    auto *b = new QPushButton(sink->label(), this);
    b->setObjectName(
        QStringLiteral("sink_") +
        QString::fromLatin1(sink->metaObject()->className()).section(QLatin1String("::"), -1));
    b->setToolTip(sink->toolTip());
    if (!sink->shortcut().isEmpty())
        b->setShortcut(sink->shortcut());
    b->setEnabled(m_signed);
    const int at = m_sinkRow->count() > 0 && m_sinkRow->itemAt(m_sinkRow->count() - 1)->spacerItem()
                       ? m_sinkRow->count() - 1
                       : m_sinkRow->count();
    m_sinkRow->insertWidget(at, b);
    m_sinkButtons << b;
    connect(b, &QPushButton::clicked, this, [this, sink] { deliver(sink); });
    connect(sink, &PayloadSink::delivered, this, [this](const QString &where) {
        m_exported = true;
        Theme::clearTextColor(m_status);
        m_status->setText(where);
        Q_EMIT exported(where);
    });
    connect(sink, &PayloadSink::failed, this, [this](const QString &message) {
        Theme::setTextColor(m_status, ThemeColor::Danger);
        m_status->setText(message);
    });
}

void SignerWindow::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

const offlinetx::Transaction *SignerWindow::transaction() const
{
    return m_tx ? &*m_tx : nullptr;
}

SignedPayload SignerWindow::signedPayload() const
{
    SignedPayload p;
    if (!m_tx || !m_signed)
        return p;
    p.bytes = offlinetx::encode(*m_tx, m_tx->form);
    p.text = offlinetx::encode(*m_tx, offlinetx::Form::Text);
    p.binary = offlinetx::encode(*m_tx, offlinetx::Form::Binary);
    p.chain = offlinetx::chainName(m_tx->chain);
    p.suggestedName = offlinetx::suggestedFileName(*m_tx);
    return p;
}

QString SignerWindow::reviewText() const
{
    return m_review->toPlainText();
}

QString SignerWindow::validityText() const
{
    QTextDocument d;
    d.setHtml(m_validity->text());
    return d.toPlainText();
}

QString SignerWindow::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

bool SignerWindow::loadFile(const QString &path)
{
    bool ok = false;
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(this, &SignerWindow::transactionLoaded, this, [&ok] { ok = true; });
    m_fileSource->read(path);
    disconnect(*once);
    return ok;
}

bool SignerWindow::loadBytes(const QByteArray &bytes, const QString &origin)
{
    if (m_busy)
        return false;
    const QString network = m_stellarNetwork->currentData().toString() == QLatin1String("custom")
                                ? m_passphrase->text()
                                : m_stellarNetwork->currentData().toString();
    auto tx = offlinetx::decode(bytes, network);
    if (!tx) {
        // Nothing is replaced: the transaction shown (if any) stays, the pasted text stays.
        QString message = tr("%1 is not a transaction this signer reads.").arg(origin);
        message += QLatin1Char(' ') + tx.error().message;
        if (m_tx)
            message += QLatin1Char(' ') + tr("The transaction shown below was not replaced.");
        showError(message);
        Q_EMIT loadFailed(message);
        return false;
    }
    if (m_signed && !m_exported) {
        QMessageBox box(QMessageBox::Question, tr("Replace the signed transaction?"),
                        tr("The transaction signed here has not been saved or copied yet. Load "
                           "the new one and drop that signature?"),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("replaceSigned"));
        auto *replace = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != replace)
            return false;
    }
    m_tx = std::move(*tx);
    m_signed = false;
    m_exported = false;
    m_unlockedAccounts.reset();
    m_keyedReviews.clear();
    if (!m_loadingFile) {
        // keep the pasted text as it is
    } else {
        const QSignalBlocker block(m_paste);
        m_paste->clear();
    }
    m_error->clear();
    m_error->hide();
    m_origin->setText(tr("Loaded from %1.").arg(origin));
    m_status->clear();
    m_result->clear();
    // The payload or its signing request may say the network.
    {
        const QSignalBlocker b1(m_stellarNetwork);
        const QSignalBlocker b2(m_bitcoinNetwork);
        if (m_tx->chain == offlinetx::Chain::Stellar) {
            const auto &n = m_tx->stellarNetwork;
            const int i = m_stellarNetwork->findData(n.known ? n.name : QStringLiteral("custom"));
            m_stellarNetwork->setCurrentIndex(qMax(0, i));
            if (!n.known)
                m_passphrase->setText(n.passphrase);
        }
        if (m_tx->chain == offlinetx::Chain::Bitcoin)
            m_bitcoinNetwork->setCurrentIndex(
                qMax(0, m_bitcoinNetwork->findData(m_tx->bitcoinNetwork)));
    }
    refresh();
    Q_EMIT transactionLoaded();
    return true;
}

void SignerWindow::pastedTextChanged()
{
    if (m_loadingFile)
        return;
    const QString text = m_paste->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_error->clear();
        m_error->hide();
        return;
    }
    loadBytes(text.toUtf8(), tr("the pasted text"));
}

void SignerWindow::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void SignerWindow::networkChanged()
{
    const bool custom = m_stellarNetwork->currentData().toString() == QLatin1String("custom");
    m_passphrase->setVisible(custom && m_tx && m_tx->chain == offlinetx::Chain::Stellar);
    if (!m_tx || m_signed)
        return;
    if (m_tx->chain == offlinetx::Chain::Stellar) {
        const QString name =
            custom ? m_passphrase->text() : m_stellarNetwork->currentData().toString();
        if (name.isEmpty())
            return;
        m_tx->stellarNetwork = stellar::network(name);
    } else if (m_tx->chain == offlinetx::Chain::Bitcoin) {
        m_tx->bitcoinNetwork = m_bitcoinNetwork->currentData().toString();
    }
    m_keyedReviews.clear();
    refresh();
}

offlinetx::OurAccounts SignerWindow::knownAccounts() const
{
    if (m_unlockedAccounts)
        return *m_unlockedAccounts;
    offlinetx::OurAccounts o;
    // Only the cached public address is known before the password (account 0).
    if (m_wallet && m_index->value() == 0) {
        o.stellar = m_wallet->stellarAddress();
        if (auto a = starknet::parseAddress(m_wallet->starknetAddress()))
            o.starknet = *a;
    }
    return o;
}

QString SignerWindow::validityHtml(const offlinetx::Validity &v) const
{
    QString head;
    ThemeColor color = ThemeColor::Success;
    switch (v.state) {
    case offlinetx::Validity::Open:
        head = tr("Valid now.");
        break;
    case offlinetx::Validity::NoExpiry:
        head = tr("Does not expire.");
        color = ThemeColor::Info;
        break;
    case offlinetx::Validity::NotYetValid:
        head = tr("Not valid yet.");
        color = ThemeColor::Warning;
        break;
    case offlinetx::Validity::ExpiringSoon:
        head = tr("Expires within a minute.");
        color = ThemeColor::Danger;
        break;
    case offlinetx::Validity::Expired:
        head = tr("Expired.");
        color = ThemeColor::Danger;
        break;
    case offlinetx::Validity::Unknown:
        head = tr("Cannot be checked offline.");
        color = ThemeColor::Warning;
        break;
    }
    return QStringLiteral("<p style='color:%1'><b>%2</b> %3</p>")
        .arg(Theme::colorName(color), esc(head), esc(v.text));
}

void SignerWindow::refresh()
{
    const bool stellarTx = m_tx && m_tx->chain == offlinetx::Chain::Stellar;
    const bool bitcoinTx = m_tx && m_tx->chain == offlinetx::Chain::Bitcoin;
    m_stellarNetwork->setVisible(stellarTx);
    m_stellarNetworkLabel->setVisible(stellarTx);
    m_passphrase->setVisible(stellarTx &&
                             m_stellarNetwork->currentData().toString() == QLatin1String("custom"));
    m_bitcoinNetwork->setVisible(bitcoinTx);
    m_bitcoinNetworkLabel->setVisible(bitcoinTx);
    m_stellarNetwork->setEnabled(!m_signed);
    m_passphrase->setEnabled(!m_signed);
    m_bitcoinNetwork->setEnabled(!m_signed);
    m_index->setEnabled(!m_signed && !m_busy);
    for (QPushButton *b : m_sinkButtons)
        b->setEnabled(m_signed);
    if (!m_tx) {
        m_review->clear();
        m_validity->clear();
        m_signButton->setEnabled(false);
        return;
    }
    const offlinetx::Validity v = offlinetx::validity(*m_tx, m_clock());
    m_validity->setText(validityHtml(v));

    QString h = QStringLiteral("<h3>%1</h3>").arg(esc(chainTitle(m_tx->chain)));
    if (m_tx->context.terms) {
        h += SlaTermsView::html(m_tx->context);
    } else if (!m_tx->context.summary.isEmpty()) {
        h +=
            QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(esc(tr("What the exporter says it is for:")),
                     esc(m_tx->context.summary).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Validity:")), esc(v.text));

    // The accounts that sign, this wallet's highlighted.
    const auto list = offlinetx::signers(*m_tx, knownAccounts());
    h += QStringLiteral("<p><b>%1</b></p><table cellspacing='3'>")
             .arg(esc(tr("Accounts that sign:")));
    for (const auto &s : list) {
        QString state = s.signedAlready ? tr("signed") : tr("signature needed");
        QString who = grouped(s.address);
        QString style;
        if (s.ours) {
            who = QStringLiteral("<b>%1</b>").arg(who);
            state += QStringLiteral(" · <b>%1</b>").arg(esc(tr("this wallet")));
            style = QStringLiteral(" style='background-color:%1'")
                        .arg(Theme::colorName(ThemeColor::NoticeBackground));
        }
        h += QStringLiteral("<tr%1><td>%2</td><td><small>%3</small></td><td>%4</td></tr>")
                 .arg(style, who, esc(s.role), s.ours ? state : esc(state));
    }
    h += QStringLiteral("</table>");
    if (!m_unlockedAccounts && m_tx->chain != offlinetx::Chain::Stellar) {
        h += QStringLiteral("<p><small>%1</small></p>")
                 .arg(esc(tr("This wallet's accounts are marked once the password opens it.")));
    }

    const QList<TxReview> rs =
        m_keyedReviews.isEmpty() ? offlinetx::reviews(*m_tx) : m_keyedReviews;
    for (int i = 0; i < rs.size(); ++i) {
        if (rs.size() > 1)
            h += QStringLiteral("<h4>%1</h4>")
                     .arg(esc(tr("Transaction %1 of %2").arg(i + 1).arg(rs.size())));
        h += SignDialog::reviewHtml(rs.at(i));
    }
    m_review->setHtml(h);

    bool anyToSign = false;
    for (const auto &s : list)
        anyToSign = anyToSign || !s.signedAlready;
    m_signButton->setEnabled(!m_signed && !m_busy && anyToSign);
    if (!anyToSign && !m_signed)
        m_status->setText(tr("Every required signature is already present: nothing to sign."));
}

bool SignerWindow::confirmRisks()
{
    const offlinetx::Validity v = offlinetx::validity(*m_tx, m_clock());
    QStringList reasons;
    if (v.state == offlinetx::Validity::Expired)
        reasons << tr("It has expired: the network will refuse it. %1").arg(v.text);
    else if (v.state == offlinetx::Validity::ExpiringSoon)
        reasons << tr("It expires within a minute and may be refused before it reaches the "
                      "network. %1")
                       .arg(v.text);
    for (const TxReview &r : offlinetx::reviews(*m_tx)) {
        for (const auto &w : r.warnings)
            if (w.severity == TxReviewWarning::Danger)
                reasons << w.text;
    }
    if (reasons.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Sign anyway?"), tr("Read this before signing:"),
                    QMessageBox::Cancel, this);
    box.setObjectName(v.needsConfirmation() ? QStringLiteral("expiryWarning")
                                            : QStringLiteral("dangerWarning"));
    box.setInformativeText(QStringLiteral("• ") + reasons.join(QStringLiteral("\n• ")));
    auto *anyway = box.addButton(tr("Sign anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

void SignerWindow::sign()
{
    if (!m_tx || m_busy || m_signed)
        return;
    if (!m_wallet || !m_wallet->exists()) {
        const QString message = tr("There is no wallet in this data folder: create or restore it "
                                   "on the Wallet page first.");
        Theme::setTextColor(m_status, ThemeColor::Danger);
        m_status->setText(message);
        Q_EMIT signFailed(message);
        return;
    }
    if (!confirmRisks())
        return;
    // An unlocked wallet signs without asking again (WalletSecurity keeps its password).
    auto password = walletPassword(this, m_wallet, tr("Unlock the wallet to sign"),
                                   tr("Wallet password (account %1):").arg(m_index->value()));
    if (!password)
        return;
    m_busy = true;
    Theme::clearTextColor(m_status);
    m_status->setText(tr("Opening the wallet…"));
    refresh();
    m_wallet->unlockAsync(password, this, [this](Result<keystore::Secrets> secrets) {
        m_busy = false;
        if (!secrets) {
            const QString message = secrets.error().code == QLatin1String("wrong_password")
                                        ? tr("The password does not open this wallet. Press "
                                             "Sign to try again.")
                                        : secrets.error().message;
            Theme::setTextColor(m_status, ThemeColor::Danger);
            m_status->setText(message);
            refresh();
            Q_EMIT signFailed(message);
            return;
        }
        finishSigning(std::move(*secrets));
    });
}

void SignerWindow::finishSigning(keystore::Secrets secrets)
{
    const quint32 index = quint32(m_index->value());
    if (auto ours = offlinetx::ourAccounts(secrets, index)) {
        // Finalising a PSBT drops the inputs' derivations: remember which addresses were ours.
        for (const auto &s : offlinetx::signers(*m_tx, *ours))
            if (s.ours && m_tx->chain == offlinetx::Chain::Bitcoin)
                ours->bitcoinAddresses << s.address;
        m_unlockedAccounts = *ours;
    }
    m_keyedReviews = offlinetx::reviews(*m_tx, &secrets, index);
    auto result = offlinetx::sign(*m_tx, secrets, index);
    if (!result) {
        Theme::setTextColor(m_status, ThemeColor::Danger);
        m_status->setText(result.error().message);
        refresh();
        Q_EMIT signFailed(result.error().message);
        return;
    }
    m_signed = true;
    Theme::setTextColor(m_status, ThemeColor::Success);
    m_status->setText(
        result->complete
            ? tr("Signed (%n signature(s) added); every required signature is present. Save or "
                 "copy it for the online computer.",
                 nullptr, result->signatures)
            : tr("Signed (%n signature(s) added); other accounts must still sign. Save or copy "
                 "it for the next signer.",
                 nullptr, result->signatures));
    m_result->setPlainText(QString::fromLatin1(offlinetx::encode(*m_tx, offlinetx::Form::Text)));
    refresh();
    Q_EMIT transactionSigned();
}

void SignerWindow::deliver(PayloadSink *sink)
{
    if (!m_signed)
        return;
    sink->deliver(this, signedPayload());
}

void SignerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *m = event->mimeData();
    if ((m->hasUrls() && !m->urls().isEmpty() && m->urls().first().isLocalFile()) || m->hasText())
        event->acceptProposedAction();
}

void SignerWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *m = event->mimeData();
    // Pictures of QR codes go to the QR reader (an animated code's frames, any number of them).
    static const QStringList pictures{QStringLiteral("png"),  QStringLiteral("jpg"),
                                      QStringLiteral("jpeg"), QStringLiteral("bmp"),
                                      QStringLiteral("gif"),  QStringLiteral("webp")};
    QStringList images;
    for (const QUrl &u : m->urls()) {
        if (u.isLocalFile() &&
            pictures.contains(QFileInfo(u.toLocalFile()).suffix(), Qt::CaseInsensitive))
            images << u.toLocalFile();
    }
    if (!images.isEmpty()) {
        m_qrSource->readImages(this, images);
        event->acceptProposedAction();
        return;
    }
    if (m->hasUrls() && !m->urls().isEmpty() && m->urls().first().isLocalFile()) {
        loadFile(m->urls().first().toLocalFile());
        event->acceptProposedAction();
    } else if (m->hasText()) {
        m_paste->setPlainText(m->text());
        event->acceptProposedAction();
    }
}

} // namespace fb::ui
