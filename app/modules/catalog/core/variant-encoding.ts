/**
 * Encodes option-value index combinations in Shopify's v1 trie format, the format of
 * Product.encodedVariantExistence / encodedVariantAvailability that Hydrogen's
 * getProductOptions decodes. See decodeEncodedVariant in @shopify/hydrogen-react.
 */
interface Trie {
  children: Map<number, Trie>;
}

function insert(root: Trie, combo: number[]): void {
  let node = root;
  for (const index of combo) {
    let next = node.children.get(index);
    if (!next) node.children.set(index, (next = { children: new Map() }));
    node = next;
  }
}

/** Sorted indices as ranges ("0-2") and gaps ("0-2 4"). */
function encodeLeaves(indices: number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < indices.length) {
    let j = i;
    while (j + 1 < indices.length && indices[j + 1] === indices[j]! + 1) j++;
    parts.push(j > i ? `${indices[i]}-${indices[j]}` : `${indices[i]}`);
    i = j + 1;
  }
  return parts.join(' ');
}

function encodeNode(node: Trie): string {
  const keys = [...node.children.keys()].sort((a, b) => a - b);
  const leafLevel = keys.every((k) => node.children.get(k)!.children.size === 0);
  if (leafLevel) return encodeLeaves(keys);
  return keys.map((k) => `${k}:${encodeNode(node.children.get(k)!)},`).join('');
}

export function encodeVariantCombinations(combos: number[][]): string {
  if (combos.length === 0) return '';
  const root: Trie = { children: new Map() };
  for (const combo of combos) insert(root, combo);
  return `v1_${encodeNode(root)}`;
}
