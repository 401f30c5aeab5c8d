// Generates tests/unit/wallet/data/stellar.json with the reference SDK (@stellar/stellar-base)
// and reference SEP-0005 derivation (bip39 + ed25519-hd-key): envelopes of every operation and
// memo kind the wallet reviews, their hashes and signatures. Rerun when a peer is bumped:
//   cd tests && node tools/gen_stellar_fixtures.js
'use strict';
const sb = require('@stellar/stellar-base');
const bip39 = require('bip39');
const { derivePath } = require('ed25519-hd-key');
const fs = require('fs');
const path = require('path');

const mnemonic = 'illness spike retreat truth genius clock brain pass fit cave bargain toe';
const abandon = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
function account(mn, pass, i) {
  const seed = bip39.mnemonicToSeedSync(mn, pass).toString('hex');
  return sb.Keypair.fromRawEd25519Seed(derivePath(`m/44'/148'/${i}'`, seed).key);
}
const sep5 = [];
for (const [mn, pass] of [[mnemonic, ''], [abandon, ''], [abandon, 'TREZOR']]) {
  for (let i = 0; i < 3; ++i) {
    const kp = account(mn, pass, i);
    sep5.push({ mnemonic: mn, passphrase: pass, index: i, address: kp.publicKey(), secret: kp.secret() });
  }
}

const signer = account(mnemonic, '', 0);
const other = account(mnemonic, '', 1);
const issuer = account(mnemonic, '', 2).publicKey();
const passphrase = sb.Networks.TESTNET;
const usdc = new sb.Asset('USDC', issuer);
const long = new sb.Asset('FLASHBACK01', issuer);

function builder(extra) {
  return new sb.TransactionBuilder(new sb.Account(signer.publicKey(), '4294967296'),
    Object.assign({ fee: '100', networkPassphrase: passphrase, timebounds: { minTime: 1700000000, maxTime: 1900000000 } }, extra || {}));
}
const cases = [];
function add(name, tx, extra) {
  const unsigned = tx.toEnvelope().toXDR('base64');
  tx.sign(signer);
  cases.push(Object.assign({ name, network: 'testnet', unsigned, signed: tx.toEnvelope().toXDR('base64'),
    hash: tx.hash().toString('hex') }, extra || {}));
}
add('payment native memo text', builder().addOperation(sb.Operation.payment({ destination: other.publicKey(), asset: sb.Asset.native(), amount: '12.5' })).addMemo(sb.Memo.text('hello')).build(),
  { kind: 'payment', destination: other.publicKey(), amountBase: '125000000', asset: 'XLM', memo: 'text: hello' });
add('payment credit memo id', builder().addOperation(sb.Operation.payment({ destination: other.publicKey(), asset: usdc, amount: '0.0000001' })).addMemo(sb.Memo.id('18446744073709551615')).build(),
  { kind: 'payment', destination: other.publicKey(), amountBase: '1', asset: 'USDC:' + issuer, memo: 'id: 18446744073709551615' });
add('payment alphanum12 memo hash', builder().addOperation(sb.Operation.payment({ destination: other.publicKey(), asset: long, amount: '1000' })).addMemo(sb.Memo.hash('ab'.repeat(32))).build(),
  { kind: 'payment', destination: other.publicKey(), amountBase: '10000000000', asset: 'FLASHBACK01:' + issuer, memo: 'hash: ' + 'ab'.repeat(32) });
add('create account memo return', builder().addOperation(sb.Operation.createAccount({ destination: other.publicKey(), startingBalance: '2' })).addMemo(sb.Memo.return('cd'.repeat(32))).build(),
  { kind: 'create_account', destination: other.publicKey(), amountBase: '20000000', asset: 'XLM', memo: 'return: ' + 'cd'.repeat(32) });
add('change trust', builder().addOperation(sb.Operation.changeTrust({ asset: usdc, limit: '1000' })).build(), { kind: 'change_trust' });
add('manage data', builder().addOperation(sb.Operation.manageData({ name: 'flashback', value: 'provider-1' })).addOperation(sb.Operation.manageData({ name: 'old', value: null })).build(), { kind: 'manage_data' });
const muxed = new sb.MuxedAccount(new sb.Account(other.publicKey(), '1'), '42');
add('payment to muxed with op source', builder().addOperation(sb.Operation.payment({ destination: muxed.accountId(), asset: sb.Asset.native(), amount: '1', source: signer.publicKey() })).build(),
  { kind: 'payment', destination: muxed.accountId(), amountBase: '10000000', asset: 'XLM' });
// Soroban: a token transfer through a contract (InvokeHostFunction with arguments).
const contract = 'CA3D5KRYM6CB7OWQ6TWYRR3Z4T7GNZLKERYNZGGA5SOAOPIFY6YQGAXE';
const invoke = sb.Operation.invokeContractFunction({ contract, function: 'transfer', args: [
  sb.nativeToScVal(signer.publicKey(), { type: 'address' }), sb.nativeToScVal(other.publicKey(), { type: 'address' }),
  sb.nativeToScVal(1234567n, { type: 'i128' }), sb.nativeToScVal({ memo: 'flashback', tags: ['a', 'b'] }), sb.nativeToScVal(true), sb.xdr.ScVal.scvVoid()] });
const sorobanData = new sb.SorobanDataBuilder().setResources(1000000, 2000, 3000).setResourceFee(50000n)
  .setReadOnly([sb.xdr.LedgerKey.contractCode(new sb.xdr.LedgerKeyContractCode({ hash: Buffer.alloc(32, 7) }))]).build();
add('invoke host function', builder({ fee: '150000' }).addOperation(invoke).setSorobanData(sorobanData).build(), { kind: 'invoke_host_function', destination: contract });
// Fee bump of a signed inner transaction, paid by the other account; the signer signs the outer.
{
  const inner = builder().addOperation(sb.Operation.payment({ destination: other.publicKey(), asset: sb.Asset.native(), amount: '3' })).build();
  inner.sign(signer);
  const fb = sb.TransactionBuilder.buildFeeBumpTransaction(signer, '400', inner, passphrase);
  const unsigned = fb.toEnvelope().toXDR('base64');
  fb.sign(signer);
  cases.push({ name: 'fee bump', network: 'testnet', unsigned, signed: fb.toEnvelope().toXDR('base64'), hash: fb.hash().toString('hex'), kind: 'payment', fee: '800' });
}
// A v0 envelope (legacy form), on the public network.
{
  const tx = new sb.TransactionBuilder(new sb.Account(signer.publicKey(), '99'), { fee: '100', networkPassphrase: sb.Networks.PUBLIC, timebounds: { minTime: 0, maxTime: 0 } })
    .addOperation(sb.Operation.payment({ destination: other.publicKey(), asset: sb.Asset.native(), amount: '5' })).build();
  const v1 = tx.toEnvelope().v1();
  const v0tx = new sb.xdr.TransactionV0({ sourceAccountEd25519: signer.rawPublicKey(), fee: 100, seqNum: sb.xdr.SequenceNumber.fromString('100'),
    timeBounds: null, memo: sb.Memo.none().toXDRObject(), operations: v1.tx().operations(), ext: new sb.xdr.TransactionV0Ext(0) });
  const env = sb.xdr.TransactionEnvelope.envelopeTypeTxV0(new sb.xdr.TransactionV0Envelope({ tx: v0tx, signatures: [] }));
  const t = new sb.Transaction(env, sb.Networks.PUBLIC);
  const unsigned = t.toEnvelope().toXDR('base64');
  t.sign(signer);
  cases.push({ name: 'v0 envelope', network: 'public', unsigned, signed: t.toEnvelope().toXDR('base64'), hash: t.hash().toString('hex'), kind: 'payment', amountBase: '50000000' });
}

const out = { generator: '@stellar/stellar-base ' + require('@stellar/stellar-base/package.json').version,
  signerMnemonic: mnemonic, signer: signer.publicKey(), other: other.publicKey(), sep5, cases };
fs.writeFileSync(path.join(__dirname, '../unit/wallet/data/stellar.json'), JSON.stringify(out, null, 1) + '\n');
console.log('wrote', cases.length, 'cases');
