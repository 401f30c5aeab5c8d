// The storage agreement a payment funds, as a signing request states it, in words: the offline
// signer shows it beside the payment's review (providers, size, duration, redundancy, price, and
// when the request was made), so the person signing sees what the money buys.
#pragma once

#include "wallet/offlinetx.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace fb::ui {

class SlaTermsView
{
    Q_DECLARE_TR_FUNCTIONS(SlaTermsView)
public:
    // An HTML table of terms (empty when the request carried none).
    static QString html(const offlinetx::ExporterContext &context);
    // The same as plain lines (for tests and screen readers).
    static QString text(const offlinetx::ExporterContext &context);

private:
    static QList<std::pair<QString, QString>> rows(const offlinetx::ExporterContext &context);
};

} // namespace fb::ui
