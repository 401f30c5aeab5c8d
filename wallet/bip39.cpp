#include "wallet/bip39.h"

#include "wallet/hashes.h"

#include <QFile>

#include <openssl/evp.h>
#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace fb::bip39 {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Splits guarded bytes into word views (no copies outside guarded memory).
std::vector<QByteArrayView> splitWords(const SecretBytes &phrase)
{
    std::vector<QByteArrayView> words;
    const char *p = reinterpret_cast<const char *>(phrase.data());
    const qsizetype n = qsizetype(phrase.size());
    qsizetype i = 0;
    while (i < n) {
        while (i < n && isSpace(p[i]))
            ++i;
        const qsizetype start = i;
        while (i < n && !isSpace(p[i]))
            ++i;
        if (i > start)
            words.emplace_back(p + start, i - start);
    }
    return words;
}

Result<std::vector<int>> indices(const SecretBytes &phrase)
{
    const auto words = splitWords(phrase);
    const auto count = words.size();
    if (count < 12 || count > 24 || count % 3 != 0) {
        return Result<std::vector<int>>::failure(
            QStringLiteral("bad_word_count"),
            QStringLiteral("A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %1.")
                .arg(count));
    }
    std::vector<int> out;
    out.reserve(count);
    for (std::size_t w = 0; w < count; ++w) {
        // Case-insensitive: compare lowered ASCII.
        char buf[16] = {};
        if (words[w].size() >= qsizetype(sizeof buf)) {
            return Result<std::vector<int>>::failure(
                QStringLiteral("unknown_word"),
                QStringLiteral("Word %1 is not in the BIP39 English word list.").arg(w + 1));
        }
        for (qsizetype k = 0; k < words[w].size(); ++k) {
            const char c = words[w][k];
            buf[k] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        }
        const int idx = wordIndex(QByteArrayView(buf, words[w].size()));
        sodium_memzero(buf, sizeof buf);
        if (idx < 0) {
            return Result<std::vector<int>>::failure(
                QStringLiteral("unknown_word"),
                QStringLiteral("Word %1 is not in the BIP39 English word list; check its spelling.")
                    .arg(w + 1));
        }
        out.push_back(idx);
    }
    return out;
}

SecretBytes joinWords(const std::vector<int> &idx)
{
    const auto &list = englishWords();
    std::size_t len = 0;
    for (int i : idx)
        len += std::size_t(list[i].size()) + 1;
    SecretBytes out(len - 1);
    std::size_t pos = 0;
    for (std::size_t k = 0; k < idx.size(); ++k) {
        const QString &w = list[idx[k]];
        for (QChar c : w)
            out.data()[pos++] = std::uint8_t(c.toLatin1());
        if (k + 1 < idx.size())
            out.data()[pos++] = ' ';
    }
    return out;
}

} // namespace

const QStringList &englishWords()
{
    static const QStringList words = [] {
        QFile f(QStringLiteral(":/wallet/bip39-english.txt"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("The BIP39 word list resource is missing");
        QStringList list =
            QString::fromLatin1(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (list.size() != 2048)
            qFatal("The BIP39 word list resource is damaged");
        return list;
    }();
    return words;
}

int wordIndex(QByteArrayView word)
{
    const auto &list = englishWords();
    // The list is sorted: binary search.
    int lo = 0, hi = int(list.size()) - 1;
    const QString w = QString::fromLatin1(word.data(), word.size());
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        const int c = QString::compare(list[mid], w);
        if (c == 0)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

Result<SecretBytes> generate(int words)
{
    if (words != 12 && words != 24) {
        return Result<SecretBytes>::failure(QStringLiteral("bad_word_count"),
                                            QStringLiteral("Choose 12 or 24 words."));
    }
    SecretBytes entropy(std::size_t(words == 12 ? 16 : 32));
    randombytes_buf(entropy.data(), entropy.size());
    return fromEntropy(entropy.view());
}

Result<SecretBytes> fromEntropy(QByteArrayView entropy)
{
    const auto n = entropy.size();
    if (n < 16 || n > 32 || n % 4 != 0) {
        return Result<SecretBytes>::failure(QStringLiteral("bad_entropy"),
                                            QStringLiteral("Entropy must be 16 to 32 bytes."));
    }
    const QByteArray check = hashes::sha256(entropy);
    const int bits = int(n) * 8 + int(n) / 4;
    auto bitAt = [&](int i) {
        const auto byte = i / 8 < n ? quint8(entropy[i / 8]) : quint8(check[i / 8 - int(n)]);
        return (byte >> (7 - i % 8)) & 1;
    };
    std::vector<int> idx;
    for (int w = 0; w < bits / 11; ++w) {
        int v = 0;
        for (int b = 0; b < 11; ++b)
            v = (v << 1) | bitAt(w * 11 + b);
        idx.push_back(v);
    }
    auto out = joinWords(idx);
    std::fill(idx.begin(), idx.end(), 0);
    return out;
}

Result<SecretBytes> toEntropy(const SecretBytes &phrase)
{
    auto idx = indices(phrase);
    if (!idx)
        return idx.error();
    const int totalBits = int(idx->size()) * 11;
    const int checkBits = totalBits / 33;
    const int entBytes = (totalBits - checkBits) / 8;
    SecretBytes all(std::size_t(entBytes + 1));
    for (int i = 0; i < totalBits; ++i) {
        const int bit = ((*idx)[std::size_t(i / 11)] >> (10 - i % 11)) & 1;
        all.data()[i / 8] |= std::uint8_t(bit << (7 - i % 8));
    }
    std::fill(idx->begin(), idx->end(), 0);
    SecretBytes entropy = SecretBytes::fromBytes(all.view().first(entBytes));
    const QByteArray check = hashes::sha256(entropy.view());
    const int mask = 0xff & ~(0xff >> checkBits);
    if ((quint8(check[0]) & mask) != (all.data()[entBytes] & mask)) {
        return Result<SecretBytes>::failure(
            QStringLiteral("bad_checksum"),
            QStringLiteral("The recovery phrase's checksum does not match: a word is wrong or the "
                           "words are out of order."));
    }
    return entropy;
}

Result<SecretBytes> normalise(const SecretBytes &phrase)
{
    auto entropy = toEntropy(phrase);
    if (!entropy)
        return entropy.error();
    return fromEntropy(entropy->view());
}

Result<SecretBytes> toSeed(const SecretBytes &phrase, const SecretBytes &passphrase)
{
    auto norm = normalise(phrase);
    if (!norm)
        return norm.error();
    // Salt: "mnemonic" + NFKD(passphrase).
    QString pass = QString::fromUtf8(passphrase.view());
    QString nfkd = pass.normalized(QString::NormalizationForm_KD);
    QByteArray nfkdUtf8 = nfkd.toUtf8();
    SecretBytes::wipe(pass);
    SecretBytes::wipe(nfkd);
    SecretBytes salt(std::size_t(8 + nfkdUtf8.size()));
    std::memcpy(salt.data(), "mnemonic", 8);
    if (!nfkdUtf8.isEmpty())
        std::memcpy(salt.data() + 8, nfkdUtf8.constData(), std::size_t(nfkdUtf8.size()));
    SecretBytes::wipe(nfkdUtf8);
    SecretBytes seed(64);
    if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char *>(norm->data()), int(norm->size()),
                          salt.data(), int(salt.size()), 2048, EVP_sha512(), 64,
                          seed.data()) != 1) {
        return Result<SecretBytes>::failure(QStringLiteral("crypto_failure"),
                                            QStringLiteral("PBKDF2 failed."));
    }
    return seed;
}

} // namespace fb::bip39
