import { describe, expect, it } from 'vitest'
import { syntaxErrorMessage, tokenize } from './tokenizer.ts'

describe('tokenizer', () => {
  describe('functionality', () => {
    it('splits identifiers, placeholders, numbers and symbols', () => {
      expect(tokenize('a.#b[12] <= :v_1').map((t) => [t.kind, t.text])).toEqual([
        ['identifier', 'a'],
        ['symbol', '.'],
        ['name', '#b'],
        ['symbol', '['],
        ['number', '12'],
        ['symbol', ']'],
        ['symbol', '<='],
        ['value', ':v_1'],
        ['eof', ''],
      ])
    })

    it('turns unknown characters, including a bare # or :, into one-character invalid tokens', () => {
      expect(tokenize('# : $ 😀').map((t) => t.kind)).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'eof'])
      expect(tokenize('😀')[0]!.text).toBe('😀')
    })
  })

  describe('validations', () => {
    it('formats a syntax error from the previous to the next token', () => {
      const text = 'a = :v :w'
      expect(syntaxErrorMessage(text, tokenize(text), 3)).toBe('Syntax error; token: ":w", near: ":v :w"')
      expect(syntaxErrorMessage('', tokenize(''), 0)).toBe('Syntax error; token: "<EOF>", near: ""')
    })
  })
})
