// The JSON calls of the 数电 portal: request decoding (key case, Jmbw), the invoice query and answer envelopes.
import { createDecipheriv, randomUUID } from 'node:crypto';

// The page (public/app.js) encrypts with this same replica-only key. The real scheme is unknown and does not
// matter: the extension must treat Jmbw as opaque and fall back to reading the page.
const JMBW_KEY = Buffer.from('replica-jmbw-key');

function decryptJmbw(b64) {
  const raw = Buffer.from(b64, 'base64');
  const decipher = createDecipheriv('aes-128-gcm', JMBW_KEY, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(raw.length - 16));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString());
}

const mapKeys = (v, f) =>
  Array.isArray(v)
    ? v.map((x) => mapKeys(x, f))
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [f(k), mapKeys(x, f)]))
      : v;
export const lowerCamel = (v) => mapKeys(v, (k) => k[0].toLowerCase() + k.slice(1));
const upperCamel = (v) => mapKeys(v, (k) => k[0].toUpperCase() + k.slice(1));

export class InvalidRequest extends Error {}

/** Request body (any key case, plain, {Jmbw} or an SM2-looking `$04…` hex string) -> PascalCase object. */
export function decodeBody(body) {
  if (typeof body === 'string' && body.startsWith('$04')) {
    try {
      return upperCamel(decryptJmbw(Buffer.from(body.slice(3), 'hex').toString('base64')));
    } catch {
      throw new InvalidRequest('请求解密失败');
    }
  }
  const b = upperCamel(body ?? {});
  if (typeof b.Jmbw !== 'string') return b;
  try {
    return upperCamel(decryptJmbw(b.Jmbw));
  } catch {
    throw new InvalidRequest('Jmbw 解密失败');
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const codes = (v) => (Array.isArray(v) ? v.map(String) : v == null || v === '' ? [] : [String(v)]);

export function readQuery(b) {
  const q = {
    Gjbq: String(b.Gjbq ?? ''),
    FpztDm: codes(b.FpztDm),
    FplxDm: codes(b.FplxDm),
    Kprqq: String(b.Kprqq ?? ''),
    Kprqz: String(b.Kprqz ?? ''),
    PageNumber: Number(b.PageNumber ?? 1),
    PageSize: Number(b.PageSize ?? 10),
  };
  if (q.Gjbq !== '1' && q.Gjbq !== '2') throw new InvalidRequest('Gjbq 须为 1（开具）或 2（取得）');
  if (!DATE.test(q.Kprqq) || !DATE.test(q.Kprqz)) throw new InvalidRequest('开票日期格式应为 YYYY-MM-DD');
  if (q.Kprqq > q.Kprqz) throw new InvalidRequest('开票日期起不能晚于开票日期止');
  if (!Number.isInteger(q.PageNumber) || q.PageNumber < 1) throw new InvalidRequest('PageNumber 无效');
  if (!Number.isInteger(q.PageSize) || q.PageSize < 1 || q.PageSize > 100) throw new InvalidRequest('PageSize 无效');
  return q;
}

/** Gjbq 1 = invoices `taxpayerId` issued (seller), 2 = received (buyer); newest first like the portal. */
export function queryFpjcxx(invoices, taxpayerId, q) {
  const ours = q.Gjbq === '1' ? (i) => i.Xsfnsrsbh === taxpayerId : (i) => i.Gmfnsrsbh === taxpayerId;
  const hits = invoices
    .filter((i) => {
      const day = i.Kprq.slice(0, 10);
      return (
        ours(i) &&
        day >= q.Kprqq &&
        day <= q.Kprqz &&
        (q.FpztDm.length === 0 || q.FpztDm.includes(i.FpztDm)) &&
        (q.FplxDm.length === 0 || q.FplxDm.includes(i.FplxDm))
      );
    })
    .sort((a, b) => b.Kprq.localeCompare(a.Kprq));
  const from = (q.PageNumber - 1) * q.PageSize;
  return { PageNumber: q.PageNumber, PageSize: q.PageSize, Total: hits.length, List: hits.slice(from, from + q.PageSize) };
}

export const success = (Data) => ({ Response: { RequestId: randomUUID(), Data } });
export const failure = (Error) => ({ Response: { RequestId: randomUUID(), Error } });
