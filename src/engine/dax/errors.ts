import { AwsServiceException } from '../errors.ts'

/**
 * No DAX cluster with that name (or none serving the table). The DAX API's error for an unknown cluster.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_DescribeClusters.html#API_dax_DescribeClusters_Errors
 */
export class ClusterNotFoundFault extends AwsServiceException {
  override readonly name = 'ClusterNotFoundFault'
  constructor(message = 'The requested cluster ID does not refer to an existing DAX cluster.') {
    super(message)
  }
}
