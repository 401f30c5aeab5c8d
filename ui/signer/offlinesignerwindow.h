// OfflineSignerWindow: the air-gapped mode's whole app (flashback --offline-signer): the wallet
// and the transaction signer under a banner that says no network is used. The composition root
// gives it an AppContext with the wallet only: no node, no API client, no sync.
#pragma once

#include "ui/appcontext.h"

#include <QMainWindow>

class QTabWidget;

namespace fb::ui {

class SignerWindow;

class OfflineSignerWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit OfflineSignerWindow(AppContext &context, QWidget *parent = nullptr);
    SignerWindow *signer() const { return m_signer; }
    // "signer" or "wallet".
    bool showTab(const QString &id);

private:
    QTabWidget *m_tabs;
    SignerWindow *m_signer;
};

} // namespace fb::ui
