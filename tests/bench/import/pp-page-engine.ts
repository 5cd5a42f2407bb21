import type { OcrEngine, OcrWord } from '../../../utils/extract/ocr/engine';
import type { GrayImage } from '../../../utils/extract/raster';
import { createPpOcr } from '../ppocr/pp-ocr';

function rgba(image: GrayImage) {
  const data = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0; i < image.data.length; i++) {
    data.fill(image.data[i]!, i * 4, i * 4 + 3);
    data[i * 4 + 3] = 255;
  }
  return { width: image.width, height: image.height, data };
}

/** PP-OCRv4 for everything, the page pass included (detection + recognition): the third engine the bench weighs. */
export async function startPpOcrPages(): Promise<OcrEngine> {
  const ocr = await createPpOcr();
  return {
    name: 'PP-OCRv4 det + rec',
    async recognise(image, request): Promise<OcrWord[]> {
      if (request.layout === 'line') {
        const { text, confidence } = await ocr.readLine(rgba(image));
        return text ? [{ text: text.normalize('NFKC'), confidence, x: 0, y: 0, w: image.width, h: image.height }] : [];
      }
      return (await ocr.recognise(rgba(image))).map((l) => ({ text: l.text.normalize('NFKC'), confidence: l.confidence, ...l.box }));
    },
    close: () => ocr.close(),
  };
}
