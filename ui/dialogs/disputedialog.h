// DisputeDialog: opening a dispute on one deal of an agreement. The user picks the deal (its
// provider named), what went wrong and the details; the deal's measured QoS since it started is
// fetched and shown as the evidence sent with the dispute (the node attaches its own copy).
#pragma once

#include "wire/domain.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fb {
class ProviderService;
}

namespace fb::ui {

class DisputeDialog : public QDialog
{
    Q_OBJECT
public:
    struct Party
    {
        Deal deal;
        QString providerName;
    };
    // parties: the deals that may be disputed (Funded or Active); qos may be null (no evidence).
    DisputeDialog(const QList<Party> &parties, ProviderService *qos, QWidget *parent = nullptr);

    QString dealId() const;
    // The text sent as the dispute's reason: what went wrong, the details, the evidence seen.
    QString reason() const;
    // The evidence line of the chosen deal ("" until fetched).
    QString evidence() const { return m_evidenceText.value(dealId()); }

private:
    void dealChanged();
    void updateOk();

    QList<Party> m_parties;
    ProviderService *m_qos;
    QComboBox *m_deal;
    QComboBox *m_kind;
    QPlainTextEdit *m_details;
    QLabel *m_evidence;
    QPushButton *m_ok;
    QHash<QString, QString> m_evidenceText;
};

} // namespace fb::ui
