/**
 * CTC greedy decoding of the PP-OCR recognition output, as PaddleOCR's CTCLabelDecode does it.
 */

/**
 * Class labels from `ppocr_keys_v1.txt`: index 0 is the CTC blank, and PaddleOCR appends a space after the file's
 * lines (`use_space_char`), so the label count must equal the model's class count (6625).
 */
export function parseDictionary(text: string): string[] {
  const lines = text.split(/\r?\n/);
  // readlines() yields no extra entry for a final newline, so neither may we.
  if (lines.at(-1) === '') lines.pop();
  return ['', ...lines, ' '];
}

export interface Decoded {
  text: string;
  /** Mean of the winning probabilities of the characters kept; 0 when nothing was read. */
  confidence: number;
}

/**
 * Decodes one sequence of `steps` softmax rows of `labels.length` classes starting at `offset` in `probs`: take the
 * best class per step, merge repeats, drop blanks.
 */
export function ctcGreedyDecode(
  probs: ArrayLike<number>,
  offset: number,
  steps: number,
  labels: readonly string[],
): Decoded {
  const classes = labels.length;
  let text = '';
  let probSum = 0;
  let kept = 0;
  let previous = -1;
  for (let t = 0; t < steps; t++) {
    const row = offset + t * classes;
    let best = 0;
    let bestProb = probs[row] ?? 0;
    for (let c = 1; c < classes; c++) {
      const p = probs[row + c] ?? 0;
      if (p > bestProb) {
        best = c;
        bestProb = p;
      }
    }
    if (best !== 0 && best !== previous) {
      text += labels[best] ?? '';
      probSum += bestProb;
      kept++;
    }
    previous = best;
  }
  return { text, confidence: kept === 0 ? 0 : probSum / kept };
}
