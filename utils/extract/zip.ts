import { unzipSync } from 'fflate';
import { fileError } from './extract-error';
import { formatBytes, LIMITS } from './limits';

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  /** As the central directory declares it; fflate never inflates an entry past this size. */
  size: number;
  encrypted: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

function findEndOfCentralDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - EOCD_MIN - MAX_COMMENT);
  for (let i = view.byteLength - EOCD_MIN; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

const corrupt = () => fileError('zip-corrupt', '压缩包已损坏或不完整，无法打开。', 'The archive is damaged or incomplete and cannot be opened.');

/**
 * Reads the central directory and refuses archives that would exhaust the page when unpacked (zip bombs), hold too
 * many entries, are encrypted, or use ZIP64 (no invoice or workbook needs it).
 */
export function scanZip(bytes: Uint8Array): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corrupt();
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw fileError('zip64-unsupported', '压缩包使用了 ZIP64 格式，发票文件不会这样打包。', 'The archive uses ZIP64, which invoice files never do.');
  }
  if (count > LIMITS.zipEntries) {
    throw fileError(
      'zip-too-many-entries',
      `压缩包内有 ${count} 个文件，超过上限 ${LIMITS.zipEntries} 个。`,
      `The archive holds ${count} entries, more than the limit of ${LIMITS.zipEntries}.`,
    );
  }
  if (directoryOffset + directorySize > eocd) throw corrupt();
  const decoder = new TextDecoder();
  const entries: ZipEntryInfo[] = [];
  let at = directoryOffset;
  let expanded = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw corrupt();
    const flags = view.getUint16(at + 8, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, compressedSize, size, encrypted: (flags & 1) === 1 });
    expanded += size;
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.some((e) => e.encrypted)) {
    throw fileError('encrypted', '文件已加密（设置了密码），无法读取；请导出未加密的版本。', 'The file is password-protected; export an unencrypted copy.');
  }
  if (expanded > LIMITS.zipExpandedBytes || expanded > bytes.byteLength * LIMITS.zipRatio) {
    throw fileError(
      'zip-bomb',
      `压缩包解压后将达 ${formatBytes(expanded)}（压缩前 ${formatBytes(bytes.byteLength)}），超出安全上限，疑似“压缩炸弹”，已拒绝。`,
      `The archive would expand to ${formatBytes(expanded)} from ${formatBytes(bytes.byteLength)}, beyond the safe limit; it looks like a zip bomb and was refused.`,
    );
  }
  return entries;
}

/** Unpacks the entries `want` picks, after scanZip's checks. Names are archive paths without a leading slash. */
export function readZip(bytes: Uint8Array, want: (name: string) => boolean): Map<string, Uint8Array> {
  scanZip(bytes);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => want(f.name.replace(/^\/+/, '')) });
  } catch {
    throw corrupt();
  }
  return new Map(Object.entries(files).map(([name, data]) => [name.replace(/^\/+/, ''), data]));
}
