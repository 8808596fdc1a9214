/**
 * The parser's layer for attribute sets: attribute paths (`a.b."c".${d}`), the bindings of
 * `{ … }`, `rec { … }` and `let … in`, and `inherit`.
 *
 * Nix builds the attribute set while parsing, so this is also where nested paths are merged
 * (`a.b = 1; a.c = 2;` is one set `a`, as is `a = { b = 1; }; a.c = 2;`) and where a duplicate
 * attribute is an error, with the position of the first definition in the message. Dynamic
 * attributes (`${e} = …`) are kept apart, to be named at evaluation time; `let` refuses them.
 */

import type { AttrDef, AttrName, AttrsNode, Expr } from '../ast';
import { StringParser } from './strings';

export abstract class BindingParser extends StringParser {
  // ---- attribute paths -----------------------------------------------------------------------

  protected parseAttrPath(): AttrName[] {
    const path: AttrName[] = [this.parseAttrName()];
    while (this.isChar('.')) {
      this.advance();
      path.push(this.parseAttrName());
    }
    return path;
  }

  private parseAttrName(): AttrName {
    const token = this.peek();
    if (token.type === 'ID' || token.type === 'or') {
      this.advance();
      return { name: token.type === 'or' ? 'or' : token.value };
    }
    if (token.type === 'QUOTE') {
      const expr = this.parseString();
      if (expr.kind === 'string') this.options.symbols?.intern(expr.value);
      return expr.kind === 'string' ? { name: expr.value } : { expr };
    }
    if (token.type === 'DOLLAR_CURLY') {
      this.advance();
      const expr = this.parseExpr();
      this.expectChar('}');
      return expr.kind === 'string' ? { name: expr.value } : { expr };
    }
    this.unexpected("identifier, '\"' or '${'");
  }

  // ---- attribute sets and bindings --------------------------------------------------------------

  protected newAttrs(start: number, recursive: boolean): AttrsNode {
    return { kind: 'attrs', start, end: start, recursive, attrs: new Map(), dynamic: [], inheritFrom: [] };
  }

  protected parseAttrSet(recursive: boolean, start: number): AttrsNode {
    this.expectChar('{');
    const attrs = this.newAttrs(start, recursive);
    this.parseBindings(attrs, '}', false);
    attrs.end = this.expectChar('}').end;
    return attrs;
  }

  protected parseBindings(attrs: AttrsNode, terminator: string, isLet: boolean): void {
    for (;;) {
      const token = this.peek();
      if (token.type === 'EOF') return;
      if (terminator === 'in' ? token.type === 'in' : token.type === 'CHAR' && token.value === '}') return;
      this.recover(
        () => this.parseBinding(attrs, isLet),
        () => {
          this.skipUntil([';', terminator]);
          if (this.isChar(';')) this.advance();
        },
        () => undefined,
      );
    }
  }

  private parseBinding(attrs: AttrsNode, isLet: boolean): void {
    const token = this.peek();
    if (token.type === 'inherit') {
      this.advance();
      let fromIndex: number | undefined;
      let fromExpr: Expr | undefined;
      if (this.isChar('(')) {
        this.advance();
        fromExpr = this.parseExpr();
        this.expectChar(')');
        fromIndex = attrs.inheritFrom.length;
        attrs.inheritFrom.push(fromExpr);
      }
      while (!this.isChar(';')) {
        const nameToken = this.peek();
        const attr = this.parseAttrName();
        if (attr.name === undefined) {
          this.fail('dynamic attributes not allowed in inherit', nameToken.start, nameToken.end);
        }
        const name = attr.name;
        const pos = nameToken.start;
        const existing = attrs.attrs.get(name);
        if (existing) this.duplicate(name, pos, existing.pos);
        const def: AttrDef =
          fromIndex === undefined
            ? { kind: 'inherited', value: { kind: 'var', start: pos, end: nameToken.end, name }, pos }
            : {
                kind: 'inheritedFrom',
                value: {
                  kind: 'select',
                  start: pos,
                  end: nameToken.end,
                  expr: fromExpr!,
                  path: [{ name }],
                  fallback: null,
                },
                pos,
                fromIndex,
              };
        attrs.attrs.set(name, def);
      }
      this.advance();
      return;
    }
    const pathStart = token.start;
    const path = this.parseAttrPath();
    this.expectChar('=');
    const value = this.parseExpr();
    this.expectChar(';');
    if (isLet && path.some((p) => p.name === undefined)) {
      this.fail('dynamic attributes not allowed in let', pathStart);
    }
    this.addAttr(attrs, path, pathStart, value);
  }

  private duplicate(name: string, pos: number, previous: number): never {
    const p = this.source.position(previous);
    this.fail(`attribute '${name}' already defined at ${p.file}:${p.line}:${p.column}`, pos);
  }

  /** Nix's `addAttr`: nested paths create or extend attribute sets; literal sets merge. */
  private addAttr(attrs: AttrsNode, path: AttrName[], pos: number, value: Expr): void {
    const shown = () => path.map((p) => p.name ?? '"${...}"').join('.');
    let current = attrs;
    for (let i = 0; i < path.length - 1; i++) {
      const part = path[i];
      if (part.name !== undefined) {
        const existing = current.attrs.get(part.name);
        if (existing) {
          if (existing.kind !== 'inherited' && existing.value.kind === 'attrs') current = existing.value;
          else this.duplicateAttrPath(shown(), pos, existing.pos);
        } else {
          const nested = this.newAttrs(pos, false);
          current.attrs.set(part.name, { kind: 'plain', value: nested, pos });
          current = nested;
        }
      } else {
        const nested = this.newAttrs(pos, false);
        current.dynamic.push({ name: part.expr, value: nested, pos });
        current = nested;
      }
    }
    const last = path[path.length - 1];
    if (last.name === undefined) {
      current.dynamic.push({ name: last.expr, value, pos });
      return;
    }
    const existing = current.attrs.get(last.name);
    if (!existing) {
      if (value.kind === 'lambda' && value.name === null) value.name = last.name;
      current.attrs.set(last.name, { kind: 'plain', value, pos });
      return;
    }
    if (existing.value.kind === 'attrs' && value.kind === 'attrs' && existing.kind !== 'inherited') {
      const target = existing.value;
      const offset = target.inheritFrom.length;
      target.inheritFrom.push(...value.inheritFrom);
      for (const [name, def] of value.attrs) {
        const clash = target.attrs.get(name);
        if (clash) this.duplicate(name, def.pos, clash.pos);
        target.attrs.set(
          name,
          def.kind === 'inheritedFrom' ? { ...def, fromIndex: (def.fromIndex ?? 0) + offset } : def,
        );
      }
      target.dynamic.push(...value.dynamic);
      return;
    }
    this.duplicateAttrPath(shown(), pos, existing.pos);
  }

  private duplicateAttrPath(shown: string, pos: number, previous: number): never {
    const p = this.source.position(previous);
    this.fail(`attribute '${shown}' already defined at ${p.file}:${p.line}:${p.column}`, pos);
  }
}
