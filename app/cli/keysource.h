// Where flashback-cli's wallet and tx commands get their keys: a keystore file opened with a
// password file, or a BIP39 phrase file (with an optional passphrase file). Secrets stay in
// guarded memory from file to signature.
#pragma once

#include "app/cli/cli.h"
#include "wallet/keystore.h"
#include "wallet/starknet.h"

#include <optional>

namespace fb::cli {

// Adds --keystore, --password-file, --mnemonic-file and --passphrase-file.
void addKeyOptions(QCommandLineParser &parser);
bool hasKeyOptions(const QCommandLineParser &parser);

// Opens the secrets the options name. On failure prints the error and sets *exitCode
// (BadInput, or WrongPassword for a keystore that does not open).
std::optional<keystore::Secrets> loadSecrets(const QCommandLineParser &parser, int *exitCode);

// Starknet: --derivation argent|braavos, --account oz|argent and --class-hash HASH.
void addStarknetAccountOptions(QCommandLineParser &parser);
// The account class the options name (--account, default oz, with --class-hash replacing its
// class hash). Errors: bad_account, bad_class_hash.
Result<starknet::AccountClass> starknetAccountClass(const QCommandLineParser &parser);

// --index N (default 0), checked.
std::optional<quint32> indexOption(const QCommandLineParser &parser, int *exitCode);

} // namespace fb::cli
