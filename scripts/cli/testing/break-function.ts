/**
 * Test-only module hook, loaded with `node --import` (or NODE_OPTIONS=--import=…): makes one exported function of
 * our code throw a TypeError, so a test can prove how a command reports a bug without a test path in the product.
 * SIKKERHEDSNET_TEST_BREAK names it as `<file from the repository root>#<function>`, e.g.
 * `scripts/github/plan.ts#computePlan`. The function must be a `function` declaration (a mutable binding).
 */
import { registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [file, name] = (process.env.SIKKERHEDSNET_TEST_BREAK ?? '').split('#');
if (!file || !name || !/^[A-Za-z_$][\w$]*$/.test(name))
  throw new Error('SIKKERHEDSNET_TEST_BREAK must be <file>#<function>');
const target = pathToFileURL(path.resolve(import.meta.dirname, '..', '..', '..', file)).href;

registerHooks({
  load(url, context, nextLoad) {
    const loaded = nextLoad(url, context);
    if (url !== target) return loaded;
    const broken = `\n${name} = function ${name}() { throw new TypeError('${name}: en fejl, testen har sat ind'); };\n`;
    const source = typeof loaded.source === 'string' ? loaded.source : new TextDecoder().decode(loaded.source);
    return { ...loaded, source: `${source}${broken}` };
  },
});
