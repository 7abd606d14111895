import { printSchema } from 'graphql';
import { buildServedSchema } from './app/storefront-api/schema/served-schema.server.ts';
const s = buildServedSchema();
console.log(printSchema(s).length, Object.keys(s.getTypeMap()).length);
console.log(printSchema(s).split('\n').filter(l=>/^(type|union|input|enum|interface|scalar|directive)/.test(l)).join('\n'));
