/** `npm run catalogue:schema`: rewrites data/catalogue.schema.json from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueJsonSchema } from '../src/catalogue/json-schema';
import { ROOT } from './read-catalogue';

writeFileSync(join(ROOT, 'data/catalogue.schema.json'), catalogueJsonSchema());
console.log('data/catalogue.schema.json written');
