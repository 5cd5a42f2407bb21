import type * as Ort from 'onnxruntime-web/wasm';
import type { RunRecogniser } from './pp-rec-engine';

/**
 * The recogniser model in an onnxruntime-web session on one WebAssembly thread: threads need SharedArrayBuffer, which
 * extension pages only get with cross-origin isolation. `wasmDir` holds ort-wasm-simd-threaded.{mjs,wasm}.
 */
export async function ortRecogniser(ort: typeof Ort, model: Uint8Array, wasmDir: string): Promise<{ run: RunRecogniser; close: () => Promise<void> }> {
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.wasmPaths = wasmDir;
  const session = await ort.InferenceSession.create(model, { executionProviders: ['wasm'] });
  const inputName = session.inputNames[0]!;
  const outputName = session.outputNames[0]!;
  return {
    async run(input, dims) {
      const tensor = new ort.Tensor('float32', input, dims);
      const output = (await session.run({ [inputName]: tensor }))[outputName]!;
      return { data: output.data as Float32Array, dims: output.dims };
    },
    close: () => session.release(),
  };
}
