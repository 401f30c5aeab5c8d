// ShareLinkDialog: a presigned link to a stored file, its expiry and a Copy button.
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QUrl>

namespace fb::ui {

class ShareLinkDialog : public QDialog
{
    Q_OBJECT
public:
    ShareLinkDialog(const QString &fileName, const QUrl &url, const QDateTime &expires,
                    QWidget *parent = nullptr);
};

} // namespace fb::ui
