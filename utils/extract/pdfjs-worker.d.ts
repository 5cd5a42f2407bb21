// pdf.js ships its worker module without types; only its presence matters (see browser-platform.ts).
declare module 'pdfjs-dist/build/pdf.worker.mjs';
