// Test peer: builds Stellar keys and signed payment envelopes with the reference SDK
// (@stellar/stellar-base), independent of the node's own decoder. Input: one JSON argument;
// output: one JSON line.
'use strict';
const sb = require('@stellar/stellar-base');

function stroopsToDecimal(units) {
  const s = BigInt(units).toString().padStart(8, '0');
  return s.slice(0, -7) + '.' + s.slice(-7);
}

function main() {
  const req = JSON.parse(process.argv[2]);
  const kp = sb.Keypair.fromRawEd25519Seed(Buffer.from(req.seed, 'hex'));
  if (req.cmd === 'keypair') {
    return { address: kp.publicKey() };
  }
  if (req.cmd === 'payment') {
    const account = new sb.Account(kp.publicKey(), req.sequence);
    let asset = sb.Asset.native();
    if (req.asset !== 'XLM') {
      const [code, issuer] = req.asset.split(':');
      asset = new sb.Asset(code, issuer);
    }
    const builder = new sb.TransactionBuilder(account, {
      fee: String(req.fee || 100),
      networkPassphrase: req.passphrase,
      timebounds: { minTime: req.minTime || 0, maxTime: req.maxTime || 0 },
    });
    builder.addOperation(sb.Operation.payment({
      destination: req.destination, asset, amount: stroopsToDecimal(req.amount) }));
    if (req.memo) builder.addMemo(sb.Memo.text(req.memo));
    const tx = builder.build();
    tx.sign(req.signWith ? sb.Keypair.fromRawEd25519Seed(Buffer.from(req.signWith, 'hex')) : kp);
    return { envelope: tx.toEnvelope().toXDR('base64'), hash: tx.hash().toString('hex') };
  }
  throw new Error('unknown cmd ' + req.cmd);
}

try {
  process.stdout.write(JSON.stringify(main()) + '\n');
} catch (e) {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
}
