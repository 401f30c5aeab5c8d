// Interoperability of flashback-cli with the chains' own SDKs. Each case builds a transaction
// with the SDK, has flashback-cli sign it from a recovery phrase, and checks with the SDK (and
// Node's own ed25519 / libsecp256k1 bindings) that the signature verifies. Addresses derived by
// flashback-cli must equal the reference derivations.
//   node interop.js <case> <path to flashback-cli> <scratch dir> <stark_peer> <ur_peer>
// Prints one JSON line {ok, details}; exits 1 on any mismatch.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const sb = require('@stellar/stellar-base');
const algosdk = require('algosdk');
const bitcoin = require('bitcoinjs-lib');
const ecc = require('tiny-secp256k1');
const { BIP32Factory } = require('bip32');
const bip39 = require('bip39');
const { derivePath } = require('ed25519-hd-key');

const [,, which, cli, dir, starkPeer, urPeer] = process.argv;
const mnemonic = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
const passphrase = 'flashback';
const seed = bip39.mnemonicToSeedSync(mnemonic, passphrase);
fs.writeFileSync(path.join(dir, 'mnemonic.txt'), mnemonic + '\n');
fs.writeFileSync(path.join(dir, 'passphrase.txt'), passphrase + '\n');
const keyArgs = ['--mnemonic-file', path.join(dir, 'mnemonic.txt'), '--passphrase-file', path.join(dir, 'passphrase.txt')];

function run(args) {
  const r = spawnSync(cli, args, { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function must(cond, what) { if (!cond) throw new Error(what); }
function ed25519Verify(pub32, msg, sig) {
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(pub32)]);
  return crypto.verify(null, Buffer.from(msg), { key: spki, format: 'der', type: 'spki' }, Buffer.from(sig));
}
function slip10(p) { return derivePath(p, seed.toString('hex')).key; }

const cases = {
  addresses() {
    const details = {};
    for (let i = 0; i < 3; ++i) {
      const st = sb.Keypair.fromRawEd25519Seed(slip10(`m/44'/148'/${i}'`)).publicKey();
      const al = algosdk.encodeAddress(sb.Keypair.fromRawEd25519Seed(slip10(`m/44'/283'/${i}'`)).rawPublicKey());
      const root = BIP32Factory(ecc).fromSeed(seed);
      const btc = bitcoin.payments.p2wpkh({ pubkey: root.derivePath(`m/84'/0'/0'/0/${i}`).publicKey, network: bitcoin.networks.bitcoin }).address;
      const tb = bitcoin.payments.p2wpkh({ pubkey: root.derivePath(`m/84'/1'/0'/0/${i}`).publicKey, network: bitcoin.networks.testnet }).address;
      const got = {
        stellar: run(['wallet', 'address', '--chain', 'stellar', '--index', String(i), ...keyArgs]).out.trim(),
        algorand: run(['wallet', 'address', '--chain', 'algorand', '--index', String(i), ...keyArgs]).out.trim(),
        bitcoin: run(['wallet', 'address', '--chain', 'bitcoin', '--index', String(i), ...keyArgs]).out.trim(),
        testnet: run(['wallet', 'address', '--chain', 'bitcoin', '--network', 'testnet', '--index', String(i), ...keyArgs]).out.trim(),
      };
      must(got.stellar === st, `stellar #${i}: ${got.stellar} != ${st}`);
      must(got.algorand === al, `algorand #${i}: ${got.algorand} != ${al}`);
      must(got.bitcoin === btc, `bitcoin #${i}: ${got.bitcoin} != ${btc}`);
      must(got.testnet === tb, `bitcoin testnet #${i}: ${got.testnet} != ${tb}`);
      details[i] = got;
    }
    return details;
  },

  stellar() {
    const kp = sb.Keypair.fromRawEd25519Seed(slip10("m/44'/148'/0'"));
    const dest = sb.Keypair.random().publicKey();
    const issuer = sb.Keypair.random().publicKey();
    const results = [];
    const builds = [
      (b) => b.addOperation(sb.Operation.payment({ destination: dest, asset: sb.Asset.native(), amount: '42.0000001' })).addMemo(sb.Memo.text('fb:deal-42')),
      (b) => b.addOperation(sb.Operation.payment({ destination: dest, asset: new sb.Asset('USDC', issuer), amount: '5' })).addMemo(sb.Memo.id('7')),
      (b) => b.addOperation(sb.Operation.createAccount({ destination: dest, startingBalance: '1.5' })),
      (b) => b.addOperation(sb.Operation.changeTrust({ asset: new sb.Asset('USDC', issuer) })).addOperation(sb.Operation.manageData({ name: 'k', value: 'v' })),
    ];
    for (const [n, build] of builds.entries()) {
      const tx = build(new sb.TransactionBuilder(new sb.Account(kp.publicKey(), '1000'), { fee: '200', networkPassphrase: sb.Networks.TESTNET })).setTimeout(600).build();
      const inFile = path.join(dir, `stellar-${n}.xdr`), outFile = path.join(dir, `stellar-${n}.signed.xdr`);
      fs.writeFileSync(inFile, tx.toEnvelope().toXDR('base64') + '\n');
      const r = run(['tx', 'sign', '--chain', 'stellar', '--network', 'testnet', '--in', inFile, '--out', outFile, ...keyArgs]);
      must(r.code === 0, `stellar case ${n}: exit ${r.code}: ${r.err}`);
      const signed = sb.TransactionBuilder.fromXDR(fs.readFileSync(outFile, 'utf8').trim(), sb.Networks.TESTNET);
      must(signed.signatures.length === 1, 'one signature');
      must(kp.verify(signed.hash(), signed.signatures[0].signature()), `stellar case ${n}: signature does not verify`);
      must(signed.signatures[0].hint().equals(kp.signatureHint()), 'signature hint');
      must(signed.hash().equals(tx.hash()), 'transaction unchanged');
      // The SDK's own signature is the same bytes (ed25519 is deterministic).
      tx.sign(kp);
      must(tx.toEnvelope().toXDR('base64') === fs.readFileSync(outFile, 'utf8').trim(), `stellar case ${n}: differs from the SDK's signed envelope`);
      results.push(signed.hash().toString('hex'));
    }
    // The payment flashback-cli builds is one the SDK reads back as built.
    const built = path.join(dir, 'built.xdr');
    const b = run(['tx', 'build-payment', '--chain', 'stellar', '--network', 'testnet', '--source', kp.publicKey(), '--destination', dest,
      '--amount', '12.5', '--sequence', '1001', '--memo-text', 'hello', '--out', built]);
    must(b.code === 0, 'build-payment: ' + b.err);
    const t = sb.TransactionBuilder.fromXDR(fs.readFileSync(built, 'utf8').trim(), sb.Networks.TESTNET);
    must(t.operations[0].type === 'payment' && t.operations[0].amount === '12.5000000' && t.operations[0].destination === dest, 'built payment');
    must(t.memo.value.toString() === 'hello' && t.sequence === '1001' && t.source === kp.publicKey(), 'built memo/sequence/source');
    return results;
  },

  algorand() {
    const kp = sb.Keypair.fromRawEd25519Seed(slip10("m/44'/283'/0'"));
    const sender = algosdk.encodeAddress(kp.rawPublicKey());
    const receiver = algosdk.generateAccount().addr;
    const sp = { fee: 1000, flatFee: true, firstRound: 5000, lastRound: 5900, genesisID: 'testnet-v1.0',
      genesisHash: 'SGO1GKSzyE7IEPItTxCByw9x8FmnrCDexi9/cOUJOiI=' };
    const txns = [
      algosdk.makePaymentTxnWithSuggestedParamsFromObject({ from: sender, to: receiver, amount: 1234567, note: new Uint8Array(Buffer.from('fb:deal')), suggestedParams: sp }),
      algosdk.makeAssetTransferTxnWithSuggestedParamsFromObject({ from: sender, to: receiver, amount: 50, assetIndex: 31566704, suggestedParams: sp }),
    ];
    const ids = [];
    // goal's {"txn": …} form, and the bare transaction algosdk's encodeUnsignedTransaction writes.
    const forms = [['goal', (t) => algosdk.encodeUnsignedSimulateTransaction(t)], ['sdk', (t) => algosdk.encodeUnsignedTransaction(t)]];
    for (const [n, [txn, [form, encode]]] of txns.flatMap((t) => forms.map((f) => [t, f])).entries()) {
      const inFile = path.join(dir, `algo-${n}-${form}.txn`), outFile = path.join(dir, `algo-${n}-${form}.stxn`);
      fs.writeFileSync(inFile, encode(txn));
      const r = run(['tx', 'sign', '--chain', 'algorand', '--in', inFile, '--out', outFile, ...keyArgs]);
      must(r.code === 0, `algorand case ${n} (${form} form): exit ${r.code}: ${r.err}`);
      const stxn = algosdk.decodeSignedTransaction(fs.readFileSync(outFile));
      must(Buffer.from(stxn.txn.bytesToSign()).equals(Buffer.from(txn.bytesToSign())), 'transaction unchanged');
      must(ed25519Verify(kp.rawPublicKey(), stxn.txn.bytesToSign(), stxn.sig), `algorand case ${n}: signature does not verify`);
      // Byte-identical to the SDK's own signing.
      const sk = Buffer.concat([kp.rawSecretKey(), kp.rawPublicKey()]);
      must(Buffer.from(txn.signTxn(sk)).equals(fs.readFileSync(outFile)), `algorand case ${n}: differs from the SDK`);
      if (form === 'goal')
        ids.push(txn.txID());
    }
    return ids;
  },

  bitcoin() {
    const root = BIP32Factory(ecc).fromSeed(seed);
    const results = [];
    for (const [net, coin, network] of [['mainnet', 0, bitcoin.networks.bitcoin], ['testnet', 1, bitcoin.networks.testnet]]) {
      const child = root.derivePath(`m/84'/${coin}'/0'/0/3`);
      const pay = bitcoin.payments.p2wpkh({ pubkey: child.publicKey, network });
      const prev = new bitcoin.Transaction();
      prev.addInput(Buffer.alloc(32, 9), 0);
      prev.addOutput(pay.output, 250000);
      const psbt = new bitcoin.Psbt({ network });
      psbt.addInput({ hash: prev.getId(), index: 0, nonWitnessUtxo: prev.toBuffer(), witnessUtxo: { script: pay.output, value: 250000 },
        bip32Derivation: [{ masterFingerprint: root.fingerprint, path: `m/84'/${coin}'/0'/0/3`, pubkey: child.publicKey }] });
      const other = bitcoin.payments.p2wpkh({ pubkey: BIP32Factory(ecc).fromSeed(crypto.randomBytes(32)).publicKey, network });
      psbt.addOutput({ address: other.address, value: 200000 });
      const change = root.derivePath(`m/84'/${coin}'/0'/1/0`);
      psbt.addOutput({ address: bitcoin.payments.p2wpkh({ pubkey: change.publicKey, network }).address, value: 49000,
        bip32Derivation: [{ masterFingerprint: root.fingerprint, path: `m/84'/${coin}'/0'/1/0`, pubkey: change.publicKey }] });
      for (const binary of [false, true]) {
        const inFile = path.join(dir, `btc-${net}-${binary}.psbt`), outFile = inFile + '.signed';
        fs.writeFileSync(inFile, binary ? psbt.toBuffer() : psbt.toBase64());
        const insp = run(['tx', 'inspect', '--chain', 'bitcoin', '--network', net, '--json', '--in', inFile, ...keyArgs]);
        must(insp.code === 0, 'inspect: ' + insp.err);
        const review = JSON.parse(insp.out);
        must(review.feeBase === '1000', 'review fee ' + review.feeBase);
        must(review.signableInputs === 1, 'review signable inputs');
        const r = run(['tx', 'sign', '--chain', 'bitcoin', '--network', net, '--in', inFile, '--out', outFile, ...keyArgs]);
        must(r.code === 0, `bitcoin ${net}: exit ${r.code}: ${r.err}`);
        const raw = fs.readFileSync(outFile);
        must(binary === raw.subarray(0, 5).equals(Buffer.from('psbt\xff', 'latin1')), 'output encoding matches input');
        const signed = binary ? bitcoin.Psbt.fromBuffer(raw, { network }) : bitcoin.Psbt.fromBase64(raw.toString().trim(), { network });
        const tx = signed.extractTransaction();
        const [sig, pub] = tx.ins[0].witness;
        must(Buffer.from(pub).equals(child.publicKey), 'witness key');
        const scriptCode = bitcoin.payments.p2pkh({ pubkey: child.publicKey }).output;
        const hash = tx.hashForWitnessV0(0, scriptCode, 250000, bitcoin.Transaction.SIGHASH_ALL);
        const decoded = bitcoin.script.signature.decode(sig);
        must(ecc.verify(hash, child.publicKey, decoded.signature, true), `bitcoin ${net}: signature does not verify`);
        // Same bytes as the SDK's own signer (RFC 6979 nonces, low S).
        const ref = bitcoin.Psbt.fromBase64(psbt.toBase64(), { network });
        ref.signInput(0, child).finalizeAllInputs();
        must(ref.extractTransaction().toHex() === tx.toHex(), `bitcoin ${net}: differs from bitcoinjs`);
        results.push(tx.getId());
      }
    }
    return results;
  },

  // Starknet: hundreds of random inputs through the wallet library (stark_peer) against
  // starknet.js and @scure/starknet; keys and addresses from the CLI against the reference
  // Argent X and Braavos derivations; transactions the SDK builds, signed by the CLI and
  // verified by the SDKs.
  async starknet() {
    const starknet = require('starknet');
    const scure = await import('@scure/starknet');
    const common = require('./starknet_common.js');
    const { ec } = starknet;
    const N = 200;
    const P = scure.Fp251.ORDER, n = scure.Point.CURVE().n;
    const rnd = (bytes) => BigInt('0x' + crypto.randomBytes(bytes).toString('hex'));
    const hx = (v) => '0x' + BigInt(v).toString(16);
    const randomTx = (sender, i) => common.invokeJson(starknet, {
      sender, chainId: i % 2 ? starknet.constants.StarknetChainId.SN_MAIN : starknet.constants.StarknetChainId.SN_SEPOLIA,
      calls: i % 3 ? [common.strkTransfer(common.pad(hx(rnd(31))), rnd(16))]
        : [{ contractAddress: hx(rnd(31)), entrypoint: 'deposit', calldata: Array.from({ length: i % 5 }, () => hx(rnd(31))) }],
      nonce: hx(rnd(i % 8 + 1)), tip: hx(rnd(i % 8 + 1)), paymasterData: Array.from({ length: i % 3 }, () => rnd(31)),
      nonceDa: i % 4 ? 'L1' : 'L2', feeDa: i % 5 ? 'L1' : 'L2',
      bounds: { l1_gas: [rnd(8), rnd(16)], l2_gas: [rnd(8), rnd(16)], l1_data_gas: [rnd(8), rnd(16)] } });
    const req = { pedersen: [], poseidonMany: [], grind: [], keys: [], txs: [] };
    for (let i = 0; i < N; ++i) {
      req.pedersen.push([hx(rnd(32) % P), hx(rnd(32) % P)]);
      req.poseidonMany.push(Array.from({ length: i % 9 }, () => hx(rnd(32) % P)));
      req.grind.push(crypto.randomBytes(32).toString('hex'));
      req.keys.push([hx(rnd(32) % (n - 1n) + 1n), hx(rnd(32) % (1n << 251n))]);
      req.txs.push(randomTx(common.pad(hx(rnd(31))), i));
    }
    const peer = spawnSync(starkPeer, [], { input: JSON.stringify(req), encoding: 'utf8', maxBuffer: 1 << 26 });
    must(peer.status === 0, 'stark_peer: ' + peer.stderr);
    const got = JSON.parse(peer.stdout);
    for (let i = 0; i < N; ++i) {
      const [a, b] = req.pedersen[i];
      must(got.pedersen[i] === scure.pedersen(a, b) && got.pedersen[i] === ec.starkCurve.pedersen(a, b), `pedersen ${a}, ${b}`);
      const xs = req.poseidonMany[i].map(BigInt);
      must(got.poseidonMany[i] === hx(scure.poseidonHashMany(xs)) && got.poseidonMany[i] === hx(ec.starkCurve.poseidonHashMany(xs)), `poseidon_many ${i}`);
      must(got.grind[i] === '0x' + scure.grindKey(req.grind[i]), `grindKey ${req.grind[i]}`);
      must(got.txs[i] === common.invokeHash(starknet, req.txs[i]), `INVOKE v3 hash ${i}: ${got.txs[i]}`);
      const [priv, h] = req.keys[i];
      const k = got.keys[i];
      must(k.publicKey === ec.starkCurve.getStarkKey(priv), `public key of ${priv}`);
      must(k.oz === common.ozAddress(starknet, k.publicKey) && k.argent === common.argentAddress(starknet, k.publicKey), `addresses of ${priv}`);
      let ref = null;
      try { ref = scure.sign(h, priv); } catch (e) { ref = null; }
      if (!ref) { must(k.error === 'unlucky_nonce', `sign ${priv} ${h}: the SDK refuses, we gave ${k.r}`); continue; }
      must(k.r === hx(ref.r) && k.s === hx(ref.s), `signature of ${h} by ${priv}`);
      const full = scure.getPublicKey(priv, false);
      must(scure.verify(new scure.Signature(BigInt(k.r), BigInt(k.s)), h, full), `@scure verifies ${h}`);
      must(ec.starkCurve.verify(new ec.starkCurve.Signature(BigInt(k.r), BigInt(k.s)), h, Buffer.from(full).toString('hex')), `starknet.js verifies ${h}`);
    }

    // Keys and addresses from the CLI equal the reference derivations.
    const { BIP32Factory } = require('bip32');
    const b32 = BIP32Factory(ecc);
    const addresses = [];
    for (let i = 0; i < 3; ++i) {
      for (const scheme of ['argent', 'braavos']) {
        const key = scheme === 'argent' ? common.argentKey(b32, seed, i) : common.braavosKey(b32, seed, i);
        const pub = ec.starkCurve.getStarkKey(key);
        const args = ['wallet', 'address', '--chain', 'starknet', '--derivation', scheme, '--index', String(i), ...keyArgs];
        must(run([...args, '--public-key']).out.trim() === pub, `${scheme} #${i} public key`);
        must(run(args).out.trim() === common.ozAddress(starknet, pub), `${scheme} #${i} OpenZeppelin address`);
        must(run([...args, '--account', 'argent']).out.trim() === common.argentAddress(starknet, pub), `${scheme} #${i} Argent address`);
        addresses.push(common.ozAddress(starknet, pub));
      }
    }

    // Transactions the SDK builds, signed by the CLI, verified by the SDKs.
    const priv = common.argentKey(b32, seed, 0);
    const full = Buffer.from(scure.getPublicKey(priv, false)).toString('hex');
    const sender = addresses[0];
    const hashes = [];
    for (let i = 0; i < 6; ++i) {
      const tx = randomTx(sender, i);
      // Bounds a wallet signs without a high-fee refusal (about 1.4 STRK at most).
      tx.resource_bounds = { l1_gas: { max_amount: '0x2710', max_price_per_unit: '0x5af3107a4000' },
        l2_gas: { max_amount: '0x1000000', max_price_per_unit: '0x2540be400' }, l1_data_gas: { max_amount: '0x800', max_price_per_unit: '0x5af3107a4000' } };
      tx.tip = hx(i);
      const inFile = path.join(dir, `stark-${i}.json`), outFile = path.join(dir, `stark-${i}.signed.json`);
      fs.writeFileSync(inFile, JSON.stringify(tx));
      const insp = run(['tx', 'inspect', '--chain', 'starknet', '--in', inFile, '--json', ...keyArgs]);
      must(insp.code === 0, 'inspect: ' + insp.err);
      const review = JSON.parse(insp.out);
      const h = common.invokeHash(starknet, tx);
      must(BigInt(review.hash) === BigInt(h) && review.signableInputs === 1, `review of tx ${i}`);
      if (i % 3) must(review.operations[0].amountBase === BigInt(tx.calldata[5]).toString() && review.operations[0].asset === 'STRK', 'review amount');
      const r = run(['tx', 'sign', '--chain', 'starknet', '--in', inFile, '--out', outFile, ...keyArgs]);
      must(r.code === 0, `starknet tx ${i}: exit ${r.code}: ${r.err}`);
      const signed = JSON.parse(fs.readFileSync(outFile, 'utf8'));
      must(common.invokeHash(starknet, signed) === h, 'transaction unchanged');
      const [sr, ss] = signed.signature.map(BigInt);
      must(ec.starkCurve.verify(new ec.starkCurve.Signature(sr, ss), h, full), `starknet tx ${i}: signature does not verify`);
      const ref = ec.starkCurve.sign(h, priv);
      must(ref.r === sr && ref.s === ss, `starknet tx ${i}: differs from the SDK's signature`);
      hashes.push(h);
    }
    // Not our account: refused (3); the fee-estimation query version: bad input (1).
    const foreign = path.join(dir, 'stark-foreign.json');
    fs.writeFileSync(foreign, JSON.stringify(randomTx(addresses[1], 1)));
    must(run(['tx', 'sign', '--chain', 'starknet', '--in', foreign, '--out', foreign + '.out', ...keyArgs]).code === 3, 'foreign sender refused');
    const query = randomTx(sender, 1); query.version = '0x100000000000000000000000000000003';
    fs.writeFileSync(foreign, JSON.stringify(query));
    must(run(['tx', 'sign', '--chain', 'starknet', '--in', foreign, '--out', foreign + '.out', ...keyArgs]).code === 1, 'query version refused');
    return { compared: N, addresses, hashes };
  },

  // BC-UR QR interchange against an independent implementation (@ngraveio/bc-ur): our encoder
  // makes its parts byte for byte; the frames flashback-cli writes, read back through libzbar,
  // complete its decoder (shuffled, some missed); the frames it makes, as images, are signed by
  // flashback-cli, and the result is the SDK's own.
  ur() {
    const { UR, UREncoder, URDecoder } = require('@ngraveio/bc-ur');
    const peer = (args, input) => {
      const r = spawnSync(urPeer, args, { input, encoding: 'utf8' });
      must(r.status === 0, `ur_peer ${args[0]}: ${r.stderr}`);
      return r.stdout.split('\n').filter((l) => l.length > 0);
    };
    const shuffle = (a) => {
      for (let i = a.length - 1; i > 0; --i) { const j = crypto.randomInt(i + 1); [a[i], a[j]] = [a[j], a[i]]; }
      return a;
    };
    const urOf = (type, buf) => new UR(UR.fromBuffer(Buffer.from(buf)).cbor, type);
    const theirDecode = (lines) => {
      const d = new URDecoder();
      let used = 0;
      for (const l of lines) { if (d.isComplete()) break; d.receivePart(l); ++used; }
      must(d.isComplete() && d.isSuccess(), `their decoder: not complete after ${used} of ${lines.length} frames ${d.resultError()}`);
      return { type: d.resultUR().type, payload: Buffer.from(d.resultUR().decodeCBOR()), used };
    };
    const frameDir = (name) => { const d = path.join(dir, name); fs.rmSync(d, { recursive: true, force: true }); return d; };
    const details = { encoderVectors: 0, ourFrames: {}, theirFrames: {} };

    // 1. Our encoder's parts are theirs, single- and multi-part, for both types.
    for (const [len, max] of [[20, 100], [1500, 200], [4000, 90], [777, 30]]) {
      const payload = crypto.randomBytes(len);
      for (const type of ['bytes', 'crypto-psbt']) {
        const enc = new UREncoder(urOf(type, payload), max, 0, 10);
        const count = enc.fragmentsLength + 7;
        const theirs = Array.from({ length: count }, () => enc.nextPart());
        const ours = peer(['encode', type, payload.toString('hex'), String(max), String(count)]);
        must(JSON.stringify(ours) === JSON.stringify(theirs), `encoder parts differ for ${len} bytes, fragments of ${max}`);
        // And our decoder reads theirs.
        const back = JSON.parse(peer(['decode'], shuffle(theirs.slice()).join('\n'))[0]);
        must(back.type === type && back.hex === payload.toString('hex'), `our decoder on their ${len}-byte parts`);
        details.encoderVectors += count;
      }
    }

    // 2. Our signed frames (PNG) -> libzbar -> their decoder.
    const kpSt = sb.Keypair.fromRawEd25519Seed(slip10("m/44'/148'/0'"));
    const stTx = new sb.TransactionBuilder(new sb.Account(kpSt.publicKey(), '1000'), { fee: '200', networkPassphrase: sb.Networks.TESTNET })
      .addOperation(sb.Operation.payment({ destination: sb.Keypair.random().publicKey(), asset: sb.Asset.native(), amount: '42.0000001' }))
      .addMemo(sb.Memo.text('fb:deal-42')).setTimeout(600).build();
    const kpAl = sb.Keypair.fromRawEd25519Seed(slip10("m/44'/283'/0'"));
    const skAl = Buffer.concat([kpAl.rawSecretKey(), kpAl.rawPublicKey()]);
    const sp = { fee: 1000, flatFee: true, firstRound: 5000, lastRound: 5900, genesisID: 'testnet-v1.0',
      genesisHash: 'SGO1GKSzyE7IEPItTxCByw9x8FmnrCDexi9/cOUJOiI=' };
    const alTx = algosdk.makePaymentTxnWithSuggestedParamsFromObject({ from: algosdk.encodeAddress(kpAl.rawPublicKey()),
      to: algosdk.generateAccount().addr, amount: 1234567, note: new Uint8Array(Buffer.from('fb:deal')), suggestedParams: sp });
    const root = BIP32Factory(ecc).fromSeed(seed);
    const network = bitcoin.networks.testnet;
    const child = root.derivePath("m/84'/1'/0'/0/3");
    const pay = bitcoin.payments.p2wpkh({ pubkey: child.publicKey, network });
    const prev = new bitcoin.Transaction();
    prev.addInput(Buffer.alloc(32, 7), 0);
    prev.addOutput(pay.output, 250000);
    const psbt = new bitcoin.Psbt({ network });
    psbt.addInput({ hash: prev.getId(), index: 0, nonWitnessUtxo: prev.toBuffer(), witnessUtxo: { script: pay.output, value: 250000 },
      bip32Derivation: [{ masterFingerprint: root.fingerprint, path: "m/84'/1'/0'/0/3", pubkey: child.publicKey }] });
    psbt.addOutput({ address: bitcoin.payments.p2wpkh({ pubkey: BIP32Factory(ecc).fromSeed(crypto.randomBytes(32)).publicKey, network }).address, value: 200000 });
    psbt.addOutput({ address: bitcoin.payments.p2wpkh({ pubkey: root.derivePath("m/84'/1'/0'/1/0").publicKey, network }).address, value: 49000 });
    const cases = [
      // chain, extra args, input file contents, expected type, SDK reference of the signed bytes
      ['stellar', ['--network', 'testnet'], stTx.toEnvelope().toXDR('base64'), 'bytes',
        () => { const t = sb.TransactionBuilder.fromXDR(stTx.toEnvelope().toXDR('base64'), sb.Networks.TESTNET); t.sign(kpSt); return t.toEnvelope().toXDR(); }],
      // The bare form algosdk writes (no {"txn": …} wrapper).
      ['algorand', [], Buffer.from(algosdk.encodeUnsignedTransaction(alTx)), 'bytes', () => Buffer.from(alTx.signTxn(skAl))],
      ['bitcoin', ['--network', 'testnet'], psbt.toBuffer(), 'crypto-psbt',
        () => bitcoin.Psbt.fromBuffer(psbt.toBuffer(), { network }).signInput(0, child).finalizeAllInputs().toBuffer()],
    ];
    for (const [chain, extra, input, type, reference] of cases) {
      const inFile = path.join(dir, `ur-${chain}.in`);
      fs.writeFileSync(inFile, input);
      const insp = run(['tx', 'inspect', '--chain', chain, ...extra, '--in', inFile]);
      must(insp.code === 0, `${chain}: inspect: ${insp.err}`);
      const frames = frameDir(`ur-${chain}-ours`);
      const r = run(['tx', 'sign', '--chain', chain, ...extra, '--in', inFile, '--qr-out', frames, '--qr-fragment', '60', '--qr-frames', '30', ...keyArgs]);
      must(r.code === 0, `${chain}: sign --qr-out: exit ${r.code}: ${r.err}`);
      const lines = peer(['read', frames]);
      must(lines.length === 30 && lines.every((l) => l.startsWith(`UR:${type.toUpperCase()}/`)), `${chain}: 30 upper-case ur:${type} frames`);
      // A camera that started late and missed every third frame.
      const seen = shuffle(lines.filter((_, i) => i % 3 !== 2));
      const got = theirDecode(seen);
      must(got.type === type, `${chain}: type ${got.type}`);
      must(got.payload.equals(Buffer.from(reference())), `${chain}: their decoder's payload is not the SDK's signed transaction`);
      details.ourFrames[chain] = { bytes: got.payload.length, written: lines.length, fragments: Number(lines[0].split('/')[1].split('-')[1]), readBeforeComplete: got.used };
    }

    // 3. Their frames, as images, signed by flashback-cli (shuffled, two missed).
    for (const [chain, extra, input, type, reference] of [
      ['stellar', ['--network', 'testnet'], stTx.toEnvelope().toXDR(), cases[0][3], cases[0][4]],
      ['algorand', [], cases[1][2], cases[1][3], cases[1][4]],
      ['bitcoin', ['--network', 'testnet'], cases[2][2], cases[2][3], cases[2][4]]]) {
      const enc = new UREncoder(urOf(type, input), 50, 0, 10);
      const parts = Array.from({ length: enc.fragmentsLength + 8 }, () => enc.nextPart());
      const kept = shuffle(parts.slice()).slice(2);
      const frames = frameDir(`ur-${chain}-theirs`);
      must(Number(peer(['write', frames], kept.join('\n'))[0]) === kept.length, 'frames written');
      const outFile = path.join(dir, `ur-${chain}.signed`);
      const r = run(['tx', 'sign', '--chain', chain, ...extra, '--qr-in', frames, '--out', outFile, ...keyArgs]);
      must(r.code === 0, `${chain}: sign --qr-in: exit ${r.code}: ${r.err}`);
      const signed = fs.readFileSync(outFile);
      const want = Buffer.from(reference());
      const ok = chain === 'stellar' ? signed.toString().trim() === want.toString('base64') : signed.equals(want);
      must(ok, `${chain}: signed from their frames differs from the SDK`);
      const insp = run(['tx', 'inspect', '--chain', chain, ...extra, '--qr-in', ...fs.readdirSync(frames).map((f) => path.join(frames, f))]);
      must(insp.code === 0, `${chain}: inspect --qr-in: ${insp.err}`);
      details.theirFrames[chain] = { fragments: enc.fragmentsLength, given: kept.length };
    }
    // Frames of two transactions are refused, not mixed.
    const mixed = frameDir('ur-mixed');
    fs.mkdirSync(mixed);
    fs.copyFileSync(path.join(dir, 'ur-algorand-theirs', 'frame-001.png'), path.join(mixed, 'a.png'));
    fs.copyFileSync(path.join(dir, 'ur-stellar-theirs', 'frame-001.png'), path.join(mixed, 'b.png'));
    const m = run(['tx', 'inspect', '--chain', 'algorand', '--qr-in', mixed]);
    must(m.code === 1 && /another|one transaction/.test(m.err), 'mixed frames refused: ' + m.err);
    return details;
  },

  errors() {
    // Exit codes scripts rely on: 1 bad input, 2 wrong password, 3 refused.
    const pw = path.join(dir, 'pw.txt'), bad = path.join(dir, 'bad.txt'), ks = path.join(dir, 'wallet.fbks');
    fs.writeFileSync(pw, 'correct horse battery\n');
    fs.writeFileSync(bad, 'wrong horse battery\n');
    fs.rmSync(ks, { force: true });
    must(run(['wallet', 'import', '--keystore', ks, '--password-file', pw, ...keyArgs.slice(0, 2)]).code === 0, 'import');
    const st = sb.Keypair.fromRawEd25519Seed(derivePath("m/44'/148'/0'", bip39.mnemonicToSeedSync(mnemonic).toString('hex')).key).publicKey();
    must(run(['wallet', 'address', '--chain', 'stellar', '--keystore', ks, '--password-file', pw]).out.trim() === st, 'keystore address');
    must(run(['wallet', 'address', '--chain', 'stellar', '--keystore', ks, '--password-file', bad]).code === 2, 'wrong password exit 2');
    const stranger = sb.Keypair.random();
    const tx = new sb.TransactionBuilder(new sb.Account(stranger.publicKey(), '1'), { fee: '100', networkPassphrase: sb.Networks.TESTNET })
      .addOperation(sb.Operation.payment({ destination: st, asset: sb.Asset.native(), amount: '1' })).setTimeout(60).build();
    const inFile = path.join(dir, 'foreign.xdr');
    fs.writeFileSync(inFile, tx.toEnvelope().toXDR('base64'));
    must(run(['tx', 'sign', '--chain', 'stellar', '--network', 'testnet', '--in', inFile, '--out', inFile + '.out', '--keystore', ks, '--password-file', pw]).code === 3, 'refused exit 3');
    fs.writeFileSync(inFile, 'AAAAAgAAAAB=');
    const garbled = run(['tx', 'inspect', '--chain', 'stellar', '--in', inFile]);
    must(garbled.code === 1 && /truncated/.test(garbled.err), 'bad input exit 1 with reason: ' + garbled.err);
    return 'ok';
  },
};

Promise.resolve().then(() => cases[which]()).then((details) => {
  process.stdout.write(JSON.stringify({ ok: true, details }) + '\n');
}, (e) => {
  process.stdout.write(JSON.stringify({ ok: false, error: String(e && e.stack || e) }) + '\n');
  process.exit(1);
});
