// BIP39 mnemonics (English): generation from libsodium entropy, validation with the checksum,
// and the 64-byte seed by PBKDF2-HMAC-SHA512 (2048 rounds, OpenSSL). Phrases and seeds stay in
// guarded memory; a phrase is stored normalised (lower case, single spaces, UTF-8).
#pragma once

#include "wallet/result.h"
#include "wallet/secretbytes.h"

#include <QStringList>

namespace fb::bip39 {

// The 2048 words of the English list, shipped as a resource (:/wallet/bip39-english.txt).
const QStringList &englishWords();
// Index of a word in the list, or -1.
int wordIndex(QByteArrayView word);

// A new phrase of 12 or 24 words.
Result<SecretBytes> generate(int words);
// The phrase for 16..32 bytes of entropy (multiple of 4).
Result<SecretBytes> fromEntropy(QByteArrayView entropy);
// Normalises and checks a phrase: word count, every word known, checksum. Errors:
// bad_word_count, unknown_word (names the position), bad_checksum.
Result<SecretBytes> normalise(const SecretBytes &phrase);
// The entropy a valid phrase encodes.
Result<SecretBytes> toEntropy(const SecretBytes &phrase);
// The seed for a valid phrase and an optional passphrase (NFKD-normalised, as BIP39 says).
Result<SecretBytes> toSeed(const SecretBytes &phrase, const SecretBytes &passphrase);

} // namespace fb::bip39
