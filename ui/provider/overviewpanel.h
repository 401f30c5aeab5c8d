// OverviewPanel: the provider panel's first tab: who you are on the platform (name, role,
// reputation), the certification status in one line, the store you sell from, and "what next":
// the one or two steps that move the provider forward (request certification, publish a first
// offer, answer the deals waiting), each a button that goes there.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace fb::ui {

class ProviderSession;

class OverviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPanel(ProviderSession *session, QWidget *parent = nullptr);
    // The "what next" steps as shown, one per line.
    QString nextSteps() const;

Q_SIGNALS:
    void certificationRequested();
    void newOfferRequested();
    void inboxRequested();

private:
    void refresh();

    ProviderSession *m_session;
    QLabel *m_identity;
    QLabel *m_reputation;
    QLabel *m_certification;
    QLabel *m_storage;
    QLabel *m_next;
    QPushButton *m_certify;
    QPushButton *m_offer;
    QPushButton *m_inbox;
};

} // namespace fb::ui
