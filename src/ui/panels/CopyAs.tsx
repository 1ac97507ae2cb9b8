import { useState } from 'react'
import { toAwsCli, toSdkV3 } from './copyAs.ts'

type Kind = 'cli' | 'sdk'

/** "Copy as" AWS CLI / SDK v3 for a sent request: copies to the clipboard and shows the text. */
export function CopyAs({ operation, input }: { operation: string; input: Record<string, unknown> }) {
  const [kind, setKind] = useState<Kind | undefined>()
  const [copied, setCopied] = useState(false)
  const text = kind === 'cli' ? toAwsCli(operation, input) : kind === 'sdk' ? toSdkV3(operation, input) : ''
  const show = async (k: Kind) => {
    setKind(k)
    setCopied(false)
    const value = k === 'cli' ? toAwsCli(operation, input) : toSdkV3(operation, input)
    try {
      await navigator.clipboard?.writeText(value)
      setCopied(true)
    } catch {
      // Clipboard permission denied: the text is still shown for manual copying.
    }
  }
  return (
    <div className="card stack" data-testid="copy-as">
      <div className="row">
        <h3 style={{ margin: 0 }}>Copy as</h3>
        <button onClick={() => void show('cli')} aria-pressed={kind === 'cli'} data-testid="copy-as-cli">AWS CLI</button>
        <button onClick={() => void show('sdk')} aria-pressed={kind === 'sdk'} data-testid="copy-as-sdk">SDK v3 JavaScript</button>
        {copied && <span className="ok" role="status">Copied to the clipboard</span>}
      </div>
      {kind && (
        <textarea
          readOnly
          value={text}
          rows={Math.min(16, text.split('\n').length + 1)}
          aria-label={kind === 'cli' ? 'AWS CLI command' : 'SDK v3 JavaScript code'}
          data-testid="copy-as-text"
          className="mono"
          style={{ width: '100%' }}
        />
      )}
    </div>
  )
}
