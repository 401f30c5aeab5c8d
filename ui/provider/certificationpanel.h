// CertificationPanel: the provider's certification: its status in words (none, pending,
// approved with level and expiry and a warning 30 days before it, rejected with the reason) and
// the request form (certifications, regions, data-protection statement, document URLs with a
// preview), which also resubmits after a rejection or before an expiry.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace fb::ui {

class ProviderSession;

class CertificationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CertificationPanel(ProviderSession *session, QWidget *parent = nullptr);
    // Days before expiry from which the panel warns.
    static constexpr int kExpiryWarningDays = 30;
    // The status sentence shown at the top ("Approved: standard level, valid until …").
    QString statusText() const;

private:
    void refresh();
    void submit();
    void previewDocument();

    ProviderSession *m_session;
    QLabel *m_status;
    QLineEdit *m_certifications;
    QLineEdit *m_regions;
    QPlainTextEdit *m_dataProtection;
    QListWidget *m_documents;
    QLineEdit *m_newDocument;
    QPushButton *m_preview;
    QPushButton *m_submit;
    QLabel *m_error;
    QWidget *m_previewHost;
    bool m_busy = false;
};

} // namespace fb::ui
