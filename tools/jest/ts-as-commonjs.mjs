/** ESM load hook: a .ts file imported (the light runner imports each spec) goes to Node's CommonJS loader, where @swc-node/register compiles it. */
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && /\.tsx?(\?|$)/.test(url)) return { format: 'commonjs', shortCircuit: true };
  return nextLoad(url, context);
}
