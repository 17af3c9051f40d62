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
    const children: TSESTree.Node[] = [];
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child as (TSESTree.Node | null)[]) if (item) children.push(item);
      } else if (child && typeof (child as TSESTree.Node).type === 'string') {
        children.push(child as TSESTree.Node);
      }
    }
    // Push in reverse so children are entered in source order.
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as TSESTree.Node);
  }
}
