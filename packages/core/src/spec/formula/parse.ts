/**
 * The formula language: a lexer and a recursive-descent parser into an AST.
 * Text from a model or a user never becomes code: the AST is checked
 * (check.ts) and compiled into closures (compile.ts).
 *
 *   expr    := or
 *   or      := and ("or" and)*
 *   and     := not ("and" not)*
 *   not     := "not" not | compare
 *   compare := sum (("<" | "<=" | ">" | ">=" | "==" | "!=") sum)?
 *   sum     := product (("+" | "-") product)*
 *   product := unary (("*" | "/" | "%") unary)*
 *   unary   := "-" unary | atom
 *   atom    := number | string | "true" | "false" | name | name "(" args ")" | "`name`" | "(" expr ")"
 */

export type BinaryOp = "+" | "-" | "*" | "/" | "%" | "<" | "<=" | ">" | ">=" | "==" | "!=" | "and" | "or";

/** A node of a parsed formula; `pos` is the 1-based character where it starts. */
export type FormulaNode =
  | { type: "number"; value: number; pos: number }
  | { type: "string"; value: string; pos: number }
  | { type: "boolean"; value: boolean; pos: number }
  | { type: "column"; name: string; pos: number }
  | { type: "unary"; op: "-" | "not"; arg: FormulaNode; pos: number }
  | { type: "binary"; op: BinaryOp; left: FormulaNode; right: FormulaNode; pos: number }
  | { type: "call"; fn: string; args: FormulaNode[]; pos: number };

/** A formula that cannot be read, with where. */
export class FormulaError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(`${message} at position ${pos}`);
  }
}

type Token =
  | { t: "num"; v: number; pos: number }
  | { t: "str"; v: string; pos: number }
  | { t: "name"; v: string; pos: number; quoted: boolean }
  | { t: "op"; v: string; pos: number }
  | { t: "end"; pos: number };

const KEYWORDS = new Set(["and", "or", "not", "true", "false"]);
const TWO_CHAR = new Set(["<=", ">=", "==", "!="]);
const ONE_CHAR = new Set(["+", "-", "*", "/", "%", "(", ")", ",", "<", ">"]);
const MAX_DEPTH = 64;

function lex(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const pos = i + 1;
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      i++;
    } else if ((c >= "0" && c <= "9") || (c === "." && /[0-9]/.test(src[i + 1] ?? ""))) {
      const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i))!;
      tokens.push({ t: "num", v: Number(m[0]), pos });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
      tokens.push({ t: "name", v: m[0], pos, quoted: false });
      i += m[0].length;
    } else if (c === "`") {
      const end = src.indexOf("`", i + 1);
      if (end < 0) throw new FormulaError("a `quoted name` is not closed", pos);
      if (end === i + 1) throw new FormulaError("empty `` name", pos);
      tokens.push({ t: "name", v: src.slice(i + 1, end), pos, quoted: true });
      i = end + 1;
    } else if (c === '"' || c === "'") {
      const end = src.indexOf(c, i + 1);
      if (end < 0) throw new FormulaError("a text value is not closed", pos);
      tokens.push({ t: "str", v: src.slice(i + 1, end), pos });
      i = end + 1;
    } else if (TWO_CHAR.has(src.slice(i, i + 2))) {
      tokens.push({ t: "op", v: src.slice(i, i + 2), pos });
      i += 2;
    } else if (ONE_CHAR.has(c)) {
      tokens.push({ t: "op", v: c, pos });
      i++;
    } else {
      const hint = c === "=" ? " (compare with ==)" : c === "&" || c === "|" || c === "!" ? " (use and, or, not)" : c === "^" ? " (use pow(x, y))" : "";
      throw new FormulaError(`unexpected "${c}"${hint}`, pos);
    }
  }
  tokens.push({ t: "end", pos: src.length + 1 });
  return tokens;
}

/** Parses a formula into its AST; throws FormulaError with the position of the first problem. */
export function parseFormula(src: string): FormulaNode {
  const tokens = lex(src);
  let k = 0;
  let depth = 0;
  const peek = () => tokens[k]!;
  const isOp = (v: string) => {
    const tok = peek();
    return tok.t === "op" && tok.v === v;
  };
  const isWord = (v: string) => {
    const tok = peek();
    return tok.t === "name" && !tok.quoted && tok.v === v;
  };
  const expect = (v: string) => {
    if (!isOp(v)) throw new FormulaError(`expected "${v}"`, peek().pos);
    k++;
  };
  const nest = <T>(f: () => T): T => {
    if (++depth > MAX_DEPTH) throw new FormulaError("the formula nests too deeply", peek().pos);
    try {
      return f();
    } finally {
      depth--;
    }
  };

  const or = (): FormulaNode => {
    let left = and();
    while (isWord("or")) {
      const pos = peek().pos;
      k++;
      left = { type: "binary", op: "or", left, right: and(), pos };
    }
    return left;
  };
  const and = (): FormulaNode => {
    let left = not();
    while (isWord("and")) {
      const pos = peek().pos;
      k++;
      left = { type: "binary", op: "and", left, right: not(), pos };
    }
    return left;
  };
  const not = (): FormulaNode => {
    if (isWord("not")) {
      const pos = peek().pos;
      k++;
      return nest(() => ({ type: "unary", op: "not", arg: not(), pos }));
    }
    return compare();
  };
  const compare = (): FormulaNode => {
    const left = sum();
    const tok = peek();
    if (tok.t === "op" && ["<", "<=", ">", ">=", "==", "!="].includes(tok.v)) {
      k++;
      const right = sum();
      const next = peek();
      if (next.t === "op" && ["<", "<=", ">", ">=", "==", "!="].includes(next.v)) throw new FormulaError("comparisons do not chain; join them with and", next.pos);
      return { type: "binary", op: tok.v as BinaryOp, left, right, pos: tok.pos };
    }
    return left;
  };
  const sum = (): FormulaNode => {
    let left = product();
    while (isOp("+") || isOp("-")) {
      const tok = peek() as { v: BinaryOp; pos: number };
      k++;
      left = { type: "binary", op: tok.v, left, right: product(), pos: tok.pos };
    }
    return left;
  };
  const product = (): FormulaNode => {
    let left = unary();
    while (isOp("*") || isOp("/") || isOp("%")) {
      const tok = peek() as { v: BinaryOp; pos: number };
      k++;
      left = { type: "binary", op: tok.v, left, right: unary(), pos: tok.pos };
    }
    return left;
  };
  const unary = (): FormulaNode => {
    if (isOp("-")) {
      const pos = peek().pos;
      k++;
      return nest(() => ({ type: "unary", op: "-", arg: unary(), pos }));
    }
    return atom();
  };
  const atom = (): FormulaNode => {
    const tok = peek();
    if (tok.t === "num") {
      k++;
      return { type: "number", value: tok.v, pos: tok.pos };
    }
    if (tok.t === "str") {
      k++;
      return { type: "string", value: tok.v, pos: tok.pos };
    }
    if (tok.t === "op" && tok.v === "(") {
      k++;
      const inner = nest(or);
      expect(")");
      return inner;
    }
    if (tok.t === "name") {
      k++;
      if (!tok.quoted && (tok.v === "true" || tok.v === "false")) return { type: "boolean", value: tok.v === "true", pos: tok.pos };
      if (!tok.quoted && KEYWORDS.has(tok.v)) throw new FormulaError(`"${tok.v}" needs a value before it (a column named ${tok.v} goes in backticks)`, tok.pos);
      if (!tok.quoted && isOp("(")) {
        k++;
        const args: FormulaNode[] = [];
        if (!isOp(")")) {
          args.push(nest(or));
          while (isOp(",")) {
            k++;
            args.push(nest(or));
          }
        }
        expect(")");
        return { type: "call", fn: tok.v, args, pos: tok.pos };
      }
      return { type: "column", name: tok.v, pos: tok.pos };
    }
    if (tok.t === "end") throw new FormulaError("the formula ends too early", tok.pos);
    throw new FormulaError(`unexpected "${tok.v}"`, tok.pos);
  };

  const ast = or();
  const rest = peek();
  if (rest.t !== "end") throw new FormulaError(`unexpected "${rest.t === "num" ? rest.v : rest.t === "str" ? rest.v : rest.v}" (an operator missing?)`, rest.pos);
  return ast;
}

/** Column names a formula reads, in order of first use. */
export function formulaColumns(ast: FormulaNode): string[] {
  const names: string[] = [];
  const walk = (n: FormulaNode) => {
    if (n.type === "column") {
      if (!names.includes(n.name)) names.push(n.name);
    } else if (n.type === "unary") walk(n.arg);
    else if (n.type === "binary") {
      walk(n.left);
      walk(n.right);
    } else if (n.type === "call") n.args.forEach(walk);
  };
  walk(ast);
  return names;
}

const parsed = new Map<string, FormulaNode | FormulaError>();

/** parseFormula memoised (dependency order and validation ask for the same expressions again); errors come back, not thrown. */
export function parseFormulaCached(src: string): FormulaNode | FormulaError {
  let result = parsed.get(src);
  if (result === undefined) {
    try {
      result = parseFormula(src);
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      result = error;
    }
    if (parsed.size > 2000) parsed.clear();
    parsed.set(src, result);
  }
  return result;
}
