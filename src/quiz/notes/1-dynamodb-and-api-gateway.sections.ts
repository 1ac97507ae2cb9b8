/**
 * Section headings of the study note `1-dynamodb-and-api-gateway.txt` (../shared/notes/), in file order.
 *
 * Rule (the note is plain text, so headings are chosen by this rule): a heading is a title line that starts
 * at column 0 and opens a block of notes, namely
 * - the two module banners (`1. ---------- AWS Serverless: DynamoDB ---------------`), and
 * - every title line naming a product or feature (`DynamoDB - X`, `DynamoDB X:`, `API Gateway - X:`,
 *   `Amazon DynamoDB:`, `Caching API responses`, `Mapping ...`, `AWS data pipeline:...`), including the
 *   capacity-unit titles and the lettered titles `a) ...`/`b) ...`/`c) ...` that head their own block of
 *   notes (capacity modes, API call groups).
 * Not headings: the `Modules:` table of contents, `***` exam markers, full sentences, and in-section labels
 * that only split a list (`Reasons:`, `Solutions:`, `INCOMING DATA:`, `Security categories are:`, the
 * `Global/Local Secondary Index` labels inside "Indexes and Throttling", and lettered list items such as
 * endpoint types, integration types, error classes and security options, which belong to the titled
 * section above them).
 * Each string is a trimmed, verbatim substring of one line of the note (typos kept).
 */
export const sections: string[] = [
  '1. ---------- AWS Serverless: DynamoDB ---------------',
  'DynamoDB - NoSQL sreverless Database',
  'Amazon DynamoDB:',
  'DynamoDB Basics:',
  'DynamoDB - Primary keys',
  'DynamoDB - Read/Write Capacity Modes',
  'a) Provisioned Capacity Mode',
  'Write Capacity Units:',
  'Strongly Consitent Read vs Eventually Consitent Read:',
  'Read Capacity Units:',
  'DynamoDB partitions:',
  'DynamoDB - Throttling:',
  'b) On-Demand Capacity Mode',
  'DynamoDB - API calls',
  'a) DynamoDB writing Data',
  'b) DynamoDB reading Data',
  'c) DynamoDB deleting data',
  'DynamoDB - Local Secondary Index (LSI)',
  'DynamoDB - Global Secondary Index (GSI)',
  'DynamoDB - Indexes and Throttling:',
  'DynamoDB - Optimistic Locking',
  'DynamoDB Accerlator (DAX):',
  'DynamoDB - Streams:',
  'DynamoDB - TTL :',
  'DynamoDB CLI:',
  'DynamoDB Transactions:',
  'DynamoDB Transactions - CAPACITY COMPUTAIONS',
  'DynamoDB as Session state cache',
  'DynamoDB Write Sharding:',
  'DynamoDB - Write Types:',
  'DynamoDB - Large Objects Pattern',
  'AWS data pipeline:(Copying table use case)',
  'DynamoDB - Security',
  '2. ---------- AWS Serverless: API Gateway ---------------',
  'AWS API Gateway: features are listed below',
  'API Gateway - Integrations High level',
  'API Gateway - Endpoint Types:',
  'API Gateway - Deployment stages:',
  'API Gateway stage vaiables & Lambda aliases',
  'API Gateway - Canary Deployment:',
  'API Gateway - Integration Types:',
  'Mapping Templates (AWS & HTTP Integration):',
  'Mapping Example: JSON to XML with SOAP',
  'Caching API responses',
  'API Gateway - Cloudwatch Metrics:',
  'API Gateway Errors:',
  'API Gateway - CORS:',
  'API Gateway - Security (IAM permissions)',
  'API Gateway - Security summary',
  'API Gateway - WebSocket API:',
  'API Gateway - Websocket API - Routing:',
  'API Gateway summary:',
]
