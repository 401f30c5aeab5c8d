// OnboardingWizard: how a signed-in account becomes a provider (or a service vendor): the
// business, the storage endpoint it sells from (tested live before going on), then registration
// on the node. Shown inside the Provider page (not a separate window) while the account has no
// provider record. registered() carries the new record and the endpoint (with its secret).
#pragma once

#include "ui/appcontext.h"
#include "ui/provider/storageendpoint.h"
#include "wire/domain.h"

#include <QWizard>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace fb::ui {

class OnboardingWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { BusinessPage, StoragePage, ReviewPage };

    explicit OnboardingWizard(AppContext &context, QWidget *parent = nullptr);

    Provider entry() const;
    StorageEndpoint endpoint() const;
    bool storageTested() const { return m_testedOk; }
    int nextId() const override;
    // Clears every field for another registration (after a sign-out).
    void restartFresh();

Q_SIGNALS:
    void registered(const fb::Provider &provider, const fb::ui::StorageEndpoint &endpoint);

public Q_SLOTS:
    void accept() override;

protected:
    bool focusNextPrevChild(bool next) override;

private:
    QWizardPage *buildBusiness();
    QWizardPage *buildStorage();
    QWizardPage *buildReview();
    void testStorage();
    void storageEdited();
    void updateReview();

    AppContext &m_context;
    // business
    QRadioButton *m_roleProvider;
    QRadioButton *m_roleService;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_jurisdiction;
    QLineEdit *m_contact;
    QPlainTextEdit *m_description;
    // storage
    QRadioButton *m_local;
    QRadioButton *m_s3;
    QStackedWidget *m_storageForms;
    QLineEdit *m_folder;
    QLineEdit *m_s3Endpoint;
    QLineEdit *m_s3Region;
    QLineEdit *m_s3Bucket;
    QLineEdit *m_s3AccessKey;
    QLineEdit *m_s3Secret;
    QPushButton *m_test;
    QLabel *m_probeStatus;
    StorageProbe *m_probe;
    bool m_testedOk = false;
    // review
    QLabel *m_summary;
    QLabel *m_registerError;
    bool m_registering = false;
};

} // namespace fb::ui
