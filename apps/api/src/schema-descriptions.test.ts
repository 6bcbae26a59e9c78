import {
  GraphQLEnumType,
  type GraphQLNamedType,
  GraphQLObjectType,
  GraphQLString,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from './schema/index.js';

/** Every type, field, argument and enum value of ours that has no description, by its path. */
function undescribed(types: readonly GraphQLNamedType[]): string[] {
  const missing: string[] = [];
  const blank = (d: string | null | undefined) => !d || d.trim() === '';
  for (const type of types) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing;
}

describe('the schema explains itself', () => {
  it('describes every type, field, argument and enum value', () => {
    expect(undescribed(Object.values(schema.getTypeMap()))).toEqual([]);
  });

  it('lists what lacks a description, so that the test can fail', () => {
    const object = new GraphQLObjectType({
      name: 'Bare',
      description: 'décrit',
      fields: { x: { type: GraphQLString, description: ' ', args: { y: { type: GraphQLString } } } },
    });
    const enumeration = new GraphQLEnumType({ name: 'Kind', values: { a: {}, b: { description: 'b' } } });
    expect(undescribed([object, enumeration, GraphQLString])).toEqual([
      'Bare.x',
      'Bare.x(y)',
      'Kind',
      'Kind.a',
    ]);
  });
});
