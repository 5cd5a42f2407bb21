/** What the import is doing to a file right now, for its progress bar. */
export type ExtractStage = 'read' | 'text' | 'qr' | 'ocr' | 'sheet';

export type OnProgress = (stage: ExtractStage, fraction: number) => void;
