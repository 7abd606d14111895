import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The ownership and layer rules of the design ("A module owns its tables"; ADR 0013), checked by reading
 * the imports of every file under app/ with the TypeScript parser:
 * (a) ($locale) storefront routes never import #app/db (checkout, thank-you and the returns portal
 *     are the named, standalone-only exception);
 * (b) a schema export (table, sequence or row type) is imported, and a table named in raw SQL,
 *     only by its owning module: app/db/schema/<module>.ts belongs to app/modules/<module>;
 * (c) nothing under app/modules/<m>/core/ does I/O or reads the clock or randomness implicitly;
 * and module services do not import each other in a cycle.
 * app/db itself (schema, client, migrations, seed), scripts/ and tests/ may touch every table.
 */

const SCHEMA_DIR = 'app/db/schema';
const MODULES_DIR = 'app/modules';

interface ImportRef {
  specifier: string;
  names: string[];
  line: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function parse(file: string, text = readFileSync(file, 'utf8')): ts.SourceFile {
  return ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

/** Static imports, re-exports, dynamic import() and require(), type-only ones included; '*' is a namespace import. */
function importsOf(source: ts.SourceFile): ImportRef[] {
  const out: ImportRef[] = [];
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const names: string[] = [];
      if (clause?.name) names.push('default');
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
      if (bindings && ts.isNamedImports(bindings))
        names.push(...bindings.elements.map((e) => (e.propertyName ?? e.name).text));
      out.push({ specifier: node.moduleSpecifier.text, names, line: line(node) });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const names =
        !clause || ts.isNamespaceExport(clause)
          ? ['*']
          : clause.elements.map((e) => (e.propertyName ?? e.name).text);
      out.push({ specifier: node.moduleSpecifier.text, names, line: line(node) });
    } else if (
      ts.isCallExpression(node) &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0]) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      out.push({ specifier: node.arguments[0].text, names: ['*'], line: line(node) });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      out.push({
        specifier: node.argument.literal.text,
        names: [node.qualifier ? entityName(node.qualifier) : '*'],
        line: line(node),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function entityName(name: ts.EntityName): string {
  return ts.isIdentifier(name) ? name.text : entityName(name.left);
}

/** Repository-relative path an import points at, or the bare package name. */
function resolveImport(fromFile: string, specifier: string): string {
  if (specifier.startsWith('#app/')) return path.posix.normalize(`app/${specifier.slice(5)}`);
  if (specifier.startsWith('#tests/')) return path.posix.normalize(`tests/${specifier.slice(7)}`);
  if (specifier.startsWith('.'))
    return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  return specifier;
}

const moduleOf = (file: string) => /^app\/modules\/([^/]+)\//.exec(file)?.[1] ?? null;

// ---- schema: owners, exported names and SQL table names ----

const schemaFiles = readdirSync(SCHEMA_DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => `${SCHEMA_DIR}/${f}`);
const ownerOfSchemaFile = (file: string) => path.posix.basename(file, '.ts');

function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    const exported =
      ts.canHaveModifiers(statement) &&
      ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isVariableStatement(statement) && exported) {
      for (const d of statement.declarationList.declarations)
        if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      exported &&
      statement.name
    ) {
      names.push(statement.name.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      names.push(...statement.exportClause.elements.map((e) => e.name.text));
    }
  }
  return names;
}

/** pgTable('name', …) / pgSequence('name', …) calls: the SQL names a schema file defines. */
function sqlTableNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      /^pg(Table|Sequence|View|MaterializedView)$/.test(node.expression.text) &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      names.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Export name → owning module, and SQL table name → owning module. */
const exportOwner = new Map<string, string>();
const sqlTableOwner = new Map<string, string>();
for (const file of schemaFiles) {
  const source = parse(file);
  for (const name of exportedNames(source)) exportOwner.set(name, ownerOfSchemaFile(file));
  for (const name of sqlTableNames(source)) sqlTableOwner.set(name, ownerOfSchemaFile(file));
}

/** The owning module of each schema name an import brings in ('*': every schema file's owner). */
function ownersImported(target: string, names: string[]): { name: string; owner: string }[] {
  const file = target.endsWith('.ts') ? target : `${target}.ts`;
  if (!file.startsWith(`${SCHEMA_DIR}/`)) return [];
  if (file !== `${SCHEMA_DIR}/index.ts`) {
    const owner = ownerOfSchemaFile(file);
    return names.map((name) => ({ name, owner }));
  }
  return names.flatMap((name) => {
    if (name === '*') return [{ name: '* (the whole schema)', owner: '(every module)' }];
    return [{ name, owner: exportOwner.get(name) ?? '(unknown)' }];
  });
}

/** Table names in raw SQL (sql`…` templates and sql.raw('…')) after from/join/update/into. */
function sqlTablesIn(source: ts.SourceFile): { table: string; line: number }[] {
  const out: { table: string; line: number }[] = [];
  const scan = (text: string, node: ts.Node) => {
    for (const m of text.matchAll(
      /\b(?:from|join|update|into|table)\s+(?:only\s+)?"?([a-z_][a-z0-9_]*)"?/gi,
    )) {
      out.push({
        table: m[1]!.toLowerCase(),
        line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      });
    }
  };
  const isSqlTag = (e: ts.Expression) => ts.isIdentifier(e) && e.text === 'sql';
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && isSqlTag(node.tag)) {
      const t = node.template;
      scan(
        ts.isNoSubstitutionTemplateLiteral(t)
          ? t.text
          : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)].join(' ? '),
        node,
      );
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      isSqlTag(node.expression.expression) &&
      node.expression.name.text === 'raw' &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      scan(node.arguments[0].text, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

// ---- the files the rules apply to ----

const APP_FILES = sourceFiles('app').filter((f) => !f.startsWith('app/db/'));
const parsed = new Map(APP_FILES.map((f) => [f, parse(f)]));

const STOREFRONT_ROUTES = readdirSync('app/routes')
  .filter((f) => f.startsWith('($locale)'))
  .map((f) => `app/routes/${f}`);
/**
 * Named exception: checkout, its thank-you page and the returns portal are Meridian's own server
 * routes (standalone mode only; on Shopify, checkout is Shopify's and returns sit behind the app proxy).
 */
const STANDALONE_CHECKOUT_ROUTE = /^app\/routes\/\(\$locale\)\.(checkout_?\.\$token[._]|returns\.)/;

const CORE_FILES = APP_FILES.filter((f) => /^app\/modules\/[^/]+\/core\//.test(f));
/** Built-ins that reach disks, networks, processes or randomness; core takes their results as arguments. */
const IO_BUILTINS = new Set([
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'http2',
  'tls',
  'dgram',
  'dns',
  'dns/promises',
  'child_process',
  'cluster',
  'worker_threads',
  'crypto',
  'os',
  'process',
  'readline',
  'inspector',
  'sqlite',
  'v8',
  'vm',
  'perf_hooks',
  'timers',
  'timers/promises',
]);
/** Packages that are database drivers, HTTP clients or payment/mail SDKs. */
const IO_PACKAGES =
  /^(drizzle-orm|postgres|pg|@electric-sql\/pglite|stripe|nodemailer|undici|node-fetch|axios|ky|got|@shopify\/hydrogen|@shopify\/shopify-api|express)(\/|$)/;

function coreImportProblem(file: string, specifier: string): string | null {
  const target = resolveImport(file, specifier);
  const bare = specifier.replace(/^node:/, '');
  if (builtinModules.includes(bare) && IO_BUILTINS.has(bare)) return `${specifier} (I/O built-in)`;
  if (IO_PACKAGES.test(specifier)) return `${specifier} (I/O package)`;
  if (target.startsWith('app/db/') || target === 'app/db') return `${specifier} (the database)`;
  if (/\.server(\.tsx?)?$/.test(target)) return `${specifier} (a *.server file)`;
  if (target.startsWith('app/') && !target.startsWith('app/modules/') && !target.startsWith('app/lib/'))
    return `${specifier} (outside modules and the shared kernel)`;
  return null;
}

/** Reads of the clock, randomness or the network that core must be given instead. */
function implicitEffects(source: ts.SourceFile): string[] {
  const out: string[] = [];
  const text = (e: ts.Node) => e.getText(source).replace(/\s+/g, '');
  const at = (node: ts.Node) => `:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && text(node.expression) === 'Date' && (node.arguments?.length ?? 0) === 0)
      out.push(`new Date()${at(node)}`);
    if (ts.isCallExpression(node)) {
      const callee = text(node.expression);
      if (
        /^(Date\.now|Math\.random|performance\.now|fetch|(globalThis\.)?crypto\.(randomUUID|getRandomValues|randomInt|randomBytes))$/.test(
          callee,
        )
      )
        out.push(`${callee}()${at(node)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

// ---- the rules ----

function schemaViolations(): string[] {
  const out: string[] = [];
  for (const [file, source] of parsed) {
    const mod = moduleOf(file);
    for (const ref of importsOf(source)) {
      for (const { name, owner } of ownersImported(resolveImport(file, ref.specifier), ref.names)) {
        if (owner !== mod) out.push(`${file}:${ref.line} imports ${name} (owned by ${owner})`);
      }
    }
    for (const { table, line } of sqlTablesIn(source)) {
      const owner = sqlTableOwner.get(table);
      if (owner && owner !== mod) out.push(`${file}:${line} names table ${table} in SQL (owned by ${owner})`);
    }
  }
  return [...new Set(out)];
}

function storefrontDbImports(): string[] {
  return STOREFRONT_ROUTES.filter((f) => !STANDALONE_CHECKOUT_ROUTE.test(f)).flatMap((file) =>
    importsOf(parsed.get(file)!)
      .filter((ref) => {
        const target = resolveImport(file, ref.specifier);
        return target === 'app/db' || target.startsWith('app/db/');
      })
      .map((ref) => `${file}:${ref.line} imports ${ref.specifier}`),
  );
}

function coreViolations(): string[] {
  return CORE_FILES.flatMap((file) => {
    const source = parsed.get(file)!;
    const imports = importsOf(source).flatMap((ref) => {
      const problem = coreImportProblem(file, ref.specifier);
      return problem ? [`${file}:${ref.line} imports ${problem}`] : [];
    });
    return [...imports, ...implicitEffects(source).map((e) => `${file} calls ${e}`)];
  });
}

/** Module → modules its service files import (core imports are pure functions and don't count). */
function moduleGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [file, source] of parsed) {
    const mod = moduleOf(file);
    if (!mod || file.includes('/core/')) continue;
    for (const ref of importsOf(source)) {
      const target = resolveImport(file, ref.specifier);
      const dep = moduleOf(target);
      if (!dep || dep === mod || target.includes('/core/')) continue;
      graph.set(mod, (graph.get(mod) ?? new Set()).add(dep));
    }
  }
  return graph;
}

function cycles(graph: Map<string, Set<string>>): string[] {
  const found = new Set<string>();
  const walk = (node: string, trail: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const i = trail.indexOf(next);
      if (i >= 0) {
        const loop = trail.slice(i);
        // One name per cycle, starting from its alphabetically first module.
        const start = loop.indexOf([...loop].sort()[0]!);
        found.add([...loop.slice(start), ...loop.slice(0, start), loop[start]].join(' → '));
      } else walk(next, [...trail, next]);
    }
  };
  for (const node of graph.keys()) walk(node, [node]);
  return [...found];
}

describe('module ownership', () => {
  it('parses what it checks', () => {
    const sample = parse(
      'app/modules/x/a.ts',
      [
        "import { carts, type CartRow } from '#app/db/schema/index.ts';",
        "import type { Db } from '../../db/client.server.ts';",
        "export { variants } from '#app/db/schema/catalog.ts';",
        "const m = await import('node:fs');",
        'const t = sql`select 1 from variant_prices vp join "orders" o on true where x = ${1}`;',
        'const n = Date.now() + new Date().getTime() + new Date(0).getTime() + Math.random();',
      ].join('\n'),
    );
    expect(importsOf(sample).map((r) => [resolveImport('app/modules/x/a.ts', r.specifier), r.names])).toEqual(
      [
        ['app/db/schema/index.ts', ['carts', 'CartRow']],
        ['app/db/client.server.ts', ['Db']],
        ['app/db/schema/catalog.ts', ['variants']],
        ['node:fs', ['*']],
      ],
    );
    expect(sqlTablesIn(sample).map((t) => t.table)).toEqual(['variant_prices', 'orders']);
    expect(implicitEffects(sample)).toEqual(['Date.now():6', 'new Date():6', 'Math.random():6']);
    expect(
      cycles(
        new Map([
          ['markets', new Set(['pricing'])],
          ['pricing', new Set(['markets', 'catalog'])],
        ]),
      ),
    ).toEqual(['markets → pricing → markets']);
  });

  it('names every schema file after a module that exists, with the owner on its first line', () => {
    expect(schemaFiles.length).toBeGreaterThan(10);
    const problems = schemaFiles.flatMap((file) => {
      const owner = ownerOfSchemaFile(file);
      const first = readFileSync(file, 'utf8').split('\n')[0]!;
      return [
        ...(existsSync(`${MODULES_DIR}/${owner}`) ? [] : [`${file}: no module app/modules/${owner}`]),
        ...(first === `// Owner: app/modules/${owner}`
          ? []
          : [`${file}: first line must be "// Owner: app/modules/${owner}"`]),
      ];
    });
    expect(problems).toEqual([]);
    // Every schema file reaches the Drizzle client (and drizzle-kit) through the index.
    const index = importsOf(parse(`${SCHEMA_DIR}/index.ts`)).map((r) =>
      resolveImport(`${SCHEMA_DIR}/index.ts`, r.specifier),
    );
    expect(index.sort()).toEqual([...schemaFiles].sort());
    expect(sqlTableOwner.get('variants')).toBe('catalog');
    expect(exportOwner.get('orders')).toBe('orders');
  });

  it('(a) keeps #app/db out of the storefront routes, except checkout, thank-you and returns', () => {
    expect(STOREFRONT_ROUTES.filter((f) => STANDALONE_CHECKOUT_ROUTE.test(f))).toEqual(
      expect.arrayContaining([
        'app/routes/($locale).checkout.$token.tsx',
        'app/routes/($locale).checkout_.$token.thank-you.tsx',
        'app/routes/($locale).returns.start.tsx',
      ]),
    );
    expect(STOREFRONT_ROUTES).toContain('app/routes/($locale).products.$handle.tsx');
    expect(storefrontDbImports()).toEqual([]);
  });

  it('(b) lets only the owning module import a table or name it in SQL', () => {
    expect(schemaViolations()).toEqual([]);
  });

  it('(c) keeps I/O, the clock and randomness out of core/', () => {
    expect(CORE_FILES.length).toBeGreaterThan(20);
    expect(coreViolations()).toEqual([]);
  });

  it('has no cycle between modules', () => {
    const graph = moduleGraph();
    expect(graph.get('checkout')).toContain('orders');
    expect(cycles(graph)).toEqual([]);
  });
});
