export interface BrowserImport {
  files: number;
  coldMs: number;
  warmMedianMs: number;
  totalMs: number;
}
export function timeBrowserImport(paths: string[]): Promise<BrowserImport>;
