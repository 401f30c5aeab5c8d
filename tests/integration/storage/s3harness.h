// S3rverProcess: a real S3 server for the storage integration tests: the npm package s3rver
// (tests/node_modules), started on a free loopback port with its data in a private temporary
// directory, silent. It checks SigV4 signatures with the key pair S3RVER / S3RVER.
#pragma once

#include "storage/s3client.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fbtest {

class S3rverProcess
{
public:
    ~S3rverProcess();
    // Starts s3rver (same port again when restarting after stop()).
    bool start(QString *error);
    void stop();
    bool isRunning() const;
    int port() const { return m_port; }
    QString directory() const { return m_dir.path(); }
    // A client config for this server and bucket, with credentials S3RVER / S3RVER.
    fb::storage::S3Config config(const QString &bucket) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

QString sourceDir();
// Runs node with script and stdin; returns stdout, or an empty array and error.
QByteArray runNode(const QString &script, const QByteArray &input, QString *error);
// Makes a file of size bytes of pseudo-random content.
bool makeFile(const QString &path, qint64 size, quint32 seed);
bool sameFiles(const QString &a, const QString &b);

} // namespace fbtest
