/** One record per file per invoice: the same file imported twice for one invoice is kept once. */
export function originalFileId(invoiceKey: string, sha256: string): string {
  return `${invoiceKey}/${sha256}`;
}
