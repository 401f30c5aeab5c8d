#!/usr/bin/env node
// Cross-check for fb::storage::SigV4Signer: signs the requests given on stdin (a JSON array)
// with AWS's own signer (@smithy/signature-v4 + @aws-crypto/sha256-js) and prints, as a JSON
// array, the Authorization header (header signing) or the X-Amz-Signature (presigning).
// Request fields: method, protocol, hostname, port, path (already URI-encoded), query (object of
// decoded values), headers (object), body (string) or payloadHash, region, service, time
// (YYYYMMDDTHHMMSSZ), expires (present: presign), uriEscapePath, applyChecksum.
'use strict';
const path = require('path');
const modules = path.join(__dirname, '..', '..', 'node_modules');
const { SignatureV4 } = require(path.join(modules, '@smithy/signature-v4'));
const { Sha256 } = require(path.join(modules, '@aws-crypto/sha256-js'));

function parseTime(t) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(t);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}

async function main() {
  const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const out = [];
  for (const r of input) {
    const signer = new SignatureV4({
      credentials: { accessKeyId: r.accessKeyId, secretAccessKey: r.secretAccessKey },
      region: r.region,
      service: r.service,
      sha256: Sha256,
      uriEscapePath: !!r.uriEscapePath,
      applyChecksum: r.applyChecksum !== false,
    });
    const headers = Object.assign({}, r.headers);
    if (r.payloadHash) headers['x-amz-content-sha256'] = r.payloadHash;
    const request = {
      method: r.method,
      protocol: r.protocol || 'https:',
      hostname: r.hostname,
      port: r.port || undefined,
      path: r.path,
      query: r.query || {},
      headers,
      body: r.body,
    };
    const when = parseTime(r.time);
    if (r.expires !== undefined) {
      const signed = await signer.presign(request, { signingDate: when, expiresIn: r.expires });
      out.push({ signature: signed.query['X-Amz-Signature'] });
    } else {
      const signed = await signer.sign(request, { signingDate: when });
      out.push({ authorization: signed.headers.authorization });
    }
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
