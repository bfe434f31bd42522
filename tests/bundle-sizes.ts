/**
 * What each entry of a built extension makes the browser load, raw and gzip (issue 12). One
 * definition, shared by `npm run bench` (which prints the figures) and the budget tests in
 * `npm test` (which assert them), so the two never count differently.
 *
 * - An HTML entry's *first script* is every script its `<script src>` and `<link rel=modulepreload>`
 *   name, plus everything those statically import (`import … from`, `export … from`, `import "…"`),
 *   followed through the built chunks: what must arrive before the page's code can run.
 * - Its *lazy* chunks are what `import("…")` reaches from there (and what those import), minus the
 *   first script: loaded on demand, later.
 * - A script entry (the background service worker, a content script) is counted the same way from
 *   its own file.
 * Gzip is per file at level 9 (each file is read on its own), summed.
 *
 * Usage:
 *   const sizes = bundleSizes('.output/chrome-mv3');
 *   sizes.pages['sidepanel.html'].first.gzip; // bytes
 *   sizes.scripts['background.js'].first.raw;
 *
 * Pure Node: the chunks are parsed with the TypeScript compiler's parser (a devDependency already),
 * so an `import` inside a string or a message is never mistaken for one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';

export interface Size {
  /** Bytes on disk. */
  raw: number;
  /** Bytes after gzip -9, file by file. */
  gzip: number;
  /** The files counted, relative to the build folder with forward slashes, sorted. */
  files: string[];
}

export interface EntrySizes {
  first: Size;
  lazy: Size;
}

export interface BundleSizes {
  /** Keyed by the HTML file at the build folder's top level, e.g. `sidepanel.html`. */
  pages: Record<string, EntrySizes>;
  /** Keyed by script path, e.g. `background.js`, `content-scripts/overlay.js`. */
  scripts: Record<string, EntrySizes>;
}

export interface ModuleImports {
  static: string[];
  dynamic: string[];
}

/** The specifiers a module imports statically and through `import()` with a literal argument. */
export function moduleImports(code: string, fileName = 'chunk.js'): ModuleImports {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found: ModuleImports = { static: [], dynamic: [] };
  for (const statement of source.statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      found.static.push(statement.moduleSpecifier.text);
    }
  }
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) found.dynamic.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The scripts an HTML page loads at once: `<script src>` and `<link rel="modulepreload" href>`. */
export function pageScripts(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag)) {
      const src = attr('src');
      if (src) found.push(src);
    } else if (attr('rel')?.toLowerCase() === 'modulepreload') {
      const href = attr('href');
      if (href) found.push(href);
    }
  }
  return found;
}

const toKey = (dir: string, path: string) => relative(dir, path).split(sep).join(posix.sep);

/** Resolves an import or a page's `src` to a file of the build; absolute paths start at the build folder. */
function resolveIn(dir: string, from: string, specifier: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier) && !specifier.startsWith('chrome-extension:')) return undefined;
  const path = specifier.replace(/^chrome-extension:\/\/[^/]+/, '').split(/[?#]/)[0]!;
  if (path.startsWith('/')) return join(dir, path);
  if (path.startsWith('./') || path.startsWith('../')) return join(dirname(from), path);
  return undefined; // a bare specifier cannot be loaded by an extension page
}

/** Counts one entry: the first script from `roots`, then the lazy chunks. `roots` are absolute paths. */
export function entrySizes(dir: string, roots: string[], read: (path: string) => FileInfo = fileReader()): EntrySizes {
  const first = new Set<string>();
  const dynamicTargets: string[] = [];
  const closure = (start: string[], into: Set<string>, skip: Set<string>) => {
    const queue = [...start];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (into.has(path) || skip.has(path)) continue;
      into.add(path);
      const info = read(path);
      for (const s of info.imports.static) {
        const target = resolveIn(dir, path, s);
        if (target) queue.push(target);
      }
      for (const s of info.imports.dynamic) {
        const target = resolveIn(dir, path, s);
        if (target) dynamicTargets.push(target);
      }
    }
  };
  closure(roots, first, new Set());
  const lazy = new Set<string>();
  // A lazy chunk may itself import() another: keep going until nothing new is reached.
  for (let i = 0; i < dynamicTargets.length; i++) closure([dynamicTargets[i]!], lazy, first);
  const total = (paths: Set<string>): Size => {
    const files = [...paths].sort();
    return {
      raw: files.reduce((sum, p) => sum + read(p).raw, 0),
      gzip: files.reduce((sum, p) => sum + read(p).gzip, 0),
      files: files.map((p) => toKey(dir, p)),
    };
  };
  return { first: total(first), lazy: total(lazy) };
}

export interface FileInfo {
  raw: number;
  gzip: number;
  imports: ModuleImports;
}

function fileReader(): (path: string) => FileInfo {
  const cache = new Map<string, FileInfo>();
  return (path) => {
    let info = cache.get(path);
    if (!info) {
      if (!existsSync(path)) throw new Error(`bundle sizes: ${path} is imported but not in the build`);
      const bytes = readFileSync(path);
      const imports = path.endsWith('.js') || path.endsWith('.mjs') ? moduleImports(bytes.toString('utf8'), path) : { static: [], dynamic: [] };
      info = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, imports };
      cache.set(path, info);
    }
    return info;
  };
}

/**
 * Every HTML entry at the top of `dir`, every top-level script (the background) and every content
 * script, counted as described at the top of this file.
 */
export function bundleSizes(dir: string): BundleSizes {
  if (!existsSync(dir)) throw new Error(`bundle sizes: no build at ${dir}`);
  const read = fileReader();
  const top = readdirSync(dir).sort();
  const pages: Record<string, EntrySizes> = {};
  for (const name of top.filter((f) => f.endsWith('.html'))) {
    const path = join(dir, name);
    const roots = pageScripts(readFileSync(path, 'utf8'))
      .map((src) => resolveIn(dir, path, src.startsWith('/') || src.startsWith('.') || src.includes(':') ? src : `./${src}`))
      .filter((p): p is string => !!p);
    pages[name] = entrySizes(dir, roots, read);
  }
  const scripts: Record<string, EntrySizes> = {};
  const contentDir = join(dir, 'content-scripts');
  const scriptFiles = [
    ...top.filter((f) => f.endsWith('.js')).map((f) => join(dir, f)),
    ...(existsSync(contentDir) ? readdirSync(contentDir).sort().filter((f) => f.endsWith('.js')).map((f) => join(contentDir, f)) : []),
  ];
  for (const path of scriptFiles) scripts[toKey(dir, path)] = entrySizes(dir, [path], read);
  return { pages, scripts };
}
