import { describe, expect, it } from 'vitest'
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb'
import { errorDetails } from './ErrorDetails.tsx'

describe('ErrorDetails', () => {
  describe('functionality', () => {
    it('keeps CancellationReasons of an SDK TransactionCanceledException and drops SDK metadata', () => {
      const error = new TransactionCanceledException({
        message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None]',
        $metadata: { httpStatusCode: 400, requestId: 'r1' },
        CancellationReasons: [{ Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }, { Code: 'None' }],
      })
      expect(errorDetails(error)).toEqual({
        CancellationReasons: [{ Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }, { Code: 'None' }],
      })
    })

    it('has no details for a plain error', () => {
      expect(errorDetails(new Error('x'))).toBeUndefined()
      expect(errorDetails(null)).toBeUndefined()
    })
  })
})
