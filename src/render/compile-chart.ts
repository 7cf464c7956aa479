import { createRequire } from 'node:module';
import type { TopLevelSpec } from 'vega-lite';
import type { Spec } from 'vega';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';

/** What compiling a Vega-Lite spec gave: the Vega spec, and every warning Vega-Lite logged. */
export interface CompiledChart {
  vega: Spec;
  warnings: string[];
}

type Compile = (spec: TopLevelSpec, options: { logger: never }) => { spec: Spec };
let compile: Compile | undefined;

/** Vega-Lite's compiler, loaded on first use (a quarter of a second): importing the library does not pay for it. */
function compiler(): Compile {
  compile ??= (createRequire(import.meta.url)('vega-lite') as { compile: Compile }).compile;
  return compile;
}

/**
 * Compiles a Vega-Lite spec to Vega with a logger that keeps every warning, so that a caller can
 * insist on none.
 *
 * @param spec - A Vega-Lite spec.
 * @param options - `strict`: throw a `FactcheckError` (code `VEGA_LITE_WARNINGS`) listing the
 *   warnings when there are any. Default `false`.
 * @returns The Vega spec and the warnings.
 * @example
 * compileChart(targetVsActualChart({ topic: 'tourism' })).warnings
 * // => []
 */
export function compileChart(spec: TopLevelSpec, options: { strict?: boolean } = {}): CompiledChart {
  const warnings: string[] = [];
  let level = 0;
  const logger = {
    level(value?: number) { if (value !== undefined) { level = value; return logger; } return level; },
    error(...args: readonly unknown[]) { throw new FactcheckError('VEGA_LITE_ERROR', args.map(String).join(' ')); },
    warn(...args: readonly unknown[]) { warnings.push(args.map(String).join(' ')); return logger; },
    info() { return logger; },
    debug() { return logger; },
  };
  let vega: Spec;
  try {
    vega = compiler()(spec, { logger: logger as never }).spec;
  } catch (error) {
    if (error instanceof FactcheckError) throw error;
    throw new FactcheckError('VEGA_LITE_ERROR', messages.vegaLiteFailed(String((error as Error)?.message ?? error)), { cause: error });
  }
  if (options.strict && warnings.length > 0) throw new FactcheckError('VEGA_LITE_WARNINGS', messages.vegaLiteWarnings(warnings));
  return { vega, warnings };
}
