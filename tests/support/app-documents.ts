import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every `#graphql` document in app/, as operations paired with the fragments they use. */
export function appOperations(root = 'app'): { file: string; name: string; document: DocumentNode }[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: { file: string; op: OperationDefinitionNode }[] = [];
  for (const file of walk(root)) {
    const code = readFileSync(file, 'utf8');
    if (!code.includes('#graphql')) continue;
    // `#graphql` template literals, with ${FRAGMENT} interpolations removed (fragments are collected globally).
    for (const m of code.matchAll(/`#graphql([^`]*)`/g)) {
      const body = m[1]!.replace(/\$\{[^}]*\}/g, '');
      if (!body.trim()) continue;
      for (const def of parse(body).definitions) {
        if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
        if (def.kind === Kind.OPERATION_DEFINITION) operations.push({ file, op: def });
      }
    }
  }
  return operations.map(({ file, op }) => {
    const needed = new Map<string, DefinitionNode>();
    const collect = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const frag = fragments.get(spread.name.value);
          if (frag && !needed.has(frag.name.value)) {
            needed.set(frag.name.value, frag);
            collect(frag);
          }
        },
      });
    collect(op);
    return {
      file,
      name: op.name?.value ?? '(anonymous)',
      document: { kind: Kind.DOCUMENT, definitions: [op, ...needed.values()] },
    };
  });
}
