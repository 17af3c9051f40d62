/**
 * A plain, iterative walk over an ESTree subtree using the parser's visitor keys: for the few places that
 * need to look inside a node outside ESLint's own traversal. Linear in the size of the subtree.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * Calls `enter` on `root` and every node below it, parents before children. When `enter` returns
 * `false`, the children of that node are skipped.
 */
export function walk(
  root: TSESTree.Node,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
  enter: (node: TSESTree.Node) => boolean | undefined,
): void {
  const keys = visitorKeys as Record<string, readonly string[] | undefined>;
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (enter(node) === false) continue;
    const nodeKeys = keys[node.type];
    if (!nodeKeys) continue;
    // Children pushed last key first, last item first, so that they are entered in source order (no array per node).
    for (let keyIndex = nodeKeys.length - 1; keyIndex >= 0; keyIndex -= 1) {
      const child = (node as unknown as Record<string, unknown>)[nodeKeys[keyIndex] as string];
      if (Array.isArray(child)) {
        const items = child as (TSESTree.Node | null)[];
        for (let index = items.length - 1; index >= 0; index -= 1) {
          const item = items[index];
          if (item) stack.push(item);
        }
      } else if (child && typeof (child as TSESTree.Node).type === 'string') {
        stack.push(child as TSESTree.Node);
      }
    }
  }
}
