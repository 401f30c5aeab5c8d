// Generates tests/unit/wallet/data/starknet.json with the reference SDKs (starknet 7.1 and
// @scure/starknet 2.4) and the reference BIP32 (bip32 + tiny-secp256k1): Pedersen, Poseidon,
// ground keys, stark keys, signatures, Argent X and Braavos derivations, account addresses and
// INVOKE v3 transactions with their hashes and signatures. Every value here is generated (the
// published vectors are in tst_starkcrypto itself). Rerun when a peer is bumped:
//   cd tests && node tools/gen_starknet_fixtures.js
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const starknet = require('starknet');
const bip39 = require('bip39');
const ecc = require('tiny-secp256k1');
const { BIP32Factory } = require('bip32');
const common = require('../integration/signer/starknet_common.js');

async function main() {
  const scure = await import('@scure/starknet');
  const bip32 = BIP32Factory(ecc);
  const { ec, hash } = starknet;
  // Deterministic "random" values so reruns with the same peers give the same file.
  let counter = 0;
  const rnd = (bits) => {
    const h = crypto.createHash('sha512').update('flashback starknet fixtures ' + counter++).digest();
    return BigInt('0x' + h.toString('hex')) % (1n << BigInt(bits));
  };
  const P = scure.Fp251.ORDER;
  const hx = (n) => '0x' + BigInt(n).toString(16);

  const pedersen = [];
  for (const [a, b] of [[0n, 0n], [1n, 2n], [P - 1n, P - 1n], [rnd(248), rnd(4)], [rnd(251), rnd(251)], [rnd(252) % P, rnd(64)]])
    pedersen.push({ a: hx(a), b: hx(b), hash: hx(BigInt(scure.pedersen(a, b))) });

  const poseidon = [];
  for (const [a, b] of [[0n, 0n], [1n, 2n], [P - 1n, 1n], [rnd(251), rnd(251)]])
    poseidon.push({ a: hx(a), b: hx(b), hash: hx(scure.poseidonHash(a, b)) });
  const hades = [];
  for (const s of [[0n, 0n, 0n], [1n, 2n, 3n], [rnd(251), rnd(251), rnd(251)]])
    hades.push({ input: s.map(hx), output: scure.poseidonSmall(s).map(hx) });
  const poseidonMany = [];
  for (let n = 0; n <= 6; ++n) {
    const xs = Array.from({ length: n }, () => rnd(251));
    poseidonMany.push({ input: xs.map(hx), hash: hx(scure.poseidonHashMany(xs)) });
  }
  const onElements = [];
  for (let n = 0; n <= 3; ++n) {
    const xs = Array.from({ length: n }, () => rnd(251));
    onElements.push({ input: xs.map(hx), hash: hx(BigInt(hash.computeHashOnElements(xs))) });
  }

  const grind = [];
  for (const seed of ['00'.repeat(32), 'ff'.repeat(32), '86f3e7293141f20a8baff320e8ee4accb9d4a4bd2e1aa1cc0d4d7c0f1fc9d3b5', rnd(256).toString(16).padStart(64, '0')])
    grind.push({ seed, key: '0x' + scure.grindKey(seed) });

  const signatures = [];
  const keys = [1n, 2n, rnd(250), rnd(251), BigInt('0x' + scure.grindKey(rnd(256).toString(16).padStart(64, '0')))];
  const hashes = [0n, 1n, rnd(64), rnd(248), rnd(251), (1n << 251n) - 1n, 0x2102820b232636d200cb21f1d330f20d096cae09d1bf3edb1cc333ddee11318n];
  for (const [i, k] of keys.entries()) {
    for (const h of hashes.slice(i % 3, i % 3 + 4)) {
      const sig = ec.starkCurve.sign(hx(h), hx(k));
      const sig2 = scure.sign(hx(h), hx(k));
      if (sig.r !== sig2.r || sig.s !== sig2.s) throw new Error('the two SDKs disagree');
      signatures.push({ key: hx(k), publicKey: ec.starkCurve.getStarkKey(hx(k)), hash: hx(h), r: hx(sig.r), s: hx(sig.s) });
    }
  }

  const derivations = [];
  // A phrase whose Ethereum key starts with a zero byte: Argent X seeds its second master with
  // 31 bytes then (the first such phrase from counting entropy).
  let zeroLed = null;
  for (let i = 0; !zeroLed; ++i) {
    const mn = bip39.entropyToMnemonic(crypto.createHash('sha256').update('zero-led ' + i).digest().subarray(0, 16));
    if (bip32.fromSeed(bip39.mnemonicToSeedSync(mn, '')).derivePath("m/44'/60'/0'/0/0").privateKey[0] === 0) zeroLed = mn;
  }
  for (const [mnemonic, passphrase] of [[common.abandon, ''], [common.legal, 'flashback'], ['zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong', ''], [zeroLed, '']]) {
    const seed = bip39.mnemonicToSeedSync(mnemonic, passphrase);
    for (let index = 0; index < 2; ++index) {
      const argent = common.argentKey(bip32, seed, index);
      const braavos = common.braavosKey(bip32, seed, index);
      const row = { mnemonic, passphrase, index };
      for (const [scheme, key] of [['argent', argent], ['braavos', braavos]]) {
        const pub = ec.starkCurve.getStarkKey(key);
        row[scheme] = { key, publicKey: pub, oz: common.ozAddress(starknet, pub), argentAccount: common.argentAddress(starknet, pub) };
      }
      derivations.push(row);
    }
  }

  // INVOKE v3 transactions: a STRK transfer on each chain, a multicall, paymaster data and
  // L2 data availability, with the hash starknet.js computes and its signature.
  const signer = derivations[2].argent;
  const sender = signer.oz;
  const txs = [];
  const build = (name, chain, calls, extra = {}) => {
    const tx = common.invokeJson(starknet, { sender, chainId: chain, calls, nonce: hx(extra.nonce ?? 7n), tip: hx(extra.tip ?? 0n),
      paymasterData: extra.paymasterData ?? [], nonceDa: extra.nonceDa ?? 'L1', feeDa: extra.feeDa ?? 'L1',
      bounds: extra.bounds ?? { l1_gas: [0x2710n, 0x5af3107a4000n], l2_gas: [0x1000000n, 0x2540be400n], l1_data_gas: [0x800n, 0x5af3107a4000n] } });
    const h = common.invokeHash(starknet, tx);
    const sig = ec.starkCurve.sign(h, signer.key);
    txs.push({ name, tx, hash: h, r: hx(sig.r), s: hx(sig.s), key: signer.key, publicKey: signer.publicKey });
  };
  const recipient = derivations[4].braavos.oz;
  build('strk transfer sepolia', starknet.constants.StarknetChainId.SN_SEPOLIA, [common.strkTransfer(recipient, 12345678900000000000n)]);
  build('strk transfer mainnet', starknet.constants.StarknetChainId.SN_MAIN, [common.strkTransfer(recipient, 1n)], { nonce: 0n, tip: 1000n });
  build('strk transfer above 2^128', starknet.constants.StarknetChainId.SN_SEPOLIA, [common.strkTransfer(recipient, (1n << 130n) + 5n)]);
  build('multicall approve and call', starknet.constants.StarknetChainId.SN_SEPOLIA, [
    { contractAddress: common.STRK, entrypoint: 'approve', calldata: starknet.CallData.compile({ spender: recipient, amount: starknet.uint256.bnToUint256(10n ** 18n) }) },
    { contractAddress: recipient, entrypoint: 'deposit', calldata: ['0x1', '0x2'] }]);
  build('paymaster and L2 modes', starknet.constants.StarknetChainId.SN_SEPOLIA, [common.strkTransfer(recipient, 5n)],
    { paymasterData: ['0x1', '0xabc'], nonceDa: 'L2', feeDa: 'L2', nonce: 0x123456789abcdefn });

  const out = { generator: 'tests/tools/gen_starknet_fixtures.js', peers: { starknet: JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'node_modules', 'starknet', 'package.json'), 'utf8')).version, scure: '2.4' },
    pedersen, poseidon, hades, poseidonMany, onElements, grind, signatures, derivations, txs };
  fs.writeFileSync(path.join(__dirname, '..', 'unit', 'wallet', 'data', 'starknet.json'), JSON.stringify(out, null, 1) + '\n');
}
main();
