// Test peer: builds signed Algorand payments with algosdk, signed Bitcoin transactions (raw
// hex or finalized PSBT) with bitcoinjs-lib and signed Starknet INVOKE v3 STRK transfers with
// starknet.js, independent of the node's own decoders. Input: one JSON argument; output: one
// JSON line.
'use strict';
const algosdk = require('algosdk');
const bitcoin = require('bitcoinjs-lib');
const ecc = require('tiny-secp256k1');
const { ECPairFactory } = require('ecpair');

const ECPair = ECPairFactory(ecc);
const network = bitcoin.networks.testnet;

function algoAccount(seedHex) {
  return algosdk.mnemonicToSecretKey(algosdk.mnemonicFromSeed(Buffer.from(seedHex, 'hex')));
}

function main() {
  const req = JSON.parse(process.argv[2]);
  if (req.cmd === 'algo_keypair') {
    return { address: algoAccount(req.seed).addr };
  }
  if (req.cmd === 'algo_pay') {
    const acct = algoAccount(req.seed);
    const txn = algosdk.makePaymentTxnWithSuggestedParamsFromObject({
      from: acct.addr, to: req.receiver, amount: req.amount,
      note: req.note !== undefined ? new Uint8Array(Buffer.from(req.note)) : undefined,
      lease: req.lease ? new Uint8Array(Buffer.from(req.lease, 'hex')) : undefined,
      suggestedParams: { fee: req.fee || 1000, flatFee: true, firstRound: req.firstValid,
        lastRound: req.lastValid, genesisID: req.genesisId, genesisHash: req.genesisHash } });
    let signed = txn.signTxn(acct.sk);
    if (req.forge) {
      const st = algosdk.decodeObj(signed);
      st.sig = Buffer.from(st.sig); st.sig[5] ^= 0x01;
      signed = algosdk.encodeObj(st);
    }
    return { signed: Buffer.from(signed).toString('base64'), txid: txn.txID() };
  }
  if (req.cmd === 'btc_keypair') {
    const kp = ECPair.fromPrivateKey(Buffer.from(req.seed, 'hex'), { network });
    return { address: bitcoin.payments.p2wpkh({ pubkey: kp.publicKey, network }).address,
             pubkey: kp.publicKey.toString('hex') };
  }
  if (req.cmd === 'btc_pay') {
    const kp = ECPair.fromPrivateKey(Buffer.from(req.seed, 'hex'), { network });
    const psbt = new bitcoin.Psbt({ network });
    for (const u of req.utxos) {
      psbt.addInput({ hash: u.txid, index: u.vout,
        witnessUtxo: { script: Buffer.from(u.script, 'hex'), value: u.amount } });
    }
    for (const o of req.outputs) {
      if (o.address) psbt.addOutput({ address: o.address, value: o.value });
      else psbt.addOutput({ script: Buffer.from(o.script, 'hex'), value: o.value });
    }
    if (req.memo != null) {
      psbt.addOutput({ script: bitcoin.payments.embed({ data: [Buffer.from(req.memo)] }).output,
                       value: 0 });
    }
    psbt.signAllInputs(kp);
    psbt.finalizeAllInputs();
    const tx = psbt.extractTransaction();
    if (req.forge) {
      const sig = Buffer.from(tx.ins[0].witness[0]);
      sig[10] ^= 0x01; // inside r: still DER, no longer a signature
      tx.ins[0].witness[0] = sig;
      return { hex: tx.toHex(), txid: tx.getId() };
    }
    return { hex: tx.toHex(), psbt: psbt.toBase64(), txid: tx.getId() };
  }
  if (req.cmd === 'strk_keypair') {
    // A random Stark key and its OpenZeppelin account address, all by starknet.js.
    const starknet = require('starknet');
    const common = require('../signer/starknet_common.js');
    const priv = '0x' + starknet.ec.starkCurve.utils.normPrivateKeyToScalar(
      starknet.ec.starkCurve.utils.randomPrivateKey()).toString(16);
    const pub = starknet.ec.starkCurve.getStarkKey(priv);
    return { priv, pub: common.pad(pub), address: common.ozAddress(starknet, pub) };
  }
  if (req.cmd === 'strk_pay') {
    // transfer(recipient, u256 amount) on the STRK contract from the account, as starknet.js
    // builds and hashes it, signed with the account's key; the file form of docs/WALLET.md.
    const starknet = require('starknet');
    const common = require('../signer/starknet_common.js');
    const hx = (n) => '0x' + BigInt(n).toString(16);
    const tx = common.invokeJson(starknet, {
      sender: req.sender, chainId: starknet.shortString.encodeShortString(req.chainId),
      calls: [common.strkTransfer(req.recipient, BigInt(req.amountFri))],
      nonce: hx(req.nonce), tip: '0x0', paymasterData: [], nonceDa: 'L1', feeDa: 'L1',
      bounds: { l1_gas: [0, 0], l2_gas: [200000, 1000000000], l1_data_gas: [0, 0] } });
    const hash = common.invokeHash(starknet, tx);
    const sig = starknet.ec.starkCurve.sign(hash, req.priv);
    tx.signature = [hx(sig.r), hx(sig.s)];
    return { json: JSON.stringify(tx), hash: common.pad(hash) };
  }
  throw new Error('unknown cmd ' + req.cmd);
}

try {
  process.stdout.write(JSON.stringify(main()) + '\n');
} catch (e) {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
}
