import { unzipSync, zipSync } from 'fflate';
import { below, mutate, type Mutation, type Random } from './mutate';

/**
 * Damages one entry of a (trusted, well-formed) seed archive and packs it again. Bytes flipped in a compressed archive
 * mostly stop at the inflater; this reaches the XML readers behind it with damaged XML, as an OFD written by buggy
 * software would.
 */
export function mutateZipEntry(zip: Uint8Array, random: Random): Mutation {
  const entries = unzipSync(zip);
  const names = Object.keys(entries).filter((n) => entries[n]!.length > 0);
  const name = names[below(random, names.length)]!;
  const inner = mutate(entries[name]!, random);
  return { label: `entry ${name}: ${inner.label}`, bytes: zipSync({ ...entries, [name]: inner.bytes }) };
}
