// Self-signed certificate for the replica, built with node:crypto alone: no openssl on the path is needed
// and no private key is ever committed. Chromium is started with --ignore-certificate-errors, so the
// certificate only has to be well-formed for Node's TLS stack; it still names the hosts it serves.
import { generateKeyPairSync, sign, X509Certificate, randomBytes } from 'node:crypto';

const HOSTS = ['*.chinatax.gov.cn', '*.beijing.chinatax.gov.cn', 'localhost'];
const IPS = ['127.0.0.1'];

function len(n) {
  if (n < 0x80) return Buffer.from([n]);
  const bytes = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const tlv = (tag, ...parts) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), len(body.length), body]);
};
const seq = (...parts) => tlv(0x30, ...parts);
const set = (...parts) => tlv(0x31, ...parts);
function oid(dotted) {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [40 * a + b];
  for (const n of rest) {
    const groups = [];
    for (let v = n; ; v = Math.floor(v / 128)) {
      groups.unshift((v % 128) | (groups.length ? 0x80 : 0));
      if (v < 128) break;
    }
    out.push(...groups);
  }
  return tlv(0x06, Buffer.from(out));
}
const utf8 = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
const utcTime = (d) => tlv(0x17, Buffer.from(d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'));
const name = (cn) => seq(set(seq(oid('2.5.4.3'), utf8(cn))));

/** @returns {{ key: string, cert: string }} PEM strings for https.createServer */
export function selfSignedCert() {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ecdsaSha256 = seq(oid('1.2.840.10045.4.3.2'));
  const now = Date.now();
  const subject = name('dppt.beijing.chinatax.gov.cn');
  const altNames = seq(
    ...HOSTS.map((h) => tlv(0x82, Buffer.from(h))),
    ...IPS.map((ip) => tlv(0x87, Buffer.from(ip.split('.').map(Number)))),
  );
  const serial = randomBytes(8);
  // A positive DER INTEGER with no leading zero byte (0x00 followed by a byte below 0x80 is illegal padding, which
  // made one certificate in 256 unreadable).
  serial[0] = (serial[0] & 0x3f) | 0x40;
  const tbs = seq(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))), // v3
    tlv(0x02, serial),
    ecdsaSha256,
    subject, // issuer = subject: self-signed
    seq(utcTime(new Date(now - 86400e3)), utcTime(new Date(now + 365 * 86400e3))),
    subject,
    publicKey.export({ type: 'spki', format: 'der' }),
    tlv(0xa3, seq(seq(oid('2.5.29.17'), tlv(0x04, altNames)))),
  );
  const signature = sign('sha256', tbs, privateKey);
  const der = seq(tbs, ecdsaSha256, tlv(0x03, Buffer.from([0]), signature));
  const cert = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').match(/.{1,64}/g).join('\n')}\n-----END CERTIFICATE-----\n`;
  if (!new X509Certificate(cert).checkPrivateKey(privateKey)) throw new Error('replica certificate does not match its key');
  return { key: privateKey.export({ type: 'pkcs8', format: 'pem' }), cert };
}
