/**
 * Tesseract's worker loads its model only after its WebAssembly core has compiled, and inflates the gzipped model with
 * a JavaScript gunzip (zlibjs: 0.2-0.6 s for 2.9 → 5.2 MB on this machine, over half a second of a cold check). The
 * patched worker starts fetching the model the moment it starts, inflates it with the browser's DecompressionStream
 * while the core compiles, and hands the inflated bytes to the library's own fetch of that file (which then finds no
 * gzip header and skips its gunzip).
 */

/** Runs first in the worker: `fetch` of the model file is answered from the download begun here. */
function prefetch(modelFile: string): string {
  return `/* Second Look: ${modelFile} fetched as the worker starts, inflated natively */(()=>{const f=self.fetch.bind(self),u=new URL(${JSON.stringify(modelFile)},self.location.href).href,get=()=>f(u).then(r=>r.ok?new Response(r.body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer().then(b=>new Response(b)):r);let p=get();p.catch(()=>{});self.fetch=(a,o)=>{if(String(a)!==u)return f(a,o);const q=p||get();p=null;return q}})();\n`;
}

/** The library's worker with the prefetch in front; throws if the worker no longer reaches the model through the global fetch. */
export function prefetchOcrModel(workerCode: string, modelFile: string): string {
  if (!workerCode.includes('"webworker"===') || !workerCode.includes('.traineddata')) {
    throw new Error('the Tesseract worker is not the tesseract.js 7 build this patch was written for (no webworker fetch of .traineddata found)');
  }
  return prefetch(modelFile) + workerCode;
}
