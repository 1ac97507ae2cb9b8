/**
 * Lexer shared by every expression kind (condition, filter, key condition, update, projection).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.html
 *
 * Token kinds: identifiers (`a`, `attribute_exists`, `SET`: a letter, then letters, digits or `_`; DynamoDB's
 * lexer rejects `_a` and `1a` as names), `#name` and `:value` placeholders, list-index
 * numbers, and the symbols `( ) , . [ ] + - = <> < <= > >=`. Any other character becomes a one-character
 * `invalid` token, so the parser reports it the way AWS does (`Syntax error; token: "$", near: "a$b"`).
 */

export type TokenKind = 'identifier' | 'name' | 'value' | 'number' | 'symbol' | 'invalid' | 'eof'

export interface Token {
  kind: TokenKind
  /** The token's text; `''` for `eof`. */
  text: string
  /** Offset of the first character in the expression. */
  start: number
  /** Offset after the last character. */
  end: number
}

const SYMBOLS = ['<=', '>=', '<>', '(', ')', ',', '.', '[', ']', '+', '-', '=', '<', '>']
const WORD = /[A-Za-z0-9_]/

/** Splits an expression into tokens; always ends with one `eof` token. Never throws. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++
      continue
    }
    const start = i
    let kind: TokenKind
    if (/[A-Za-z]/.test(c)) {
      kind = 'identifier'
      while (i < text.length && WORD.test(text[i]!)) i++
    } else if (/[0-9]/.test(c)) {
      kind = 'number'
      while (i < text.length && /[0-9]/.test(text[i]!)) i++
    } else if ((c === '#' || c === ':') && i + 1 < text.length && WORD.test(text[i + 1]!)) {
      kind = c === '#' ? 'name' : 'value'
      i++
      while (i < text.length && WORD.test(text[i]!)) i++
    } else {
      const symbol = SYMBOLS.find((s) => text.startsWith(s, i))
      kind = symbol ? 'symbol' : 'invalid'
      i += symbol ? symbol.length : String.fromCodePoint(text.codePointAt(i)!).length
    }
    tokens.push({ kind, text: text.slice(start, i), start, end: i })
  }
  tokens.push({ kind: 'eof', text: '', start: text.length, end: text.length })
  return tokens
}

/**
 * AWS's syntax-error text for the token at `index`: `Syntax error; token: "<tok>", near: "<near>"`.
 * `<tok>` is the offending token (`<EOF>` at the end); `<near>` is the source from the token before it to
 * the token after it, e.g. `SET a = ` → token `<EOF>`, near `= `; `attribute_type()` → token `)`, near `()`.
 */
export function syntaxErrorMessage(text: string, tokens: readonly Token[], index: number): string {
  const token = tokens[index]!
  const before = tokens[index - 1] ?? token
  const after = token.kind === 'eof' ? token : tokens[index + 1]!
  const near = text.slice(before.start, after.end)
  return `Syntax error; token: "${token.kind === 'eof' ? '<EOF>' : token.text}", near: "${near}"`
}
