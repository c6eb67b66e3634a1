import { platformSchema } from '../schema/catalogue';
import { z } from '../schema/z';

/** The JSON Schema editors and outside contributors use; written to data/catalogue.schema.json. */
export function catalogueJsonSchema(): string {
  const schema = z.toJSONSchema(platformSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return JSON.stringify({ ...schema, title: 'Privacy Checkup platform file', $id: 'catalogue.schema.json' }, null, 2) + '\n';
}
