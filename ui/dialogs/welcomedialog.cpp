#include "ui/dialogs/welcomedialog.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QVBoxLayout>

namespace fb::ui {

namespace {

// The style draws no focus frame on a flat command link: with Tab, the user would not see which
// role Enter picks. This one draws the frame in the palette's highlight.
class FocusedCommandLink : public QCommandLinkButton
{
public:
    using QCommandLinkButton::QCommandLinkButton;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QCommandLinkButton::paintEvent(event);
        if (!hasFocus())
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
    }
};

} // namespace

namespace {
// QSettings: true once the user asked not to see the first-start greeting again.
QString welcomeDoneKey()
{
    return QStringLiteral("ui/welcomeDone");
}
} // namespace

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_dontShow(new QCheckBox(tr("&Don't show this again at start"), this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Flashback"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/flashback.svg")).pixmap(48, 48));
    auto *title = new QLabel(tr("<h2>Welcome to Flashback</h2>"), this);
    auto *head = new QHBoxLayout;
    head->addWidget(icon);
    head->addWidget(title, 1);

    auto *what = new QLabel(tr("Flashback is a marketplace for storage: buy space from clouds and "
                               "decentralised networks under an agreement that states price, "
                               "duration and quality, keep your files encrypted across several "
                               "providers, and pay from the wallet built into the app."),
                            this);
    what->setWordWrap(true);

    auto *dev = new QLabel(tr("<b>This is a development network.</b> Its money is play money: "
                              "tokens and card payments here have no value, and nothing you do "
                              "costs real funds."),
                           this);
    dev->setObjectName(QStringLiteral("developmentNetworkNote"));
    dev->setWordWrap(true);
    dev->setFrameShape(QFrame::StyledPanel);
    dev->setMargin(8);
    dev->setAutoFillBackground(true);
    QPalette dp = dev->palette();
    QColor tint = dp.color(QPalette::Highlight);
    tint.setAlpha(40);
    dp.setColor(QPalette::Window, tint);
    dev->setPalette(dp);

    auto *how = new QLabel(tr("Choose how you start; you can switch at any time:"), this);
    how->setWordWrap(true);

    struct RoleButton
    {
        QString role;
        QString title;
        QString text;
    };
    const RoleButton roles[] = {
        {QStringLiteral("consumer"), tr("Consumer: buy storage"),
         tr("Compare offers in the Marketplace, agree an SLA and keep your files.")},
        {QStringLiteral("provider"), tr("Provider: sell storage"),
         tr("Register your storage, publish offers and accept agreements.")},
        {QStringLiteral("signer"), tr("Offline signer: sign transactions"),
         tr("Review and sign transactions with keys kept away from the network.")},
    };
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(what);
    layout->addWidget(dev);
    layout->addWidget(how);
    for (const RoleButton &r : roles) {
        auto *b = new FocusedCommandLink(r.title, r.text, this);
        b->setObjectName(QStringLiteral("welcome_") + r.role);
        b->setAccessibleDescription(r.text);
        connect(b, &QCommandLinkButton::clicked, this, [this, role = r.role] {
            Q_EMIT roleChosen(role);
            accept();
        });
        layout->addWidget(b);
    }
    m_dontShow->setChecked(true);
    m_dontShow->setToolTip(tr("Help > Welcome shows this again"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Close's role (Esc starts too), without the style's close icon: Start is not a cancel.
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Start"));
    buttons->button(QDialogButtonBox::Close)->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_dontShow, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    setMinimumWidth(600);
}

void WelcomeDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Wrapped labels and command links need the height of their width. The platform caps a
    // new window at two thirds of the screen's height (426 px of a 640 px screen), which cut
    // the longer German lines off; the greeting takes the height its text needs.
    if (layout() && layout()->hasHeightForWidth()) {
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

bool WelcomeDialog::shouldShowAtStart()
{
    return !QSettings().value(welcomeDoneKey(), false).toBool();
}

void WelcomeDialog::setShowAtStart(bool show)
{
    QSettings().setValue(welcomeDoneKey(), !show);
}

void WelcomeDialog::done(int result)
{
    setShowAtStart(!m_dontShow->isChecked());
    QDialog::done(result);
}

} // namespace fb::ui
