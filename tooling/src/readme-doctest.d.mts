/** A fenced code block of a Markdown file. */
export interface CodeBlock {
  /** The info string's first word (`js`, `ts`, `sh`, …), lower case. */
  lang: string;
  /** The block's text, with the fence's indentation removed. */
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** True when the line before the fence is `<!-- doctest: skip -->`. */
  skip: boolean;
}

/** Every fenced code block of `markdown`, in order (indented fences inside list items included). */
export function readmeBlocks(markdown: string): CodeBlock[];

/** The JavaScript/TypeScript blocks of a README joined into one ES module: imports deduplicated and hoisted, bodies in order. */
export function readmeModule(blocks: readonly CodeBlock[]): { code: string; typescript: boolean };

/** Options of {@link describeReadme}. */
export interface ReadmeDoctestOptions {
  /**
   * Size reductions applied to the code before it runs (so a README can show
   * real sizes and the test stay fast), e.g. `[[/steps: 20000/g, 'steps: 20']]`.
   * Each must match at least once, so a stale reduction fails the test.
   */
  shrink?: ReadonlyArray<readonly [RegExp, string]>;
  /** Test timeout in ms (default 180 000). */
  timeout?: number;
}

/**
 * Defines a vitest test that extracts every `js`/`ts` block of the README at
 * `readmeUrl`, joins them into one module in the package's folder (so its
 * imports resolve as a user's would) and runs it; the test fails if the code
 * throws or the README has no runnable block.
 */
export function describeReadme(readmeUrl: URL, options?: ReadmeDoctestOptions): void;
