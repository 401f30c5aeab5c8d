// Our side of the BC-UR interop test (interop.js "ur"): QR images to text and back with libzbar
// and libqrencode, and our UR encoder and decoder, so the script can put them face to face with
// an independent UR implementation.
//   ur_peer read IMAGE|DIR...          prints the text of every QR code, one a line
//   ur_peer write DIR                  stdin lines -> DIR/frame-001.png, ... (upper case)
//   ur_peer encode TYPE HEX MAX COUNT  prints COUNT parts of our encoder
//   ur_peer decode                     stdin lines -> {"type", "hex", "used"} once complete
#include "qr/qrcode.h"
#include "wallet/ur.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace fb;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream in(stdin);
    const QString cmd = args.value(0);
    if (cmd == QLatin1String("read")) {
        for (const QString &a : args.mid(1)) {
            QStringList files{a};
            if (QFileInfo(a).isDir()) {
                files.clear();
                for (const QString &f :
                     QDir(a).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name))
                    files << QDir(a).filePath(f);
            }
            for (const QString &f : files)
                for (const QString &t : qr::decodeFile(f))
                    out << t << '\n';
        }
        return 0;
    }
    if (cmd == QLatin1String("write")) {
        QDir().mkpath(args.value(1));
        int n = 0;
        while (!in.atEnd()) {
            const QString line = in.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QString path =
                QDir(args.value(1))
                    .filePath(QStringLiteral("frame-%1.png").arg(++n, 3, 10, QLatin1Char('0')));
            if (!qr::encode(line.toUpper(), 4).save(path))
                return 1;
        }
        out << n << '\n';
        return 0;
    }
    if (cmd == QLatin1String("encode")) {
        ur::Encoder enc(
            ur::Ur::fromBytes(args.value(1), QByteArray::fromHex(args.value(2).toLatin1())),
            args.value(3).toInt());
        for (int i = 0; i < args.value(4).toInt(); ++i)
            out << enc.nextPart() << '\n';
        return 0;
    }
    if (cmd == QLatin1String("decode")) {
        ur::Decoder dec;
        int used = 0;
        while (!in.atEnd() && !dec.isComplete()) {
            const QString line = in.readLine().trimmed();
            if (!line.isEmpty() && dec.receivePart(line))
                ++used;
        }
        auto payload = dec.payload();
        QJsonObject o{
            {QStringLiteral("type"), dec.type()},
            {QStringLiteral("used"), used},
            {QStringLiteral("hex"), payload ? QString::fromLatin1(payload->toHex()) : QString()},
            {QStringLiteral("error"), payload ? QString() : payload.error().message}};
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return payload ? 0 : 1;
    }
    std::fputs("usage: ur_peer read|write|encode|decode ...\n", stderr);
    return 2;
}
