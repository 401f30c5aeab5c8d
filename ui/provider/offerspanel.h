// OffersPanel: the provider's own offers in a sortable table (ProviderOffersModel) with New,
// Edit, Duplicate and Withdraw. A locked offer (an open deal uses it) says so and names the
// deals; Edit and Withdraw explain why they are off. Withdraw asks first.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace fb::ui {

class OfferEditorDialog;
class ProviderSession;

class OffersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OffersPanel(ProviderSession *session, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    QString selectedOfferId() const;

public Q_SLOTS:
    void newOffer();
    void editOffer();
    void duplicateOffer();
    void withdrawOffer();

Q_SIGNALS:
    // An editor opened (a pricing assistant may attach itself to it).
    void editorOpened(fb::ui::OfferEditorDialog *editor);
    void offerPublished(const QString &offerId);

private:
    void updateActions();
    void openEditor(int mode, const QString &offerId);

    ProviderSession *m_session;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QStackedWidget *m_stack;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_withdraw;
    QLabel *m_lockNote;
    QLabel *m_error;
};

} // namespace fb::ui
