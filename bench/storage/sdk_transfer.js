// The reference client of bench_upload_1gib: the AWS SDK for JavaScript v3 (@aws-sdk/client-s3
// from tests/node_modules; @aws-sdk/lib-storage is not installed, so the multipart upload is done
// by hand the way lib-storage does it: fixed-size parts read from the file, `queue` in flight).
// Usage: node sdk_transfer.js put|get ENDPOINT BUCKET KEY FILE [partMiB=16] [queue=4]
//                             [offset=0] [length=rest of the file]   (put: a byte range only)
// Prints {"ms":N,"bytes":N} on success.
'use strict';
const path = require('path');
const fs = require('fs');
const root = process.env.FB_SOURCE_DIR || path.join(__dirname, '..', '..');
const { S3Client, CreateBucketCommand, CreateMultipartUploadCommand, UploadPartCommand,
        CompleteMultipartUploadCommand, GetObjectCommand } =
    require(path.join(root, 'tests', 'node_modules', '@aws-sdk', 'client-s3'));

async function main() {
    const [op, endpoint, bucket, key, file, partMiB = '16', queue = '4', offsetArg = '0',
           lengthArg = ''] = process.argv.slice(2);
    const s3 = new S3Client({
        endpoint, region: 'us-east-1', forcePathStyle: true,
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
        requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED',
    });
    try { await s3.send(new CreateBucketCommand({ Bucket: bucket })); } catch (e) { /* exists */ }
    const t0 = process.hrtime.bigint();
    let bytes = 0;
    if (op === 'put') {
        const offset = Number(offsetArg);
        const size = lengthArg ? Number(lengthArg) : fs.statSync(file).size - offset;
        const partSize = Number(partMiB) * 1024 * 1024;
        const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key }));
        const count = Math.max(1, Math.ceil(size / partSize));
        const parts = new Array(count);
        let next = 0;
        const fd = fs.openSync(file, 'r');
        async function worker() {
            while (next < count) {
                const i = next++;
                const len = Math.min(partSize, size - i * partSize);
                const buf = Buffer.allocUnsafe(len);
                fs.readSync(fd, buf, 0, len, offset + i * partSize);
                const r = await s3.send(new UploadPartCommand({
                    Bucket: bucket, Key: key, UploadId, PartNumber: i + 1, Body: buf,
                    ContentLength: len }));
                parts[i] = { ETag: r.ETag, PartNumber: i + 1 };
            }
        }
        await Promise.all(Array.from({ length: Number(queue) }, worker));
        fs.closeSync(fd);
        await s3.send(new CompleteMultipartUploadCommand({
            Bucket: bucket, Key: key, UploadId, MultipartUpload: { Parts: parts } }));
        bytes = size;
    } else {
        const r = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        await new Promise((resolve, reject) => {
            const out = fs.createWriteStream(file);
            r.Body.on('data', (c) => { bytes += c.length; });
            r.Body.pipe(out);
            out.on('finish', resolve);
            out.on('error', reject);
            r.Body.on('error', reject);
        });
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    process.stdout.write(JSON.stringify({ ms: Math.round(ms), bytes }) + '\n');
}
main().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
