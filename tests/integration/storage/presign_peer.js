#!/usr/bin/env node
// Cross-check for `flashback-cli s3 presign`: presigns the request given on stdin (JSON: method,
// protocol, hostname, port, path (already URI-encoded), region, accessKeyId, secretAccessKey,
// time (YYYYMMDDTHHMMSSZ), expires) with AWS's own signer (@smithy/signature-v4) and prints the
// query parameters of the presigned URL as a JSON object. The body is a stream, so the payload
// hash is UNSIGNED-PAYLOAD, as S3 presigned URLs use.
'use strict';
const path = require('path');
const { Readable } = require('stream');
const modules = path.join(__dirname, '..', '..', 'node_modules');
const { SignatureV4 } = require(path.join(modules, '@smithy/signature-v4'));
const { Sha256 } = require(path.join(modules, '@aws-crypto/sha256-js'));

function parseTime(t) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(t);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}

async function main() {
  const r = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const signer = new SignatureV4({
    credentials: { accessKeyId: r.accessKeyId, secretAccessKey: r.secretAccessKey },
    region: r.region,
    service: 's3',
    sha256: Sha256,
    uriEscapePath: false,
    applyChecksum: false,
  });
  const host = r.port ? `${r.hostname}:${r.port}` : r.hostname;
  const signed = await signer.presign(
    {
      method: r.method,
      protocol: r.protocol,
      hostname: r.hostname,
      port: r.port || undefined,
      path: r.path,
      query: {},
      headers: { host },
      body: Readable.from([]),
    },
    { signingDate: parseTime(r.time), expiresIn: r.expires });
  process.stdout.write(JSON.stringify(signed.query));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
