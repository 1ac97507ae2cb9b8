// Cases shared by the conformance files (dynalite recorded them once per key-taking operation).

/** Attribute-value validations every key-taking operation shares (dynalite recorded them for each). */
export const attributeValueCases: [string, unknown, string][] = [
  ['empty key type', { a: {} }, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
  ['bad key type', { a: { a: '' } }, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
  ['false null', { a: { NULL: false } }, 'One or more parameter values were invalid: Null attribute value types must have the value of true'],
  ['empty set key', { a: { SS: [] } }, 'One or more parameter values were invalid: An string set  may not be empty'],
  ['empty numeric in set', { a: { NS: ['1', ''] } }, 'The parameter cannot be converted to a numeric value'],
  ['duplicate string in set', { a: { SS: ['a', 'a'] } }, 'One or more parameter values were invalid: Input collection [a, a] contains duplicates.'],
  ['duplicate number in set', { a: { NS: ['1', '1'] } }, 'Input collection contains duplicates'],
  ['duplicate binary in set', { a: { BS: ['Yg==', 'Yg=='] } }, 'One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates.'],
  ['multiple types', { a: { S: 'a', N: '1' } }, 'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes'],
  ['empty numeric type', { a: { N: '' } }, 'The parameter cannot be converted to a numeric value'],
  ['incorrect numeric type', { a: { N: 'b' } }, 'The parameter cannot be converted to a numeric value: b'],
  ['large numeric type', { a: { N: '123456789012345678901234567890123456789' } }, 'Attempting to store more than 38 significant digits in a Number'],
  ['long digited number', { a: { N: '-1.23456789012345678901234567890123456789' } }, 'Attempting to store more than 38 significant digits in a Number'],
  ['huge positive number', { a: { N: '1e126' } }, 'Number overflow. Attempting to store a number with magnitude larger than supported range'],
  ['huge negative number', { a: { N: '-1e126' } }, 'Number overflow. Attempting to store a number with magnitude larger than supported range'],
  ['tiny positive number', { a: { N: '1e-131' } }, 'Number underflow. Attempting to store a number with magnitude smaller than supported range'],
  ['tiny negative number', { a: { N: '-1e-131' } }, 'Number underflow. Attempting to store a number with magnitude smaller than supported range'],
  ['incorrect numeric type in set', { a: { NS: ['1', 'b', 'a'] } }, 'The parameter cannot be converted to a numeric value: b'],
]
