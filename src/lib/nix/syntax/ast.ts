/**
 * The Nix abstract syntax tree.
 *
 * Shapes follow Nix's own desugaring so that evaluation order, sharing and error positions come
 * out the same: `a + b` is a string/number concatenation node, `a - b` is a call of `__sub`,
 * `a < b` a call of `__lessThan`, `-a` is `__sub 0 a`, `a.b.c = 1;` builds nested attribute sets
 * at parse time, and `<p>` is `__findFile __nixPath "p"`. Every node keeps `start`/`end` offsets
 * into its Source; positions are resolved only when printed.
 */

import type { Source } from './source';

interface NodeBase {
  start: number;
  end: number;
  /** The offset Nix reports for this node when it is not `start` (an operator's own position). */
  pos?: number;
}

export interface IntNode extends NodeBase {
  kind: 'int';
  value: number | bigint;
}
export interface FloatNode extends NodeBase {
  kind: 'float';
  value: number;
}
export interface StringNode extends NodeBase {
  kind: 'string';
  value: string;
}
export interface PathNode extends NodeBase {
  kind: 'path';
  /** Absolute, canonical path (home paths already expanded). */
  value: string;
}
/** `"a${b}c"`, `''…''` with interpolations, `a + b`, and interpolated paths. */
export interface ConcatNode extends NodeBase {
  kind: 'concat';
  parts: Expr[];
  /** True for string literals with interpolation: every part must coerce to a string. */
  forceString: boolean;
}
export interface VarNode extends NodeBase {
  kind: 'var';
  name: string;
}
/** An attribute name in a path: static, or `${expr}` / `"…${}…"`. */
export type AttrName = { name: string; expr?: undefined } | { name?: undefined; expr: Expr };

export interface SelectNode extends NodeBase {
  kind: 'select';
  expr: Expr;
  path: AttrName[];
  fallback: Expr | null;
}
export interface HasAttrNode extends NodeBase {
  kind: 'hasAttr';
  expr: Expr;
  path: AttrName[];
}

export type AttrDefKind = 'plain' | 'inherited' | 'inheritedFrom';
export interface AttrDef {
  kind: AttrDefKind;
  value: Expr;
  /** Offset of the attribute's definition (what unsafeGetAttrPos reports). */
  pos: number;
  /** For `inheritedFrom`: index into the owning AttrsNode's inheritFrom list. */
  fromIndex?: number;
}
export interface DynamicAttrDef {
  name: Expr;
  value: Expr;
  pos: number;
}
export interface AttrsNode extends NodeBase {
  kind: 'attrs';
  recursive: boolean;
  attrs: Map<string, AttrDef>;
  dynamic: DynamicAttrDef[];
  /** The `e` of each `inherit (e) …`, evaluated once and shared. */
  inheritFrom: Expr[];
}
export interface ListNode extends NodeBase {
  kind: 'list';
  items: Expr[];
}
export interface Formal {
  name: string;
  fallback: Expr | null;
  pos: number;
}
export interface LambdaNode extends NodeBase {
  kind: 'lambda';
  /** The plain argument name (`x: …` or the `@` name), if any. */
  arg: string | null;
  formals: { entries: Formal[]; ellipsis: boolean } | null;
  body: Expr;
  /** The attribute or let name the lambda was bound to, for "while calling 'f'". */
  name: string | null;
}
export interface CallNode extends NodeBase {
  kind: 'call';
  fn: Expr;
  args: Expr[];
}
export interface LetNode extends NodeBase {
  kind: 'let';
  attrs: AttrsNode;
  body: Expr;
}
export interface WithNode extends NodeBase {
  kind: 'with';
  scope: Expr;
  body: Expr;
}
export interface IfNode extends NodeBase {
  kind: 'if';
  cond: Expr;
  then: Expr;
  else: Expr;
}
export interface AssertNode extends NodeBase {
  kind: 'assert';
  cond: Expr;
  body: Expr;
}
export interface NotNode extends NodeBase {
  kind: 'not';
  expr: Expr;
}
export type BinaryOperator = '==' | '!=' | '&&' | '||' | '->' | '//' | '++';
export interface BinaryNode extends NodeBase {
  kind: 'binary';
  op: BinaryOperator;
  left: Expr;
  right: Expr;
  /** Offset of the operator token: Nix reports errors of `&&`, `//`, … there. */
  opPos: number;
}
/** `__curPos`: an attribute set describing its own position. */
export interface CurPosNode extends NodeBase {
  kind: 'curPos';
}

export type Expr =
  | IntNode
  | FloatNode
  | StringNode
  | PathNode
  | ConcatNode
  | VarNode
  | SelectNode
  | HasAttrNode
  | AttrsNode
  | ListNode
  | LambdaNode
  | CallNode
  | LetNode
  | WithNode
  | IfNode
  | AssertNode
  | NotNode
  | BinaryNode
  | CurPosNode;

/** The result of parsing one file. */
export interface ParsedFile {
  source: Source;
  expr: Expr;
}
